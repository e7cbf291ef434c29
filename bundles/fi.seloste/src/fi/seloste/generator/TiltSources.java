package fi.seloste.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.seloste.law.Gdpr;
import fi.seloste.model.Selostes;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SourceKind;

/**
 * {@code sources}: one entry per data category a source names, listing every source that names it;
 * a source naming no category counts for its whole register ({@code Register.*}). A notice gives no
 * web address of a source, so TILT's required {@code url} is always empty (and reported).
 */
final class TiltSources {

	private final TiltContext context;

	TiltSources(TiltContext context) {
		this.context = context;
	}

	List<Object> build() {
		Map<String, List<Object>> byCategory = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (Register register : Selostes.registers(context.notice)) {
			for (Source source : Selostes.members(register.getMembers(), Source.class)) {
				Map<String, Object> s = Json.object();
				s.put("description", source.getText() != null ? context.text(source.getText()) : Gdpr.code(source.getKind()));
				s.put("url", context.empty("sources[].sources[].url", "no web address of a source stated", ""));
				s.put("publiclyAvailable", source.getKind() == SourceKind.PUBLIC);
				List<DataCategory> categories = source.getCategories();
				if (categories.isEmpty()) {
					String id = register.getName() + ".*";
					byCategory.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
					labels.putIfAbsent(id, context.empty("sources[].dataCategory", "a source names no data category", ""));
				}
				for (DataCategory c : categories) {
					String id = SelosteJsonFormat.qualifiedId(c);
					byCategory.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
					labels.putIfAbsent(id, context.text(c.getLabel()));
				}
			}
		}
		List<Object> result = new ArrayList<>();
		byCategory.forEach((id, list) -> {
			Map<String, Object> o = Json.object();
			o.put("_id", id);
			o.put("dataCategory", labels.get(id));
			o.put("sources", list);
			result.add(o);
		});
		return result;
	}
}
