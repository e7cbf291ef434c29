package fi.seloste.ide.server;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.keywords.KeywordLanguage;

/** What the language server itself tells the user (generation, preview), in Finnish or English. */
final class ServerTexts {

	private static final String BUNDLE = "fi.seloste.ide.server.texts";

	String get(KeywordLanguage language, String key, Object... arguments) {
		Locale locale = language == KeywordLanguage.FINNISH ? Locale.forLanguageTag("fi") : Locale.ROOT;
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ServerTexts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}
}
