package fi.seloste.diff;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fi.seloste.law.Countries;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.Text;

/**
 * The one place that decides whether a change is material, and why (the reasons and their provisions
 * are {@link MaterialReason}). A change is material when it changes the processing or the data
 * subject's position in a way Art 13/14 obliges the controller to tell: a new purpose, recipient,
 * transfer or source, a changed basis or safeguard, a longer retention, newly processed special
 * categories, profiling or automated decisions introduced, a right no longer stated, a different
 * controller. Everything else is editorial: wording, order, names, dates, contact details, and changes
 * that process less (a purpose or recipient removed, a shorter retention). When a change cannot be told
 * to process less (a retention that changes shape), it is material.
 */
final class ChangeClassifier {

	private record Classification(Materiality materiality, MaterialReason reason) {
		static final Classification EDITORIAL = new Classification(Materiality.EDITORIAL, null);

		static Classification material(MaterialReason reason) {
			return new Classification(Materiality.MATERIAL, reason);
		}
	}

	private final Node before;
	private final Node after;
	private final Renames renames;

	ChangeClassifier(Node before, Node after, Renames renames) {
		this.before = before;
		this.after = after;
		this.renames = renames;
	}

	NoticeChange toChange(RawChange change) {
		Classification classification = classify(change);
		Node node = change.node();
		String path = change.type() == ChangeType.RENAMED && node.parent == null ? "notice"
				: change.attribute() == null ? node.path() : node.path() + " / " + change.attribute();
		String beforeText;
		String afterText;
		if (change.type() == ChangeType.RENAMED) {
			beforeText = change.before().name;
			afterText = change.after().name;
		} else if (change.type() == ChangeType.ADDED || change.type() == ChangeType.REMOVED || change.kindChanged()) {
			beforeText = change.before() == null ? null : change.before().summary;
			afterText = change.after() == null ? null : change.after().summary;
		} else {
			beforeText = display(change.beforeValue());
			afterText = display(change.afterValue());
		}
		return new NoticeChange(change.type(), node.subject, path, beforeText, afterText, classification.materiality(),
				classification.reason(), line(change.beforeValue(), change.before()), line(change.afterValue(), change.after()),
				file(change.beforeValue(), change.before()), file(change.afterValue(), change.after()));
	}

	private static String display(Value value) {
		return value == null ? null : value.display();
	}

	private static int line(Value value, Node node) {
		if (node == null) {
			return 0;
		}
		int line = value == null || value.source() == null ? 0 : SourceText.line(value.source());
		return line > 0 ? line : SourceText.line(node.source);
	}

	private static String file(Value value, Node node) {
		if (node == null) {
			return null;
		}
		String file = value == null || value.source() == null ? null : SourceText.file(value.source());
		return file != null ? file : SourceText.file(node.source);
	}

	// ------------------------------------------------------------------ the rules

	private Classification classify(RawChange change) {
		return switch (change.type()) {
			case RENAMED -> Classification.EDITORIAL;
			case ADDED -> added(change.after());
			case REMOVED -> removed(change.before());
			case CHANGED -> change.kindChanged() ? kindChanged(change.before(), change.after()) : changed(change);
		};
	}

	/** An added element is material for what it is, or for the first material element it brings. */
	private Classification added(Node node) {
		Classification own = addedItself(node);
		if (own.materiality() == Materiality.MATERIAL) {
			return own;
		}
		for (Node child : node.children) {
			Classification inside = added(child);
			if (inside.materiality() == Materiality.MATERIAL) {
				return inside;
			}
		}
		return own;
	}

