package fi.seloste.law;

import java.util.List;
import java.util.Locale;

/** The Finnish supervisory authority and its current contact details. */
public final class DataProtectionOmbudsman {

	public static final String NAME_FI = "Tietosuojavaltuutetun toimisto";
	public static final String NAME_EN = "Office of the Data Protection Ombudsman";
	public static final String NAME_SV = "Dataombudsmannens byrå";
	public static final String ADDRESS = "Lintulahdenkuja 4, 00530 Helsinki";
	public static final String POSTAL_ADDRESS = "PL 800, 00531 Helsinki";
	public static final String PHONE = "029 566 6700";
	public static final String EMAIL = "tietosuoja@om.fi";
	public static final String WEBSITE = "https://tietosuoja.fi";

	/**
	 * Traces of the office's former contact details: the address Ratapihantie 9, 00520/00521 Helsinki,
	 * and the pages of its former website (www.tietosuoja.fi/fi/index/…), which no longer exist.
	 */
	private static final List<String> OUTDATED = List.of("ratapihantie", "00520", "00521", "tietosuoja.fi/fi/index");

	private DataProtectionOmbudsman() {
	}

	public static boolean isOutdated(String detail) {
		String lower = detail.toLowerCase(Locale.ROOT);
		return OUTDATED.stream().anyMatch(lower::contains);
	}
}
