package fi.seloste.ui.internal.highlighting;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import fi.seloste.ui.internal.SelosteUiPlugin;

/**
 * How each kind of token looks. The defaults suit the light default background: keywords as in the Java
 * editor (bold dark purple), texts green, comments grey italic, numbers and dates blue. Identifiers keep
 * the editor's default text colour, except where they refer to a declaration that the linker resolved:
 * such references are teal (the colouring of the model, {@link SemanticHighlighter}). The user changes
 * them on Preferences → Seloste → Syntax Colouring; each kind's colour and font style are read from the
 * preferences ({@link ColouringPreferences}), and its {@link #token()} follows them, so that the editors
 * need only be redrawn.
 */
public enum TokenStyle {

	KEYWORD("keyword", new RGB(127, 0, 85), SWT.BOLD),
	STRING("string", new RGB(0, 128, 0), SWT.NORMAL),
	COMMENT("comment", new RGB(128, 128, 128), SWT.ITALIC),
	NUMBER("number", new RGB(0, 80, 192), SWT.NORMAL),
	REFERENCE("reference", new RGB(0, 118, 128), SWT.NORMAL);

	/** Preference keys of the colouring start with this (the other Seloste preferences do not). */
	public static final String KEY_PREFIX = "colouring.";

	private final String id;
	private final RGB defaultRgb;
	private final int defaultFontStyle;
	/** Shared by every editor's scanner; its data is the current attribute. UI thread only. */
	private final Token token = new Token(null);
	private volatile TextAttribute attribute;

	TokenStyle(String id, RGB defaultRgb, int defaultFontStyle) {
		this.id = id;
		this.defaultRgb = defaultRgb;
		this.defaultFontStyle = defaultFontStyle;
	}

	/** The name of the kind in preference keys and texts ({@code keyword}, {@code string} …). */
	public String id() {
		return id;
	}

	public String colourKey() {
		return KEY_PREFIX + id + ".colour";
	}

	public String boldKey() {
		return KEY_PREFIX + id + ".bold";
	}

	public String italicKey() {
		return KEY_PREFIX + id + ".italic";
	}

	public RGB defaultRgb() {
		return defaultRgb;
	}

	/** {@link SWT#NORMAL}, {@link SWT#BOLD}, {@link SWT#ITALIC} or both. */
	public int defaultFontStyle() {
		return defaultFontStyle;
	}

	/** The colour now chosen. */
	public RGB rgb() {
		return attribute().getForeground().getRGB();
	}

	/** The font style now chosen: {@link SWT#NORMAL}, {@link SWT#BOLD}, {@link SWT#ITALIC} or both. */
	public int fontStyle() {
		return attribute().getStyle() & (SWT.BOLD | SWT.ITALIC);
	}

	public TextAttribute attribute() {
		TextAttribute current = attribute;
		if (current == null) {
			current = read();
			attribute = current;
		}
		return current;
	}

	/** The token of the scanners, its data the current attribute. */
	public Token token() {
		Token shared = token;
		shared.setData(attribute());
		return shared;
	}

	/** Reads the kind's style from the preferences again. */
	void reload() {
		attribute = read();
		token.setData(attribute);
	}

	private TextAttribute read() {
		String node = SelosteUiPlugin.PLUGIN_ID;
		RGB rgb = defaultRgb;
		int style = defaultFontStyle;
		if (Platform.isRunning()) {
			var preferences = Platform.getPreferencesService();
			rgb = StringConverter.asRGB(preferences.getString(node, colourKey(), null, null), defaultRgb);
			style = (preferences.getBoolean(node, boldKey(), (defaultFontStyle & SWT.BOLD) != 0, null) ? SWT.BOLD : 0)
					| (preferences.getBoolean(node, italicKey(), (defaultFontStyle & SWT.ITALIC) != 0, null) ? SWT.ITALIC : 0);
		}
		return attribute(rgb, style);
	}

	/** An attribute of a colour and a font style. */
	public static TextAttribute attribute(RGB rgb, int fontStyle) {
		// Colors hold no system resources since SWT 3.115: no display and no disposal needed.
		return new TextAttribute(new Color(rgb), null, fontStyle);
	}
}
