package fi.seloste.generator;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import fi.seloste.seloste.Anchor;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.SelostePackage;
import fi.seloste.seloste.SessionPeriod;
import fi.seloste.seloste.TimeUnit;
import fi.seloste.seloste.UntilPeriod;

/**
 * A retention period as a natural sentence fragment in Finnish, Swedish or English: "6 vuotta",
 * "enintään 12 kuukautta", "asiakassuhteen päättymiseen asti ja sen jälkeen 6 vuotta", "högst 12 månader",
 * "until the end of the customer relationship and 6 years after". Criteria texts are not handled here
 * (they are multilingual user texts); {@link #of} returns {@code null} for them.
 */
public final class RetentionText {

	private RetentionText() {
	}

	/** The period in the language of the labels; {@code null} for a criteria period. */
	public static String of(Period period, Labels labels) {
		if (period instanceof DurationPeriod duration) {
			return duration(duration, labels);
		}
		if (period instanceof UntilPeriod until) {
			String text = labels.get("anchor." + until.getAnchor().name() + ".until");
			if (until.getExtension() != null) {
				text = labels.format("retention.extension", text, duration(until.getExtension(), labels));
			}
			return text;
		}
		if (period instanceof SessionPeriod) {
			return labels.get("retention.session");
		}
		if (period instanceof CriteriaPeriod) {
			return null;
		}
		return "";
	}

	private static String duration(DurationPeriod period, Labels labels) {
		String text = period.getMaxAmount() > 0 && period.getMaxAmount() != period.getAmount()
				? range(period.getAmount(), period.getMaxAmount(), period.getUnit(), labels.language())
				: amount(period.getAmount(), period.getUnit(), labels.language());
		if (period.isAtMost()) {
			text = labels.format("retention.atMost", text);
		}
		if (hasAnchor(period)) {
			text = text + " " + labels.get("anchor." + period.getAnchor().name() + ".from");
		}
		return text;
	}

	/** Whether "alkaen …" was written: the first anchor is also the attribute's default value. */
	private static boolean hasAnchor(DurationPeriod period) {
		if (period.eResource() != null && NodeModelUtils.getNode(period) != null) {
			return !NodeModelUtils.findNodesForFeature(period, SelostePackage.Literals.DURATION_PERIOD__ANCHOR).isEmpty();
		}
		return period.getAnchor() != Anchor.COLLECTION;
	}

	/** "1 vuosi", "6 vuotta", "1 år", "12 månader", "1 year", "6 years". */
	public static String amount(int amount, TimeUnit unit, Language language) {
		return amount + " " + noun(unit, language, amount == 1);
	}

	/** "6–10 vuotta", "6–10 år", "6–10 years": the noun agrees with a plural amount. */
	public static String range(int from, int to, TimeUnit unit, Language language) {
		return from + "–" + to + " " + noun(unit, language, false);
	}

	/**
	 * The amount in the genitive for "within" phrases: fi "1 kuukauden", "30 päivän" (… kuluessa),
	 * sv and en as {@link #amount}.
	 */
	public static String within(int amount, TimeUnit unit, Language language) {
		if (language != Language.FI) {
			return amount(amount, unit, language);
		}
		String noun = switch (unit) {
			case DAY -> "päivän";
			case WEEK -> "viikon";
			case MONTH -> "kuukauden";
			case YEAR -> "vuoden";
		};
		return amount + " " + noun;
	}

	/** Finnish: nominative singular after 1, partitive singular after other numerals. */
	private static String noun(TimeUnit unit, Language language, boolean one) {
		return switch (language) {
			case FI -> switch (unit) {
				case DAY -> one ? "päivä" : "päivää";
				case WEEK -> one ? "viikko" : "viikkoa";
				case MONTH -> one ? "kuukausi" : "kuukautta";
				case YEAR -> one ? "vuosi" : "vuotta";
			};
			case SV -> switch (unit) {
				case DAY -> one ? "dag" : "dagar";
				case WEEK -> one ? "vecka" : "veckor";
				case MONTH -> one ? "månad" : "månader";
				case YEAR -> "år";
			};
			case EN -> switch (unit) {
				case DAY -> one ? "day" : "days";
				case WEEK -> one ? "week" : "weeks";
				case MONTH -> one ? "month" : "months";
				case YEAR -> one ? "year" : "years";
			};
		};
	}
}
