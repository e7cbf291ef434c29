package fi.seloste.tests.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import fi.seloste.seloste.Anchor;
import fi.seloste.seloste.TimeUnit;

/**
 * Hands out retention periods that read differently in every output: each amount-and-unit pair
 * ("3 vuotta", also inside a range or after an event) and each "until" event is used once per notice,
 * and amounts are single digits, so that no period's text is part of another's ("3 vuotta" would be
 * part of "13 vuotta"). A test can then tell by its text which period an output states.
 */
final class Periods {

	private final Random random;
	private final Tokens tokens;
	private final List<int[]> pairs = new ArrayList<>();
	private final Set<Anchor> untilAnchors = EnumSet.noneOf(Anchor.class);

	Periods(Random random, Tokens tokens) {
		this.random = random;
		this.tokens = tokens;
		for (int amount = 1; amount <= 9; amount++) {
			for (TimeUnit unit : TimeUnit.values()) {
				pairs.add(new int[] { amount, unit.ordinal() });
			}
		}
		Collections.shuffle(pairs, random);
	}

	/** Keeps a pair for another use (the response time "1 kuukausi" reads like a period). */
	void reserve(int amount, TimeUnit unit) {
		pairs.removeIf(p -> p[0] == amount && p[1] == unit.ordinal());
	}

	PeriodPlan next() {
		Phrase rationale = random.nextInt(4) == 0 ? Phrases.RATIONALES.get(random.nextInt(Phrases.RATIONALES.size())) : null;
		int kind = random.nextInt(10);
		if (kind < 4 && !pairs.isEmpty()) {
			return duration(rationale);
		}
		if (kind < 5 && pairs.size() >= 2) {
			int[] a = pairs.remove(0);
			int[] b = pairs.stream().filter(p -> p[1] == a[1] && p[0] > a[0]).findFirst().orElse(null);
			if (b != null) {
				pairs.remove(b);
				return new PeriodPlan.Duration(false, a[0], b[0], TimeUnit.values()[a[1]], null, rationale);
			}
			pairs.add(a);
		}
		if (kind < 8) {
			// "until the data is collected" is no retention anyone writes
			List<Anchor> free = new ArrayList<>(EnumSet.complementOf(EnumSet.of(Anchor.COLLECTION)));
			free.removeAll(untilAnchors);
			if (!free.isEmpty()) {
				Anchor anchor = free.get(random.nextInt(free.size()));
				untilAnchors.add(anchor);
				PeriodPlan.Duration extension = null;
				if (random.nextBoolean() && !pairs.isEmpty()) {
					int[] pair = pairs.remove(0);
					extension = new PeriodPlan.Duration(false, pair[0], 0, TimeUnit.values()[pair[1]], null, null);
				}
				return new PeriodPlan.Until(anchor, extension, rationale);
			}
		}
		if (kind < 9 && !pairs.isEmpty()) {
			return duration(rationale);
		}
		return new PeriodPlan.Criteria(Phrases.CRITERIA.get(random.nextInt(Phrases.CRITERIA.size())).with(tokens.next()),
				rationale);
	}

	private PeriodPlan.Duration duration(Phrase rationale) {
		int[] pair = pairs.remove(0);
		boolean atMost = random.nextInt(4) == 0;
		Anchor from = random.nextInt(3) == 0 ? Anchor.values()[random.nextInt(Anchor.values().length)] : null;
		return new PeriodPlan.Duration(atMost, pair[0], 0, TimeUnit.values()[pair[1]], from, rationale);
	}
}
