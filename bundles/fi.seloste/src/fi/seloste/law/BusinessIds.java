package fi.seloste.law;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Finnish business ID (Y-tunnus): seven digits, a hyphen and a mod-11 check digit. */
public final class BusinessIds {

	private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
	private static final Pattern VAT_FORM = Pattern.compile("(?i)FI\\s*(\\d{7})-?(\\d)");
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2 };

	private BusinessIds() {
	}

	public static boolean hasFormat(String id) {
		return FORMAT.matcher(id).matches();
	}

	/** The business ID inside a VAT number such as {@code FI27002639} or {@code FI2700263-9}. */
	public static Optional<String> fromVatNumber(String value) {
		Matcher matcher = VAT_FORM.matcher(value.trim());
		return matcher.matches() ? Optional.of(matcher.group(1) + "-" + matcher.group(2)) : Optional.empty();
	}

	/**
	 * The business ID a value means when only its layout is wrong (spaces, dots or a missing or
	 * misplaced hyphen around its eight digits), provided its check digit is right.
	 */
	public static Optional<String> normalised(String value) {
		String digits = value.replaceAll("[\\s.\\-]", "");
		if (!digits.matches("\\d{8}")) {
			return Optional.empty();
		}
		String id = digits.substring(0, 7) + "-" + digits.charAt(7);
		return hasValidCheckDigit(id) && !id.equals(value) ? Optional.of(id) : Optional.empty();
	}

	/** Whether a well-formed ID has the right check digit; remainder 1 gives no valid ID at all. */
	public static boolean hasValidCheckDigit(String id) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		int remainder = sum % 11;
		if (remainder == 1) {
			return false;
		}
		int check = remainder == 0 ? 0 : 11 - remainder;
		return id.charAt(8) - '0' == check;
	}
}
