package fi.seloste.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.seloste.generator.Json;
import fi.seloste.seloste.Language;

/**
 * A comparison as JSON for CI, in the stable form of {@code docs/schema/seloste-diff.schema.json}
 * (version 1): codes (type, subject, reason, citation) never change with the language; the texts
 * ({@code reasonText}, {@code citationText}) are in the language asked for.
 */
public final class DiffJson {

	public static final int SCHEMA_VERSION = 1;

	private DiffJson() {
	}

	public static String render(DiffReport report, Language language) {
		DiffWording wording = DiffWording.of(language);
		Map<String, Object> root = Json.object();
		root.put("schemaVersion", SCHEMA_VERSION);
		root.put("language", language.getLiteral());
		root.put("before", report.before());
		root.put("after", report.after());
		root.put("changed", report.hasChanges());
		root.put("material", report.hasMaterialChanges());
		List<Object> notices = new ArrayList<>();
		for (String name : report.added()) {
			notices.add(notice(name, "added", List.of(), wording));
		}
		for (String name : report.removed()) {
			notices.add(notice(name, "removed", List.of(), wording));
		}
		for (NoticeDiff diff : report.diffs()) {
			notices.add(notice(diff.notice(), diff.isEmpty() ? "unchanged" : "changed", diff.changes(), wording));
		}
		root.put("notices", notices);
		return Json.pretty(root);
	}

	private static Map<String, Object> notice(String name, String status, List<NoticeChange> changes,
			DiffWording wording) {
		Map<String, Object> notice = Json.object();
		notice.put("notice", name);
		notice.put("status", status);
		notice.put("material", status.equals("added") || changes.stream().anyMatch(NoticeChange::isMaterial));
		notice.put("changeCount", changes.size());
		notice.put("materialCount", (int) changes.stream().filter(NoticeChange::isMaterial).count());
		List<Object> list = new ArrayList<>();
		for (NoticeChange change : changes) {
			list.add(change(change, wording));
		}
		notice.put("changes", list);
		return notice;
	}

	private static Map<String, Object> change(NoticeChange change, DiffWording wording) {
		Map<String, Object> json = Json.object();
		json.put("type", code(change.type()));
		json.put("subject", change.subject().pathWord());
		json.put("path", change.path());
		json.put("before", change.before());
		json.put("after", change.after());
		json.put("materiality", code(change.materiality()));
		json.put("reason", change.reason() == null ? null : code(change.reason()));
		json.put("citation", change.reason() == null ? null : change.reason().citation());
		json.put("reasonText", change.reason() == null ? null : wording.reason(change.reason()));
		json.put("citationText", change.reason() == null ? null : wording.citation(change.reason()));
		json.put("beforeFile", change.beforeFile());
		json.put("beforeLine", change.beforeLine() == 0 ? null : change.beforeLine());
		json.put("afterFile", change.afterFile());
		json.put("afterLine", change.afterLine() == 0 ? null : change.afterLine());
		return json;
	}

	/** {@code NEW_PURPOSE} → {@code new-purpose}. */
	private static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
