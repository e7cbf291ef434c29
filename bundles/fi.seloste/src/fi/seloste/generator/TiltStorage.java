package fi.seloste.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.UntilPeriod;

/**
 * {@code dataDisclosed[].storage}: one entry per retention statement of the category and of the
 * purposes using it.
 * <p>
 * TILT's {@code ttl} is a bare ISO 8601 duration, which cannot say from when it runs. So every entry
 * also says the period in words, anchor included ("until the end of the contract and 3 years after",
 * "10 years from the end of the financial year"), followed by the notice's rationale. A period with a
 * duration has it in {@code temporal[].description} beside the {@code ttl}; a period without one
 * ("until the account is closed", criteria) cannot be a {@code temporal} item, whose {@code ttl} is
 * required, so its words go into a {@code description} of the storage entry itself (the schema allows
 * further keys) and {@code temporal} stays empty.
 */
final class TiltStorage {

	private final TiltContext context;

	TiltStorage(TiltContext context) {
		this.context = context;
	}

	List<Object> of(DataCategory category, List<Purpose> using) {
		List<Object> result = new ArrayList<>();
		for (Retention r : Selostes.members(category.getMembers(), Retention.class)) {
			result.add(entry(r, List.of(), List.of()));
		}
		for (Purpose p : using) {
			List<String> codes = Selostes.members(p.getMembers(), LegalBasis.class).stream()
					.map(b -> Gdpr.basisCode(b.getKind())).distinct().toList();
			for (Retention r : Selostes.members(p.getMembers(), Retention.class)) {
				result.add(entry(r, List.of(context.text(p.getLabel())), codes));
			}
		}
		return result;
	}

	/** One storage entry: the period, and the purposes and legal bases it is kept for. */
	Map<String, Object> entry(Retention retention, List<String> purposes, List<String> bases) {
		Map<String, Object> o = Json.object();
		String description = description(retention);
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
		o.put("purposeConditional", purposes);
		o.put("legalBasisConditional", bases);
		o.put("aggregationFunction", "max");
		return o;
	}

	/** The period in words (the criteria's own text), then the rationale: "period: rationale". */
	private String description(Retention retention) {
		Period period = retention.getPeriod();
		String words = period instanceof CriteriaPeriod criteria ? context.text(criteria.getText())
				: RetentionText.of(period, context.labels);
		String rationale = context.text(retention.getRationale());
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
