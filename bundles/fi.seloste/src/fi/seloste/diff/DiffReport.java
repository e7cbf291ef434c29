package fi.seloste.diff;

import java.util.List;

/**
 * The comparison of two versions of a set of notices, as the command line, the Maven goal and the
 * editor report it.
 *
 * @param before how the earlier side is named (a path, or {@code REV:PATH})
 * @param after how the later side is named
 * @param diffs one per notice on both sides (also unchanged ones), in the later side's order
 * @param added notices only on the later side
 * @param removed notices only on the earlier side
 */
public record DiffReport(String before, String after, List<NoticeDiff> diffs, List<String> added,
		List<String> removed) {

	public DiffReport {
		diffs = List.copyOf(diffs);
		added = List.copyOf(added);
		removed = List.copyOf(removed);
	}

	public boolean hasChanges() {
		return !added.isEmpty() || !removed.isEmpty() || diffs.stream().anyMatch(d -> !d.isEmpty());
	}

	public boolean hasMaterialChanges() {
		return !added.isEmpty() || diffs.stream().anyMatch(NoticeDiff::hasMaterialChanges);
	}
}
