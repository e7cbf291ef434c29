package fi.seloste.tests.random;

import fi.seloste.seloste.Anchor;
import fi.seloste.seloste.TimeUnit;

/** A retention period of a generated notice, with an optional rationale. */
sealed interface PeriodPlan {

	Phrase rationale();

	/** {@code [enintään] N[-M] unit [alkaen anchor]}; {@code max} 0 for no range, {@code from} null for no anchor. */
	record Duration(boolean atMost, int amount, int max, TimeUnit unit, Anchor from, Phrase rationale)
			implements PeriodPlan {
	}

	/** {@code kunnes anchor [+ N unit]}. */
	record Until(Anchor anchor, Duration extension, Phrase rationale) implements PeriodPlan {
	}

	/** {@code kriteeri "…"}. */
	record Criteria(Phrase text, Phrase rationale) implements PeriodPlan {
	}
}
