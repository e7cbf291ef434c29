package fi.seloste.ui.internal.preferences;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.seloste.Language;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * Window → Preferences → Seloste: where and what the builder generates, and the language of the
 * validation messages. Saving them rebuilds the Seloste projects ({@link PreferenceEffects}).
 */
public class SelostePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Text outputFolder;
	private final Map<String, Button> formats = new LinkedHashMap<>();
	private Button ownLanguages;
	private final Map<Language, Button> languages = new LinkedHashMap<>();
	private final Map<MessageLanguage, Button> messageLanguages = new LinkedHashMap<>();

	@Override
	public void init(IWorkbench workbench) {
		setDescription(UiTexts.text("preferences.description"));
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, SelostePreferences.NODE);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);

		new Label(page, SWT.NONE).setText(UiTexts.text("preferences.outputFolder"));
		outputFolder = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(outputFolder);
		outputFolder.addModifyListener(e -> check());

		Group formatGroup = group(page, "preferences.formats");
		for (NoticeFormat format : SelosteInjector.get().getInstance(NoticeFormats.class).all()) {
			formats.put(format.id(), checkbox(formatGroup, UiTexts.text("preferences.format", format.id(),
					UiTexts.text("format." + format.id()))));
		}

		Group languageGroup = group(page, "preferences.languages");
		ownLanguages = checkbox(languageGroup, UiTexts.text("preferences.languages.own"));
		for (Language language : Language.VALUES) {
			languages.put(language, checkbox(languageGroup, UiTexts.text("language." + language.getLiteral())));
		}

		Group messageGroup = group(page, "preferences.messageLanguage");
		for (MessageLanguage language : MessageLanguage.values()) {
			Button radio = new Button(messageGroup, SWT.RADIO);
			radio.setText(UiTexts.text("preferences.messageLanguage." + language.id()));
			messageLanguages.put(language, radio);
		}

		load(false);
		return page;
	}

	private Group group(Composite page, String key) {
		Group group = new Group(page, SWT.NONE);
		group.setText(UiTexts.text(key));
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
		return group;
	}

	private Button checkbox(Composite parent, String text) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.addListener(SWT.Selection, e -> check());
		return button;
	}

	/** Shows the stored values (or the defaults). */
	private void load(boolean defaults) {
		IPreferenceStore store = getPreferenceStore();
		java.util.function.Function<String, String> value = defaults ? store::getDefaultString : store::getString;
		outputFolder.setText(value.apply(SelostePreferences.OUTPUT_FOLDER));
		List<String> chosenFormats = SelostePreferences.split(value.apply(SelostePreferences.FORMATS));
		formats.forEach((id, button) -> button.setSelection(chosenFormats.contains(id)));
		String chosenLanguages = value.apply(SelostePreferences.LANGUAGES);
		ownLanguages.setSelection(SelostePreferences.OWN_LANGUAGES.equals(chosenLanguages));
		List<String> codes = SelostePreferences.split(chosenLanguages);
		languages.forEach((language, button) -> button.setSelection(codes.contains(language.getLiteral())));
		MessageLanguage message = MessageLanguage.of(value.apply(SelostePreferences.MESSAGE_LANGUAGE));
		messageLanguages.forEach((language, button) -> button.setSelection(language == message));
		check();
	}

	/** Enables the language boxes and says what is missing before OK is allowed. */
	private void check() {
		languages.values().forEach(button -> button.setEnabled(!ownLanguages.getSelection()));
		String folder = outputFolder.getText().strip();
		String error = null;
		if (folder.isEmpty() || folder.contains("..") || folder.startsWith("/") || folder.startsWith("\\")) {
			error = UiTexts.text("preferences.error.folder");
		} else if (formats.values().stream().noneMatch(Button::getSelection)) {
			error = UiTexts.text("preferences.error.formats");
		} else if (!ownLanguages.getSelection() && languages.values().stream().noneMatch(Button::getSelection)) {
			error = UiTexts.text("preferences.error.languages");
		}
		setErrorMessage(error);
		setValid(error == null);
	}

	@Override
	protected void performDefaults() {
		load(true);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		store.setValue(SelostePreferences.OUTPUT_FOLDER, outputFolder.getText().strip());
		store.setValue(SelostePreferences.FORMATS, String.join(",", selected(formats)));
		List<String> codes = new ArrayList<>();
		languages.forEach((language, button) -> {
			if (button.getSelection()) {
				codes.add(language.getLiteral());
			}
		});
		store.setValue(SelostePreferences.LANGUAGES,
				ownLanguages.getSelection() ? SelostePreferences.OWN_LANGUAGES : String.join(",", codes));
		messageLanguages.forEach((language, button) -> {
			if (button.getSelection()) {
				store.setValue(SelostePreferences.MESSAGE_LANGUAGE, language.id());
			}
		});
		try {
			((ScopedPreferenceStore) store).save();
		} catch (IOException e) {
			ILog.of(getClass()).error("Cannot save the Seloste preferences", e);
		}
		return true;
	}

	private static List<String> selected(Map<String, Button> buttons) {
		return buttons.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).toList();
	}

	// Public for the tests (another bundle), which fill in the page as a user would.

	public Text outputFolderField() {
		return outputFolder;
	}

	public Map<String, Button> formatBoxes() {
		return formats;
	}

	public Button ownLanguagesBox() {
		return ownLanguages;
	}

	public Map<Language, Button> languageBoxes() {
		return languages;
	}

	public Map<MessageLanguage, Button> messageLanguageButtons() {
		return messageLanguages;
	}
}
