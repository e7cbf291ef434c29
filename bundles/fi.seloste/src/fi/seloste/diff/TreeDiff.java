package fi.seloste.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the trees of two versions of a notice: elements are matched by kind and name (unnamed ones
 * by kind and what distinguishes them, then in order), so that reordering is no change; an element
 * removed and another added with the same content is a rename; what is left is added, removed or
 * changed. Classification is {@link ChangeClassifier}'s.
 */
final class TreeDiff {

	/** Unnamed elements that, left over one on each side, are one element whose kind changed. */
	private static final Set<Subject> PAIRABLE = Set.of(Subject.BASIS, Subject.SPECIAL_CONDITION, Subject.SAFEGUARD,
			Subject.SOURCE, Subject.PROVISION, Subject.RETENTION, Subject.SECURITY_MEASURE);

	private final Node before;
	private final Node after;
	private final Renames renames = new Renames();
	private final List<RawChange> changes = new ArrayList<>();

	TreeDiff(Node before, Node after) {
		this.before = before;
		this.after = after;
	}

	NoticeDiff diff(String notice) {
		// Renames first, twice: a rename can make the contents of another renamed element equal.
		findRenames(before, after);
		findRenames(before, after);
		if (!Objects.equals(before.name, after.name)) {
			changes.add(new RawChange(ChangeType.RENAMED, before, after, null, false));
		}
		compare(before, after);
		ChangeClassifier classifier = new ChangeClassifier(before, after, renames);
		return new NoticeDiff(notice, changes.stream().map(classifier::toChange).toList());
	}

	// ------------------------------------------------------------------ matching

	private record Pair(Node before, Node after) {
	}

	private void findRenames(Node earlier, Node later) {
		for (Pair pair : match(earlier.children, later.children, true)) {
			if (pair.before() != null && pair.after() != null) {
				findRenames(pair.before(), pair.after());
			}
		}
	}

	/**
	 * The children of two matched elements paired, in the later order, with removed ones where they stood;
	 * with {@code recordRenames}, leftover named elements of equal content are recorded as renamed.
	 */
	private List<Pair> match(List<Node> earlier, List<Node> later, boolean recordRenames) {
		Set<Node> used = new HashSet<>();
		Node[] partner = new Node[later.size()];
		// 1. same key, identical content first
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < later.size(); i++) {
				if (partner[i] != null) {
					continue;
				}
				Node candidate = later.get(i);
				for (Node old : earlier) {
					if (!used.contains(old) && key(old).equals(candidate.key())
							&& (pass == 1 || old.signature(renames).equals(candidate.signature(Renames.NONE)))) {
						partner[i] = old;
						used.add(old);
						break;
					}
				}
			}
		}
		// 2. renames: a named element left over on each side with the same content
		for (int i = 0; i < later.size(); i++) {
			Node candidate = later.get(i);
			if (partner[i] != null || candidate.name == null) {
				continue;
			}
			for (Node old : earlier) {
				if (!used.contains(old) && old.name != null && old.subject == candidate.subject
						&& old.signature(renames).equals(candidate.signature(Renames.NONE))) {
					partner[i] = old;
					used.add(old);
					if (recordRenames) {
						renames.add(old.subject, old.name, candidate.name);
					}
					break;
				}
			}
		}
		// 3. an unnamed element whose kind changed: the only one of its subject left on each side
		for (int i = 0; i < later.size(); i++) {
			Node candidate = later.get(i);
			if (partner[i] != null || candidate.name != null || !PAIRABLE.contains(candidate.subject)) {
				continue;
			}
			List<Node> leftBefore = earlier.stream()
					.filter(o -> !used.contains(o) && o.subject == candidate.subject && o.name == null).toList();
			long leftAfter = java.util.stream.IntStream.range(0, later.size())
					.filter(j -> partner[j] == null && later.get(j).subject == candidate.subject && later.get(j).name == null)
					.count();
			if (leftBefore.size() == 1 && leftAfter == 1) {
				partner[i] = leftBefore.get(0);
				used.add(leftBefore.get(0));
			}
		}
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < later.size(); i++) {
			pairs.add(new Pair(partner[i], later.get(i)));
		}
		// removed elements go after the pair of the element that preceded them in the earlier version
		for (int j = 0; j < earlier.size(); j++) {
			Node old = earlier.get(j);
			if (used.contains(old)) {
				continue;
			}
			int at = 0;
			for (int k = 0; k < pairs.size(); k++) {
				Node matched = pairs.get(k).before();
				if (matched != null && earlier.indexOf(matched) < j) {
					at = k + 1;
				}
			}
			pairs.add(at, new Pair(old, null));
		}
		return pairs;
	}

	private String key(Node earlier) {
		return earlier.name == null ? earlier.key()
				: earlier.subject + ":" + renames.current(earlier.subject, earlier.name);
	}

	// ------------------------------------------------------------------ comparing

	private void compare(Node earlier, Node later) {
		if (earlier.value != null || later.value != null) {
			if (!sameValue(earlier.value, later.value)) {
				changes.add(new RawChange(ChangeType.CHANGED, earlier, later, null, false));
			}
		}
		Set<String> attributes = new LinkedHashSet<>(later.attributes.keySet());
		attributes.addAll(earlier.attributes.keySet());
		for (String attribute : attributes) {
			if (!sameValue(earlier.attributes.get(attribute), later.attributes.get(attribute))) {
				changes.add(new RawChange(ChangeType.CHANGED, earlier, later, attribute, false));
			}
		}
		for (Pair pair : match(earlier.children, later.children, false)) {
			if (pair.after() == null) {
				changes.add(new RawChange(ChangeType.REMOVED, pair.before(), null, null, false));
			} else if (pair.before() == null) {
				changes.add(new RawChange(ChangeType.ADDED, null, pair.after(), null, false));
			} else if (pair.before().name != null && !pair.before().name.equals(pair.after().name)) {
				changes.add(new RawChange(ChangeType.RENAMED, pair.before(), pair.after(), null, false));
				compare(pair.before(), pair.after());
			} else if (!Objects.equals(pair.before().discriminator, pair.after().discriminator)) {
				changes.add(new RawChange(ChangeType.CHANGED, pair.before(), pair.after(), null, true));
			} else {
				compare(pair.before(), pair.after());
			}
		}
	}

	private boolean sameValue(Value earlier, Value later) {
		if (earlier == null || later == null) {
			return earlier == later || isEmpty(earlier) && isEmpty(later);
		}
		return earlier.sameAs(later, renames);
	}

	private static boolean isEmpty(Value value) {
		return value == null || value.compared() == null && value.references() == null;
	}
}
