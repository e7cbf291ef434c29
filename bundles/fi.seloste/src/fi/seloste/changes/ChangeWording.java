package fi.seloste.changes;

import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.law.LegalWording;
import fi.seloste.model.Dates;
import fi.seloste.seloste.Language;

/**
 * The fixed texts of change entries and notifications in one language of the notice, from
 * {@code changes.properties} (English), {@code changes_fi.properties} and {@code changes_sv.properties};
 * terms of law (rights and their articles) come from the one catalogue of legal wording,
 * {@link LegalWording}.
 */
public final class ChangeWording {

	private static final String BUNDLE = "fi.seloste.changes.changes";

	private final Language language;
	private final ResourceBundle bundle;
	private final LegalWording legal;

	private ChangeWording(Language language) {
		this.language = language;
		this.legal = LegalWording.of(language);
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale(language), ChangeWording.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public static ChangeWording of(Language language) {
		return new ChangeWording(language);
	}

	public Language language() {
		return language;
	}

	public boolean has(String key) {
		return bundle.containsKey(key);
	}

	/** A text with {@code {0}}, {@code {1}} … replaced by the arguments (no other formatting). */
	public String get(String key, Object... arguments) {
		return LegalWording.fill(bundle.getString(key), arguments);
	}

	/** A term of law, e.g. {@code right.ACCESS}: "right of access (Article 15 GDPR)". */
	public String legal(String key) {
		return legal.get(key);
	}

	/**
	 * A date in a letter in this language: {@code 1.3.2027} in Finnish and (as Finland-Swedish writes it)
	 * in Swedish, {@code 2027-03-01} in English.
	 */
	public String date(String iso) {
		return language == Language.EN ? Dates.iso(iso) : Dates.finnish(iso);
	}

	private static Locale locale(Language language) {
		return switch (language) {
			case FI -> Locale.of("fi");
			case SV -> Locale.of("sv");
			case EN -> Locale.ROOT;
		};
	}
}
