package fi.seloste.model.resolved;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Retention;

/**
 * The one place that decides which retention applies to a purpose (GDPR Art 13(2)(a)). The most
 * specific statement wins: the purpose's own; else the retention of each data category the purpose
 * uses, and for the categories without one, the register's, else the notice's. A purpose is covered
 * when every part of its data has a retention that applies.
 */
final class RetentionRule {

	record Result(List<RetentionFact> facts, boolean covered) {
	}

	private RetentionRule() {
	}

	static Result resolve(Purpose purpose, List<DataCategory> ownCategories, Register register, Notice notice) {
		List<RetentionFact> facts = new ArrayList<>();
		for (Retention retention : Selostes.members(purpose.getMembers(), Retention.class)) {
			facts.add(new RetentionFact(retention, Origin.PURPOSE, purpose));
		}
		if (!facts.isEmpty()) {
			return new Result(facts, true);
		}
		boolean everyCategoryCovered = !ownCategories.isEmpty();
		for (DataCategory category : ownCategories) {
			List<Retention> own = Selostes.members(category.getMembers(), Retention.class);
			own.forEach(r -> facts.add(new RetentionFact(r, Origin.CATEGORY, category)));
			everyCategoryCovered &= !own.isEmpty();
		}
		if (everyCategoryCovered) {
			return new Result(facts, true);
		}
		List<RetentionFact> general = new ArrayList<>();
		if (register != null) {
			Selostes.members(register.getMembers(), Retention.class)
					.forEach(r -> general.add(new RetentionFact(r, Origin.REGISTER, register)));
		}
		if (general.isEmpty() && notice != null) {
			Selostes.members(notice.getMembers(), Retention.class)
					.forEach(r -> general.add(new RetentionFact(r, Origin.NOTICE, notice)));
		}
		facts.addAll(general);
		return new Result(facts, !general.isEmpty());
	}
}
