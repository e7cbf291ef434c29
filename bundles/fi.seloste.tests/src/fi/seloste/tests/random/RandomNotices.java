package fi.seloste.tests.random;

import java.util.Random;

import com.google.inject.Inject;

import fi.seloste.keywords.BilingualKeywords;

/**
 * Random valid notices: the same seed always gives the same source text. See {@link NoticePlanner} for
 * what they contain and why they pass the checks.
 */
public class RandomNotices {

	@Inject
	private BilingualKeywords keywords;

	public RandomNotice generate(long seed) {
		NoticePlan plan = new NoticePlanner(new Random(seed)).plan(seed);
		String text = new NoticeSourceWriter(keywords, plan, seed, true).write();
		String withoutNoDpo = plan.dpo().kind() == NoticePlan.Dpo.Kind.STATED_ABSENT
				? new NoticeSourceWriter(keywords, plan, seed, false).write()
				: null;
		return new RandomNotice(seed, text, withoutNoDpo);
	}
}
