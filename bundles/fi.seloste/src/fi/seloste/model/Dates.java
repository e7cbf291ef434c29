package fi.seloste.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The one reading of a {@code Date} of the grammar ({@code INT '-' INT '-' INT}). The grammar allows
 * spaces, line breaks and comments between the three numbers, and the parser keeps them in the value
 * as spaces; the checks and every format read a date through this class, so a date that {@code check}
 * accepts is one that {@code generate} can write.
 */
public final class Dates {

	private Dates() {
	}

	/** The date as written, without the white space the grammar allows between its parts. */
	public static String compact(String text) {
		return text.replaceAll("\\s", "");
	}

	/** The calendar date, if the text is one in ISO 8601 form ({@code 2026-04-23}, any spacing). */
	public static Optional<LocalDate> parse(String text) {
		try {
			return Optional.of(LocalDate.parse(compact(text)));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * {@code 2026-04-23}: the three numbers zero-padded (also for a draft whose date is not a calendar
	 * date), in ASCII digits whatever the default locale; the compact text if a number overflows.
	 */
	public static String iso(String text) {
		return numbers(text).map(n -> String.format(Locale.ROOT, "%04d-%02d-%02d", n[0], n[1], n[2]))
				.orElseGet(() -> compact(text));
	}

	/** {@code 23.4.2026}, the Finnish form; the compact text if a number overflows. */
	public static String finnish(String text) {
		return numbers(text).map(n -> n[2] + "." + n[1] + "." + n[0]).orElseGet(() -> compact(text));
	}

	/** Year, month and day as numbers, or nothing when the text is not three numbers or one overflows. */
	private static Optional<int[]> numbers(String text) {
		String[] parts = compact(text).split("-");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			return Optional.of(new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
					Integer.parseInt(parts[2]) });
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
