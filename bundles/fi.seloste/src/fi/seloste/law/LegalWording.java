package fi.seloste.law;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import fi.seloste.seloste.Language;

/**
 * The one catalogue of legal wording, per language ({@code wording.properties} English,
 * {@code wording_fi.properties}, {@code wording_sv.properties}): the terms of the closed sets with
 * their provision (legal bases, Art 9(2) conditions, the Art 10 basis, rights, safeguards, data flags,
 * provision of data), the fixed explanations of law the generated notice gives for a stated fact, the
 * short names inside check messages ({@code name.*}), the standard wording quick fixes offer
 * ({@code standard.*}) and the hover texts ({@code hover.*}, Finnish and English). Generated documents,
 * messages, hovers and fixes all read it here, so a provision is worded, and corrected, in one place.
 */
public final class LegalWording {

	private static final String BUNDLE = "fi.seloste.law.wording";

	private final ResourceBundle bundle;

	private LegalWording(Language language) {
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale(language), LegalWording.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public static LegalWording of(Language language) {
		return new LegalWording(language);
	}

	/** The wording of a key, e.g. {@code right.ACCESS}. */
	public String get(String key) {
		return bundle.getString(key);
	}

	/** Whether the catalogue words this key in this language. */
	public boolean has(String key) {
		try {
			bundle.getString(key);
			return true;
		} catch (MissingResourceException e) {
			return false;
		}
	}

	/** The term of a closed-set value under a prefix, e.g. {@code term("basis", BasisKind.CONTRACT)}. */
	public String term(String prefix, Enum<?> value) {
		return get(prefix + "." + value.name());
	}

	/** A wording with {@code {0}}, {@code {1}} … replaced by the arguments (see {@link #fill}). */
	public String format(String key, Object... arguments) {
		return fill(get(key), arguments);
	}

	/**
	 * A text with {@code {0}}, {@code {1}} … replaced by the arguments and no other formatting: unlike
	 * MessageFormat, a quote in a legal text stays as written.
	 */
	public static String fill(String text, Object... arguments) {
		String filled = text;
		for (int i = 0; i < arguments.length; i++) {
			filled = filled.replace("{" + i + "}", String.valueOf(arguments[i]));
		}
		return filled;
	}

	private static Locale locale(Language language) {
		return switch (language) {
			case FI -> Locale.of("fi");
			case SV -> Locale.of("sv");
			case EN -> Locale.ROOT;
		};
	}
}
