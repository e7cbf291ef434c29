package fi.seloste.ui.internal.preferences;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import fi.seloste.ui.internal.highlighting.SelosteColouring;
import fi.seloste.ui.internal.highlighting.TokenStyle;

/**
 * Preferences → Seloste → Syntax Colouring: colour, bold and italic of each kind of token, with a
 * preview. Open editors take the change when it is applied ({@code ColouringPreferences}).
 */
public class SyntaxColouringPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "fi.seloste.ui.syntaxColouringPage";

	private static final String BUNDLE = "fi.seloste.ui.internal.preferences.colouring";

	/** The choices being made, applied on OK or Apply. */
	private final Map<TokenStyle, RGB> colours = new EnumMap<>(TokenStyle.class);
	private final Map<TokenStyle, Integer> fontStyles = new EnumMap<>(TokenStyle.class);

	private List kinds;
	private ColorSelector colour;
	private Button bold;
	private Button italic;
	private StyledText preview;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(text("description"));
		for (TokenStyle style : TokenStyle.values()) {
			colours.put(style, style.rgb());
			fontStyles.put(style, style.fontStyle());
		}
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, SelostePreferences.NODE);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);

		Label kindsLabel = new Label(page, SWT.NONE);
		kindsLabel.setText(text("kinds"));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(kindsLabel);
		kinds = new List(page, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		for (TokenStyle style : TokenStyle.values()) {
			kinds.add(text("kind." + style.id()));
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, kinds.getItemHeight() * 6).applyTo(kinds);
		kinds.addListener(SWT.Selection, e -> showSelected());

		Composite choices = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(choices);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(choices);
		new Label(choices, SWT.NONE).setText(text("colour"));
		colour = new ColorSelector(choices);
		colour.addListener(event -> {
			colours.put(selected(), colour.getColorValue());
			updatePreview();
		});
		bold = checkbox(choices, text("bold"), SWT.BOLD);
		italic = checkbox(choices, text("italic"), SWT.ITALIC);

		Label previewLabel = new Label(page, SWT.NONE);
		previewLabel.setText(text("preview"));
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(previewLabel);
		preview = new StyledText(page, SWT.BORDER | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		preview.setFont(JFaceResources.getTextFont());
		preview.setText(text("sample").replace("\\t", "\t"));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 160).applyTo(preview);

		kinds.select(0);
		showSelected();
		return page;
	}

	private Button checkbox(Composite parent, String label, int fontStyle) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(label);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		button.addListener(SWT.Selection, e -> {
			int style = fontStyles.get(selected()) & ~fontStyle;
			fontStyles.put(selected(), button.getSelection() ? style | fontStyle : style);
			updatePreview();
		});
		return button;
	}

	private TokenStyle selected() {
		return TokenStyle.values()[Math.max(0, kinds.getSelectionIndex())];
	}

	private void showSelected() {
		TokenStyle style = selected();
		colour.setColorValue(colours.get(style));
		bold.setSelection((fontStyles.get(style) & SWT.BOLD) != 0);
		italic.setSelection((fontStyles.get(style) & SWT.ITALIC) != 0);
		updatePreview();
	}

	/** Colours the sample with the choices made, as the editor would. */
	private void updatePreview() {
		String sample = preview.getText();
		java.util.List<StyleRange> ranges = new java.util.ArrayList<>();
		SelosteColouring.colour(sample, kind -> attribute(kind), (offset, length, attribute) -> ranges
				.add(new StyleRange(offset, length, attribute.getForeground(), null, attribute.getStyle())));
		// the sample's references, as the linker would resolve them
		TextAttribute reference = attribute(TokenStyle.REFERENCE);
		for (String name : new String[] { "Yhteystiedot", "Asiakkaat", "ContactDetails", "Customers" }) {
			int at = sample.indexOf(" " + name + "\n");
			if (at >= 0) {
				ranges.add(new StyleRange(at + 1, name.length(), reference.getForeground(), null, reference.getStyle()));
			}
		}
		ranges.sort((a, b) -> Integer.compare(a.start, b.start));
		preview.setStyleRanges(ranges.toArray(StyleRange[]::new));
	}

	private TextAttribute attribute(TokenStyle style) {
		return TokenStyle.attribute(colours.get(style), fontStyles.get(style));
	}

	@Override
	protected void performDefaults() {
		for (TokenStyle style : TokenStyle.values()) {
			colours.put(style, style.defaultRgb());
			fontStyles.put(style, style.defaultFontStyle());
		}
		showSelected();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		for (TokenStyle style : TokenStyle.values()) {
			int fontStyle = fontStyles.get(style);
			store.setValue(style.colourKey(), StringConverter.asString(colours.get(style)));
			store.setValue(style.boldKey(), (fontStyle & SWT.BOLD) != 0);
			store.setValue(style.italicKey(), (fontStyle & SWT.ITALIC) != 0);
		}
		return super.performOk();
	}

	// For tests: what a user does with the mouse.

	/** Selects a kind in the list. */
	public void choose(TokenStyle style) {
		kinds.select(style.ordinal());
		showSelected();
	}

	/** Picks a colour for the selected kind. */
	public void pickColour(RGB rgb) {
		colour.setColorValue(rgb);
		colours.put(selected(), rgb);
		updatePreview();
	}

	/** Ticks or unticks Bold for the selected kind. */
	public void tickBold(boolean on) {
		bold.setSelection(on);
		bold.notifyListeners(SWT.Selection, null);
	}

	public StyledText preview() {
		return preview;
	}

	static String text(String key) {
		Locale locale = "fi".equals(Locale.getDefault().getLanguage()) ? Locale.of("fi") : Locale.ROOT;
		return ResourceBundle.getBundle(BUNDLE, locale, SyntaxColouringPreferencePage.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
	}
}