	private Classification addedItself(Node node) {
		return switch (node.subject) {
			case PURPOSE -> Classification.material(MaterialReason.NEW_PURPOSE);
			case RECIPIENT -> Classification.material(MaterialReason.NEW_RECIPIENT);
			case TRANSFER -> Classification.material(MaterialReason.NEW_OR_CHANGED_TRANSFER);
			case SAFEGUARD -> Classification.material(MaterialReason.CHANGED_SAFEGUARD);
			case BASIS -> Classification.material(MaterialReason.CHANGED_BASIS);
			case SPECIAL_CONDITION -> specialCondition(node);
			case SOURCE -> Classification.material(MaterialReason.NEW_SOURCE);
			case CONTROLLER -> Classification.material(MaterialReason.CHANGED_CONTROLLER);
			case DATA_CATEGORY -> newFlags(List.of(), flags(node.attributes.get("flags")));
			case MARKER -> marker(node.discriminator);
			case AUTOMATED_DECISION_MAKING, PROFILING -> used(node) ? introduced(node.subject) : Classification.EDITORIAL;
			case RETENTION -> categoryRetentionAdded(node);
			default -> Classification.EDITORIAL;
		};
	}

	/**
	 * A category given a retention of its own was kept as long as its purpose's data: compared with that,
	 * the new one may be longer. Nothing stated before for the purpose: nothing to compare (editorial).
	 */
	private Classification categoryRetentionAdded(Node retention) {
		if (retention.discriminator == null || retention.parent == null) {
			return Classification.EDITORIAL;
		}
		Node earlierHolder = counterpart(retention.parent, true);
		Node applied = earlierHolder == null ? null : purposeRetention(earlierHolder);
		return applied == null ? Classification.EDITORIAL : retention(applied, retention);
	}

	/** A category's own retention removed: its data are kept as long as the purpose's now, perhaps longer. */
	private Classification categoryRetentionRemoved(Node retention) {
		if (retention.discriminator == null || retention.parent == null) {
			return Classification.EDITORIAL;
		}
		Node laterHolder = counterpart(retention.parent, false);
		Node applies = laterHolder == null ? null : purposeRetention(laterHolder);
		return applies == null ? Classification.EDITORIAL : retention(retention, applies);
	}

	/** The retention of a purpose as a whole (not that of one of its categories). */
	private static Node purposeRetention(Node purpose) {
		return purpose.children.stream().filter(c -> c.subject == Subject.RETENTION && c.discriminator == null)
				.findFirst().orElse(null);
	}

	/** The element of the other version matched with {@code node} (of the later version when {@code later}). */
	private Node counterpart(Node node, boolean later) {
		if (node.parent == null) {
			return later ? before : after;
		}
		Node otherParent = counterpart(node.parent, later);
		if (otherParent == null) {
			return null;
		}
		for (Node candidate : otherParent.children) {
			if (candidate.subject != node.subject) {
				continue;
			}
			boolean same = node.name == null ? candidate.name == null && candidate.key().equals(node.key())
					: candidate.name != null && (later ? renames.current(candidate.subject, candidate.name).equals(node.name)
							: candidate.name.equals(renames.current(node.subject, node.name)));
			if (same) {
				return candidate;
			}
		}
		return null;
	}

	/** Processing less is editorial; removing a basis, safeguard, controller or a right is not. */
	private Classification removed(Node node) {
		return switch (node.subject) {
			case RIGHT -> rightStillStated(node.discriminator) ? Classification.EDITORIAL
					: Classification.material(MaterialReason.RIGHT_REMOVED);
			case RIGHTS -> node.children.stream().anyMatch(c -> c.subject == Subject.RIGHT && !rightStillStated(c.discriminator))
					? Classification.material(MaterialReason.RIGHT_REMOVED) : Classification.EDITORIAL;
			case CONTROLLER -> Classification.material(MaterialReason.CHANGED_CONTROLLER);
			case SAFEGUARD -> Classification.material(MaterialReason.CHANGED_SAFEGUARD);
			case BASIS -> Classification.material(MaterialReason.CHANGED_BASIS);
			case SPECIAL_CONDITION -> specialCondition(node);
			case RETENTION -> categoryRetentionRemoved(node);
			default -> Classification.EDITORIAL;
		};
	}

