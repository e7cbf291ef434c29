package fi.seloste.ui.internal.texts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.keywords.KeywordLanguage;

/**
 * The user-visible texts of generation, preferences, preview and wizards, in Finnish and English.
 * Dialogs follow the platform's locale; texts about one file (markers) follow that file's message
 * language, like the validator's messages.
 */
public final class UiTexts {

	private static final String BUNDLE = "fi.seloste.ui.internal.texts.texts";

	private UiTexts() {
	}

	/** A text in the platform's language (Finnish when it is Finnish, English otherwise). */
	public static String text(String key, Object... arguments) {
		return format(ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), UiTexts.class.getClassLoader()), key,
				arguments);
	}

	/** A text in the given language. */
	public static String text(KeywordLanguage language, String key, Object... arguments) {
		Locale locale = language == KeywordLanguage.FINNISH ? Locale.of("fi") : Locale.ROOT;
		return format(ResourceBundle.getBundle(BUNDLE, locale, UiTexts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), key, arguments);
	}

	private static String format(ResourceBundle bundle, String key, Object... arguments) {
		String pattern = bundle.getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
	}
}
