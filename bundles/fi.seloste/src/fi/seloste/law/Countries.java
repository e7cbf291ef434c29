package fi.seloste.law;

import java.util.Locale;
import java.util.Set;

/** Country codes (ISO 3166-1 alpha-2) and the EU/EEA, inside which personal data moves freely. */
public final class Countries {

	private static final Set<String> ISO = Set.of(Locale.getISOCountries());

	private static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
			"GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI",
			"NO");

	private Countries() {
	}

	public static boolean isCode(String code) {
		return ISO.contains(code);
	}

	/** A valid code outside the EU/EEA: a transfer to it needs a safeguard (GDPR Chapter V). */
	public static boolean isThirdCountry(String code) {
		return isCode(code) && !EEA.contains(code);
	}
}
