package fi.seloste.generator;

import java.util.Locale;
import java.util.ResourceBundle;

import fi.seloste.seloste.Language;

/**
 * The fixed texts of generated notices in one output language, from {@code labels.properties}
 * (English), {@code labels_fi.properties} and {@code labels_sv.properties}. Loaded through this
 * bundle's class loader, so it works in OSGi and on a plain class path alike.
 */
public final class Labels {

	private static final String BUNDLE = "fi.seloste.generator.labels";

	private final Language language;
	private final ResourceBundle bundle;

	private Labels(Language language) {
		this.language = language;
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale(language), Labels.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public static Labels of(Language language) {
		return new Labels(language);
	}

	public Language language() {
		return language;
	}

	/** The label of a key, e.g. {@code basis.CONTRACT}. */
	public String get(String key) {
		return bundle.getString(key);
	}

	/** The label of an enum value under a prefix, e.g. {@code get("right", RightKind.ACCESS)}. */
	public String get(String prefix, Enum<?> value) {
		return bundle.getString(prefix + "." + value.name());
	}

	/** A label with {@code {0}}, {@code {1}} … replaced by the arguments (no other formatting). */
	public String format(String key, Object... arguments) {
		String text = get(key);
		for (int i = 0; i < arguments.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
		}
		return text;
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
