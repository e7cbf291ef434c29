package fi.seloste.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.law.LegalWording;
import fi.seloste.seloste.Language;

/**
 * The texts of diagnostics, in Finnish or English, each ending with its legal source. By default a
 * file's messages are in the language of its keywords; a tool may choose one language for all.
 */
@Singleton
public class SelosteMessages {

	private static final String BUNDLE = "fi.seloste.validation.messages";

	@Inject
	private KeywordTranslator translator;

	@Inject
	private IResourceScopeCache cache;

	private volatile KeywordLanguage chosenLanguage;

	/** Makes every message use this language; {@code null} returns to the file's keyword language. */
	public void chooseLanguage(KeywordLanguage language) {
		this.chosenLanguage = language;
	}

	/** The language chosen for every message, {@code null} when each file's own is used. */
	public KeywordLanguage chosenLanguage() {
		return chosenLanguage;
	}

	public KeywordLanguage languageFor(Resource resource) {
		KeywordLanguage chosen = chosenLanguage;
		if (chosen != null) {
			return chosen;
		}
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			return cache.get(SelosteMessages.class, xtext,
					() -> translator.dominantLanguage(xtext.getParseResult().getRootNode()));
		}
		return KeywordLanguage.FINNISH;
	}

	/**
	 * The language of messages about a file still being parsed (its syntax errors): the chosen one,
	 * else the language of the keywords read so far; Finnish when none can be told.
	 */
	public KeywordLanguage languageFor(ICompositeNode root) {
		KeywordLanguage chosen = chosenLanguage;
		if (chosen != null) {
			return chosen;
		}
		return root == null ? KeywordLanguage.FINNISH : translator.dominantLanguage(root);
	}

	/** The message of a check with its arguments, followed by its legal source in brackets. */
	public String message(SelosteCheck check, KeywordLanguage language, Object... arguments) {
		ResourceBundle bundle = bundle(language);
		String text = new MessageFormat(bundle.getString(check.messageKey()), locale(language)).format(arguments);
		return text + " (" + check.source(language) + ")";
	}

	/**
	 * A text of the bundle without a legal source, for the parser's and the linker's messages, whose
	 * source is the language itself.
	 */
	public String text(String key, KeywordLanguage language, Object... arguments) {
		return new MessageFormat(bundle(language).getString(key), locale(language)).format(arguments);
	}

	/** The source alone, e.g. for documentation. */
	public String source(SelosteCheck check, KeywordLanguage language) {
		return check.source(language);
	}

	/**
	 * A name used inside messages, e.g. {@code language.SV}; the names of rights and of automated
	 * processing ({@code right.ACCESS}) are legal terms, worded in {@link LegalWording}.
	 */
	public String name(String key, KeywordLanguage language) {
		if (key.startsWith("right.") || key.startsWith("automated.")) {
			return LegalWording.of(language == KeywordLanguage.FINNISH ? Language.FI : Language.EN).get("name." + key);
		}
		return bundle(language).getString(key);
	}

	/** How a message shows an element of this type that has no name, e.g. "the controller (unnamed)". */
	public String unnamed(String typeName, KeywordLanguage language) {
		ResourceBundle bundle = bundle(language);
		String key = "unnamed." + typeName;
		return bundle.getString(bundle.containsKey(key) ? key : "unnamed.element");
	}

	private static ResourceBundle bundle(KeywordLanguage language) {
		return ResourceBundle.getBundle(BUNDLE, locale(language), SelosteMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	private static Locale locale(KeywordLanguage language) {
		return language == KeywordLanguage.FINNISH ? Locale.of("fi") : Locale.ROOT;
	}
}
