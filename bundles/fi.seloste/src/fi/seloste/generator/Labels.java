package fi.seloste.generator;

import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.law.LegalWording;
import fi.seloste.seloste.Language;

/**
 * The fixed texts of generated notices in one output language, from {@code labels.properties}
 * (English), {@code labels_fi.properties} and {@code labels_sv.properties} (headings and document
 * texts), and {@link LegalWording} (legal terms and explanations of law). Loaded through this
 * bundle's class loader, so it works in OSGi and on a plain class path alike.
 */
public final class Labels {

	private static final String BUNDLE = "fi.seloste.generator.labels";

	private final Language language;
	private final ResourceBundle bundle;
	private final LegalWording wording;

	private Labels(Language language) {
		this.language = language;
		this.wording = LegalWording.of(language);
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale(language), Labels.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public static Labels of(Language language) {
		return new Labels(language);
	}

	public Language language() {
		return language;
	}

	/**
	 * The label of a key, e.g. {@code section.rights}; the legal terms and fixed explanations of law
	 * ({@code basis.CONTRACT}, {@code right.ACCESS}, {@code responseTime} …) come from the one catalogue
	 * of legal wording, {@link LegalWording}.
	 */
	public String get(String key) {
		return bundle.containsKey(key) ? bundle.getString(key) : wording.get(key);
	}

	/** The label of an enum value under a prefix, e.g. {@code get("right", RightKind.ACCESS)}. */
	public String get(String prefix, Enum<?> value) {
		return get(prefix + "." + value.name());
	}

	/** A label with {@code {0}}, {@code {1}} … replaced by the arguments (no other formatting). */
	public String format(String key, Object... arguments) {
		return LegalWording.fill(get(key), arguments);
	}

	public static String code(Language language) {
		return language.getLiteral();
	}

	private static Locale locale(Language language) {
		return switch (language) {
			case FI -> Locale.of("fi");
			case SV -> Locale.of("sv");
			case EN -> Locale.ROOT;
		};
	}
}