	private Classification kindChanged(Node earlier, Node later) {
		return switch (later.subject) {
			case BASIS -> Classification.material(MaterialReason.CHANGED_BASIS);
			case SPECIAL_CONDITION -> specialCondition(later);
			case SAFEGUARD -> Classification.material(MaterialReason.CHANGED_SAFEGUARD);
			case SOURCE -> Classification.material(MaterialReason.NEW_SOURCE);
			case PROVISION -> Classification.material(MaterialReason.CHANGED_PROVISION);
			case RETENTION -> retention(earlier, later);
			default -> Classification.EDITORIAL;
		};
	}

	private Classification changed(RawChange change) {
		Node node = change.after();
		String attribute = change.attribute();
		if (attribute == null) {
			return switch (node.subject) {
				case RETENTION -> retention(change.before(), node);
				case AUTOMATED_DECISION_MAKING, PROFILING -> used(node) && !used(change.before())
						? introduced(node.subject) : Classification.EDITORIAL;
				case DETAIL -> detail(change.before(), node);
				default -> Classification.EDITORIAL;
			};
		}
		return switch (node.subject + "." + attribute) {
			case "CONTROLLER.kind" -> Classification.material(MaterialReason.CHANGED_CONTROLLER);
			case "RECIPIENT.kind" -> Classification.material(MaterialReason.CHANGED_RECIPIENT);
			case "RECIPIENT.serves" -> servesMore(change.beforeValue(), change.afterValue())
					? Classification.material(MaterialReason.NEW_RECIPIENT) : Classification.EDITORIAL;
			case "TRANSFER.recipients" -> addsNames(change.beforeValue(), change.afterValue())
					? Classification.material(MaterialReason.NEW_OR_CHANGED_TRANSFER) : Classification.EDITORIAL;
			// without `tarkoituksiin` a transfer serves the whole register
			case "TRANSFER.serves" -> change.beforeValue() != null
					&& (change.afterValue() == null || addsNames(change.beforeValue(), change.afterValue()))
					? Classification.material(MaterialReason.NEW_OR_CHANGED_TRANSFER) : Classification.EDITORIAL;
			case "DATA_CATEGORY.flags" -> newFlags(flags(change.beforeValue()), flags(change.afterValue()));
			case "PURPOSE.data" -> newlyUsedFlags(change.beforeValue(), change.afterValue());
			default -> Classification.EDITORIAL;
		};
	}

	// ------------------------------------------------------------------ single rules

	private static Classification retention(Node earlier, Node later) {
		if (later.parent != null && later.parent.subject == Subject.COOKIE) {
			// a cookie's lifetime on the user's device: its consent is the cookie rules' matter (917/2014 205 §)
			return Classification.EDITORIAL;
		}
		Period from = earlier.value == null ? null : (Period) earlier.value.source();
		Period to = later.value == null ? null : (Period) later.value.source();
		return switch (Periods.compare(from, to)) {
			case LONGER -> Classification.material(MaterialReason.LONGER_RETENTION);
			case NOT_COMPARABLE -> Classification.material(MaterialReason.CHANGED_RETENTION);
			case SHORTER, SAME -> Classification.EDITORIAL;
		};
	}

	/**
	 * A controller's name or business ID is its identity (Art 13(1)(a)); a country may move a recipient out of
	 * the EEA; a transfer's stated country is where the data go (Art 13(1)(f)).
	 */
	private static Classification detail(Node earlier, Node later) {
		Subject holder = later.parent == null ? null : later.parent.subject;
		String kind = later.discriminator;
		if (holder == Subject.CONTROLLER && ("name".equals(kind) || "business-id".equals(kind))) {
			return Classification.material(MaterialReason.CHANGED_CONTROLLER);
		}
		if (holder == Subject.TRANSFER && "country".equals(kind)) {
			return Classification.material(MaterialReason.NEW_OR_CHANGED_TRANSFER);
		}
		if (holder == Subject.RECIPIENT && "country".equals(kind)
				&& (thirdCountry(earlier.value) || thirdCountry(later.value))) {
			return Classification.material(MaterialReason.NEW_OR_CHANGED_TRANSFER);
		}
		return Classification.EDITORIAL;
	}

