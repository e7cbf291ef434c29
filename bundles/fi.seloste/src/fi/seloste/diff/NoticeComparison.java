package fi.seloste.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.seloste.seloste.Notice;

/**
 * The semantic diff of two versions of a notice: what was added, removed, changed or renamed, each
 * change classified as material (with its reason and provision) or editorial. Both notices must be
 * linked, each in its own resource set; organisation-file declarations they use or import are compared
 * as part of the notice.
 */
public final class NoticeComparison {

	private NoticeComparison() {
	}

	public static NoticeDiff compare(Notice before, Notice after) {
		return new TreeDiff(NoticeTree.of(before), NoticeTree.of(after)).diff(after.getName());
	}

	/** A notice of the later side, the notice of the same name on the earlier side, and their diff. */
	public record Compared(Notice before, Notice after, NoticeDiff diff) {
	}

	/**
	 * The notices found on both sides under one name, each compared, in the order of the later side
	 * (what a change entry or a notification is drafted from: a notice that is new has no earlier version).
	 */
	public static List<Compared> sameNamed(Map<String, Notice> before, Map<String, Notice> after) {
		List<Compared> compared = new ArrayList<>();
		for (Map.Entry<String, Notice> entry : after.entrySet()) {
			Notice earlier = before.get(entry.getKey());
			if (earlier != null) {
				compared.add(new Compared(earlier, entry.getValue(), compare(earlier, entry.getValue())));
			}
		}
		return compared;
	}

	/**
	 * The notices of two sides compared by name. When one notice is left on each side, it is one notice
	 * renamed (its diff starts with the rename); other unmatched notices are added or removed.
	 */
	public static DiffReport compare(String beforeLabel, Map<String, Notice> before, String afterLabel,
			Map<String, Notice> after) {
		List<NoticeDiff> diffs = new ArrayList<>();
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>(before.keySet());
		removed.removeAll(after.keySet());
		for (Map.Entry<String, Notice> entry : after.entrySet()) {
			Notice earlier = before.get(entry.getKey());
			if (earlier != null) {
				diffs.add(compare(earlier, entry.getValue()));
			} else {
				added.add(entry.getKey());
			}
		}
		if (added.size() == 1 && removed.size() == 1) {
			diffs.add(compare(before.get(removed.get(0)), after.get(added.get(0))));
			added.clear();
			removed.clear();
		}
		return new DiffReport(beforeLabel, afterLabel, diffs, added, removed);
	}
}
