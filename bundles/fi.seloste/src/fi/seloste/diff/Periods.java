package fi.seloste.diff;

import java.util.Objects;

import fi.seloste.model.Texts;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.SessionPeriod;
import fi.seloste.seloste.TimeUnit;
import fi.seloste.seloste.UntilPeriod;

/**
 * Retention periods compared by meaning: whether a later period is longer, shorter, the same or
 * cannot be told from the earlier one. Only periods of one shape and one starting point compare
 * ({@code 2 years from collection} with {@code 24 months from collection}; {@code until end-of-contract
 * + 6 months} with {@code until end-of-contract + 1 year}); a period of a range compares by its longest
 * end, since that is how long the data may be kept.
 */
final class Periods {

	enum Comparison {
		LONGER, SHORTER, SAME, NOT_COMPARABLE
	}

	/** Days in a month or a year, on average; two lengths this close cannot be told apart. */
	private static final double DAYS_PER_MONTH = 365.2425 / 12;
	private static final double UNCERTAIN_DAYS = 3;

	private Periods() {
	}

	/** What a period means, independent of the keywords' language and layout. */
	static String canonical(Period period) {
		return switch (period) {
			case null -> "";
			case DurationPeriod d -> "duration " + (d.isAtMost() ? "at-most " : "") + d.getAmount()
					+ (d.getMaxAmount() == 0 ? "" : "-" + d.getMaxAmount()) + " " + d.getUnit().name()
					+ (fromStated(d) ? " from " + d.getAnchor().name() : "");
			case UntilPeriod u -> "until " + u.getAnchor().name()
					+ (u.getExtension() == null ? "" : " + " + canonical(u.getExtension()));
			// in a fixed language order: writing the variants in another order changes nothing
			case CriteriaPeriod c -> "criteria " + new java.util.TreeMap<>(Texts.variants(c.getText()));
			case SessionPeriod s -> "session";
			default -> period.toString();
		};
	}

	/** Whether the duration names its starting point ({@code alkaen}); the enum's default is its first literal. */
	private static boolean fromStated(DurationPeriod duration) {
		return duration.eIsSet(fi.seloste.seloste.SelostePackage.Literals.DURATION_PERIOD__ANCHOR);
	}

	static Comparison compare(Period before, Period after) {
		if (Objects.equals(canonical(before), canonical(after))) {
			return Comparison.SAME;
		}
		if (before instanceof DurationPeriod b && after instanceof DurationPeriod a) {
			return anchor(b).equals(anchor(a)) ? length(b, a) : Comparison.NOT_COMPARABLE;
		}
		if (before instanceof UntilPeriod b && after instanceof UntilPeriod a && b.getAnchor() == a.getAnchor()) {
			if (b.getExtension() == null && a.getExtension() == null) {
				return Comparison.SAME;
			}
			if (b.getExtension() == null) {
				return Comparison.LONGER;
			}
			if (a.getExtension() == null) {
				return Comparison.SHORTER;
			}
			return length(b.getExtension(), a.getExtension());
		}
		if (before instanceof SessionPeriod && after instanceof SessionPeriod) {
			return Comparison.SAME;
		}
		return Comparison.NOT_COMPARABLE;
	}

	private static String anchor(DurationPeriod duration) {
		return fromStated(duration) ? duration.getAnchor().name() : "";
	}

	private static Comparison length(DurationPeriod before, DurationPeriod after) {
		int beforeAmount = longest(before);
		int afterAmount = longest(after);
		if (calendar(before.getUnit()) == calendar(after.getUnit())) {
			// months and years, or days and weeks: exact
			int b = beforeAmount * exactFactor(before.getUnit());
			int a = afterAmount * exactFactor(after.getUnit());
			return a > b ? Comparison.LONGER : a < b ? Comparison.SHORTER : Comparison.SAME;
		}
		double b = beforeAmount * days(before.getUnit());
		double a = afterAmount * days(after.getUnit());
		if (Math.abs(a - b) <= UNCERTAIN_DAYS) {
			return Comparison.NOT_COMPARABLE;
		}
		return a > b ? Comparison.LONGER : Comparison.SHORTER;
	}

	private static int longest(DurationPeriod duration) {
		return Math.max(duration.getAmount(), duration.getMaxAmount());
	}

	private static boolean calendar(TimeUnit unit) {
		return unit == TimeUnit.MONTH || unit == TimeUnit.YEAR;
	}

	private static int exactFactor(TimeUnit unit) {
		return switch (unit) {
			case YEAR -> 12;
			case WEEK -> 7;
			default -> 1;
		};
	}

	private static double days(TimeUnit unit) {
		return switch (unit) {
			case DAY -> 1;
			case WEEK -> 7;
			case MONTH -> DAYS_PER_MONTH;
			case YEAR -> 365.2425;
		};
	}
}
