package fi.seloste.law;

import java.util.Locale;
import java.util.Set;

/**
 * Country codes (ISO 3166-1 alpha-2) and the EU/EEA, inside which personal data moves freely.
 * <p>
 * Some parts of EU member states have codes of their own: Åland (AX, TFEU Art 355(4)) and the outermost
 * regions of TFEU Art 349 and 355(1) with a code of their own (French Guiana GF, Guadeloupe GP, Martinique MQ,
 * Réunion RE, Mayotte YT, Saint-Martin MF). They are in the EU, so the GDPR applies there and data sent
 * there is no transfer to a third country. The Azores, Madeira (PT) and the Canary Islands (ES) have no
 * codes of their own. The overseas countries and territories (TFEU Art 355(2), Annex II: e.g. Greenland
 * GL, Saint-Barthélemy BL, New Caledonia NC), the Faroe Islands (FO) and Svalbard (SJ, outside the EEA
 * Agreement) are third countries.
 */
public final class Countries {

	private static final Set<String> ISO = Set.of(Locale.getISOCountries());

	private static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
			"GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI",
			"NO",
			// parts of member states with codes of their own (see above)
			"AX", "GF", "GP", "MQ", "RE", "YT", "MF");

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
