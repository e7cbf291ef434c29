package fi.seloste.diff;

import java.util.List;

/**
 * The changes between two versions of one notice, in the order of the later notice (removed elements
 * where they stood in the earlier one).
 *
 * @param notice the notice's name (the later one's, if it was renamed)
 */
public record NoticeDiff(String notice, List<NoticeChange> changes) {

	public NoticeDiff {
		changes = List.copyOf(changes);
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	/** The material changes, in order. */
	public List<NoticeChange> material() {
		return changes.stream().filter(NoticeChange::isMaterial).toList();
	}

	public boolean hasMaterialChanges() {
		return changes.stream().anyMatch(NoticeChange::isMaterial);
	}
}
