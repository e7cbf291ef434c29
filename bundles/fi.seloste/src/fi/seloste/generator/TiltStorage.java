package fi.seloste.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.seloste.law.Gdpr;
import fi.seloste.model.resolved.Origin;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.RetentionFact;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.UntilPeriod;

/**
 * {@code dataDisclosed[].storage} of one data category: one entry per retention statement that applies
 * to the category for some purpose using it, with those purposes and their legal bases. Which retention
 * applies is the resolved model's rule ({@code RetentionRule}: the purpose's own, else the category's,
 * else the register's or the notice's); of a purpose's retention, the statement on another data
 * category does not apply to this one, and the register's or notice's applies only where this
 * category has none of its own for that purpose.
 * <p>
 * TILT's {@code ttl} is a bare ISO 8601 duration, which cannot say from when it runs. So every entry
 * also says the period in words, anchor included ("until the end of the contract and 3 years after",
 * "10 years from the end of the financial year"), where it was stated when that is the whole register
 * or notice, then the notice's rationale. A period with a duration has it in
 * {@code temporal[].description} beside the {@code ttl}; a period without one ("until the account is
 * closed", criteria) cannot be a {@code temporal} item, whose {@code ttl} is required, so its words go
 * into a {@code description} of the storage entry itself (the schema allows further keys) and
 * {@code temporal} stays empty.
 */
final class TiltStorage {

	private final TiltContext context;

	TiltStorage(TiltContext context) {
		this.context = context;
	}

	List<Object> of(DataCategory category, List<ResolvedPurpose> using) {
		Map<Retention, Entry> entries = new LinkedHashMap<>();
		for (ResolvedPurpose purpose : using) {
			for (RetentionFact fact : purpose.retention()) {
				if (applies(fact, category, purpose)) {
					Entry entry = entries.computeIfAbsent(fact.retention(), r -> new Entry(fact));
					entry.purposes.add(context.text(purpose.purpose().getLabel()));
					purpose.bases().forEach(b -> entry.bases.add(Gdpr.basisCode(b.value().getKind())));
				}
			}
		}
		return entries.values().stream().map(e -> (Object) entry(e)).toList();
	}

	private static boolean applies(RetentionFact fact, DataCategory category, ResolvedPurpose purpose) {
		return switch (fact.origin()) {
			case PURPOSE -> true;
			case CATEGORY -> fact.holder() == category;
			case REGISTER, NOTICE -> purpose.retention().stream()
					.noneMatch(f -> f.origin() == Origin.CATEGORY && f.holder() == category);
		};
	}

	/** A retention statement with the purposes (and their bases) it is kept for. */
	private static final class Entry {
		final RetentionFact fact;
		final Set<String> purposes = new LinkedHashSet<>();
		final Set<String> bases = new LinkedHashSet<>();

		Entry(RetentionFact fact) {
			this.fact = fact;
		}
	}

	private Map<String, Object> entry(Entry e) {
		Retention retention = e.fact.retention();
		Map<String, Object> o = Json.object();
		String description = description(e.fact);
		DurationPeriod duration = durationOf(retention.getPeriod());
		List<Object> temporal = new ArrayList<>();
		if (duration != null) {
			Map<String, Object> t = Json.object();
			t.put("description", description);
			t.put("ttl", Gdpr.maxDuration(duration));
			temporal.add(t);
		}
		o.put("temporal", temporal);
		if (duration == null) {
			o.put("description", description);
		}
		o.put("purposeConditional", List.copyOf(e.purposes));
		o.put("legalBasisConditional", List.copyOf(e.bases));
		o.put("aggregationFunction", "max");
		return o;
	}

	/** The period in words (the criteria's own text), where it was stated, then the rationale. */
	private String description(RetentionFact fact) {
		Period period = fact.retention().getPeriod();
		String words = period instanceof CriteriaPeriod criteria ? context.text(criteria.getText())
				: RetentionText.of(period, context.labels);
		if (fact.origin() == Origin.REGISTER || fact.origin() == Origin.NOTICE) {
			words += " (" + context.labels.get("ropa.stated", fact.origin()) + ")";
		}
		String rationale = context.text(fact.retention().getRationale());
		return rationale.isEmpty() ? words : words + ": " + rationale;
	}

	/** The duration a period lasts at most: its own, or the extension after an until-anchor. */
	private static DurationPeriod durationOf(Period period) {
		if (period instanceof DurationPeriod d) {
			return d;
		}
		if (period instanceof UntilPeriod u) {
			return u.getExtension();
		}
		return null;
	}
}