	private static boolean thirdCountry(Value value) {
		if (value == null || !(value.source() instanceof Text text)) {
			return false;
		}
		String code = Texts.firstValue(text).strip().toUpperCase(java.util.Locale.ROOT);
		return Countries.isCode(code) && Countries.isThirdCountry(code);
	}

	private static boolean used(Node node) {
		return node != null && node.value != null && "USED".equals(node.value.compared());
	}

	private static Classification introduced(Subject subject) {
		return Classification.material(subject == Subject.PROFILING ? MaterialReason.PROFILING_INTRODUCED
				: MaterialReason.AUTOMATED_DECISION_MAKING_INTRODUCED);
	}

	/** Art 10's authorisation for criminal data is not an Art 9(2) condition, though written alike. */
	private static Classification specialCondition(Node node) {
		return Classification.material("criminal-data-authorised".equals(node.discriminator)
				? MaterialReason.CHANGED_CRIMINAL_DATA_AUTHORISATION : MaterialReason.CHANGED_SPECIAL_CONDITION);
	}

	private static Classification marker(String kind) {
		return switch (kind) {
			case "profiling" -> Classification.material(MaterialReason.PROFILING_INTRODUCED);
			case "direct-marketing" -> Classification.material(MaterialReason.DIRECT_MARKETING_INTRODUCED);
			default -> Classification.EDITORIAL;
		};
	}

	private boolean rightStillStated(String kind) {
		return anywhere(after, Subject.RIGHT, kind);
	}

	private static boolean anywhere(Node node, Subject subject, String discriminator) {
		if (node.subject == subject && discriminator.equals(node.discriminator)) {
			return true;
		}
		return node.children.stream().anyMatch(c -> anywhere(c, subject, discriminator));
	}

	@SuppressWarnings("unchecked")
	private static List<String> flags(Value value) {
		return value == null || value.compared() == null ? List.of() : (List<String>) value.compared();
	}

	private static Classification newFlags(List<String> earlier, List<String> later) {
		if (later.contains("SPECIAL") && !earlier.contains("SPECIAL")) {
			return Classification.material(MaterialReason.NEW_SPECIAL_CATEGORY);
		}
		if (later.contains("CRIMINAL") && !earlier.contains("CRIMINAL")) {
			return Classification.material(MaterialReason.NEW_CRIMINAL_DATA);
		}
		if (later.contains("PERSONAL_ID_CODE") && !earlier.contains("PERSONAL_ID_CODE")) {
			return Classification.material(MaterialReason.NEW_PERSONAL_IDENTITY_CODE);
		}
		return Classification.EDITORIAL;
	}

	/** A purpose that now uses a flagged category processes that kind of data for the first time there. */
	private Classification newlyUsedFlags(Value earlier, Value later) {
		Set<String> old = names(earlier);
		for (String name : names(later)) {
			if (!old.contains(name)) {
				Classification flagged = newFlags(List.of(), flags(category(after, name)));
				if (flagged.materiality() == Materiality.MATERIAL) {
					return flagged;
				}
			}
		}
		return Classification.EDITORIAL;
	}

	private static Value category(Node node, String name) {
		if (node.subject == Subject.DATA_CATEGORY && name.equals(node.name)) {
			return node.attributes.get("flags");
		}
		for (Node child : node.children) {
			Value found = category(child, name);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private boolean servesMore(Value earlier, Value later) {
		Set<String> to = names(later);
		return !names(earlier).contains("*") && (to.contains("*") || addsNames(earlier, later));
	}

	private boolean addsNames(Value earlier, Value later) {
		Set<String> from = names(earlier);
		return names(later).stream().anyMatch(n -> !from.contains(n));
	}

	/** The referenced names of an earlier value under the comparison's renames, or of a later value. */
	private Set<String> names(Value value) {
		if (value == null || value.references() == null) {
			return Set.of();
		}
		return value.references().stream().map(n -> value.referenced() == null ? n : renames.current(value.referenced(), n))
				.collect(Collectors.toSet());
	}
}
