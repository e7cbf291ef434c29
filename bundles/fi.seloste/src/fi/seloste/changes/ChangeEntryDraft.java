package fi.seloste.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import fi.seloste.diff.ChangeType;
import fi.seloste.diff.NoticeChange;
import fi.seloste.diff.NoticeDiff;
import fi.seloste.diff.Subject;
import fi.seloste.model.Selostes;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.Cookie;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.PersonalIdGround;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarker;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.TransferRecipient;

/**
 * A change entry drafted from the diff of two versions of a notice: one sentence per material change
 * (repeated sentences once), in each language of the later notice, worded in {@code changes*.properties}
 * by the change's reason. It names what changed as the notice names it (a purpose's, category's or
 * recipient's description in that language) and says nothing the diff does not show: no date, no
 * reason, no value that is not in one of the two versions. Editorial changes get no sentence: a change
 * log tells the data subjects what changed in the processing, not how the notice was reworded.
 */
public final class ChangeEntryDraft {

	private final Map<Language, List<String>> sentences;

	private ChangeEntryDraft(Map<Language, List<String>> sentences) {
		this.sentences = sentences;
	}

	/** The draft of the material changes of {@code diff} between the notices {@code earlier} and {@code later}. */
	public static ChangeEntryDraft of(NoticeDiff diff, Notice earlier, Notice later) {
		Map<Language, List<String>> sentences = new LinkedHashMap<>();
		for (Language language : fi.seloste.model.Texts.outputLanguages(later)) {
			ChangeWording wording = ChangeWording.of(language);
			Set<String> written = new LinkedHashSet<>();
			for (NoticeChange change : diff.material()) {
				written.addAll(sentences(change, earlier, later, wording));
			}
			sentences.put(language, List.copyOf(written));
		}
		return new ChangeEntryDraft(sentences);
	}

	/** Whether there is no material change to write about. */
	public boolean isEmpty() {
		return sentences.values().stream().allMatch(List::isEmpty);
	}

	/** The notice's languages, in its order. */
	public List<Language> languages() {
		return List.copyOf(sentences.keySet());
	}

	/** The sentences in one language of the notice (empty for a language the notice is not in). */
	public List<String> sentences(Language language) {
		return sentences.getOrDefault(language, List.of());
	}

	/** The entry's text in one language: its sentences, one after another. */
	public String text(Language language) {
		return String.join(" ", sentences(language));
	}

	/** The entry's text per language of the notice. */
	public Map<Language, String> texts() {
		Map<Language, String> texts = new LinkedHashMap<>();
		sentences.keySet().forEach(language -> texts.put(language, text(language)));
		return texts;
	}

	/**
	 * The first change and how many more, for a check's message, in the given language (Finnish or
	 * English: the languages of messages), whatever the notice's languages.
	 */
	public static String summary(NoticeDiff diff, Notice earlier, Notice later, Language language) {
		ChangeWording wording = ChangeWording.of(language);
		List<String> all = diff.material().stream().flatMap(c -> sentences(c, earlier, later, wording).stream()).distinct()
				.toList();
		if (all.isEmpty()) {
			return "";
		}
		String first = all.get(0).endsWith(".") ? all.get(0).substring(0, all.get(0).length() - 1) : all.get(0);
		return all.size() == 1 ? first : wording.get("draft.more", first, all.size() - 1);
	}

	/** The data of a check's issue: language code and text, per language of the notice. */
	public String[] issueData() {
		List<String> data = new ArrayList<>();
		texts().forEach((language, text) -> {
			data.add(language.getLiteral());
			data.add(text);
		});
		return data.toArray(String[]::new);
	}

	/** The texts per language carried by {@link #issueData()}. */
	public static Map<Language, String> fromIssueData(List<String> data) {
		Map<Language, String> texts = new LinkedHashMap<>();
		for (int i = 0; i + 1 < data.size(); i += 2) {
			Language language = Language.get(data.get(i));
			if (language != null) {
				texts.put(language, data.get(i + 1));
			}
		}
		return texts;
	}

	// ------------------------------------------------------------------ one sentence

	/**
	 * The sentences of one change: one, but a whole {@code rights} block removed gives one per right it
	 * stated that the later notice no longer states, named in the legal wording of the right.
	 */
	private static List<String> sentences(NoticeChange change, Notice earlier, Notice later, ChangeWording wording) {
		if (change.type() == ChangeType.REMOVED && change.subject() == Subject.RIGHTS
				&& element(earlier, change.beforeFile(), change.beforeLine(), Subject.RIGHTS) instanceof Rights rights) {
			Set<RightKind> stated = later == null ? Set.of()
					: org.eclipse.xtext.EcoreUtil2.eAllOfType(later, Right.class).stream().map(Right::getKind).collect(Collectors.toSet());
			return Selostes.members(rights.getMembers(), Right.class).stream().map(Right::getKind)
					.filter(kind -> !stated.contains(kind)).distinct()
					.map(kind -> wording.get("draft.RIGHT_REMOVED", wording.legal("right." + kind.name()))).toList();
		}
		return List.of(sentence(change, earlier, later, wording));
	}

	private static String sentence(NoticeChange change, Notice earlier, Notice later, ChangeWording wording) {
		String reason = change.reason() == null ? null : change.reason().name();
		String key = reason == null ? "draft." + change.type().name()
				: wording.has("draft." + reason + "." + change.type().name()) ? "draft." + reason + "." + change.type().name()
				: "draft." + reason;
		if (!wording.has(key)) {
			key = "draft." + change.type().name();
		}
		boolean removed = change.type() == ChangeType.REMOVED;
		Notice notice = removed ? earlier : later;
		EObject element = element(notice, removed ? change.beforeFile() : change.afterFile(),
				removed ? change.beforeLine() : change.afterLine(), change.subject());
		Optional<String> name = name(element, notice, wording);
		if (name.isEmpty() && wording.has(key + ".general")) {
			// about the notice as a whole (its retention, the provision of data): nothing to name
			return wording.get(key + ".general");
		}
		return wording.get(key, name.orElseGet(() -> lastName(change.path())));
	}

	/**
	 * How the sentence names what changed: the element's description in the language, else its name, else
	 * that of the nearest element around it below the notice; empty for what belongs to the notice itself.
	 */
	private static Optional<String> name(EObject element, Notice notice, ChangeWording wording) {
		Language language = wording.language();
		if (element instanceof Right right) {
			return Optional.of(wording.legal("right." + right.getKind().name()));
		}
		if (element instanceof Source source) {
			String kind = wording.get("source." + source.getKind().name());
			return Optional.of(source.getText() == null ? kind
					: kind + " (" + ChangeNotification.in(source.getText(), language, notice) + ")");
		}
		for (EObject current = element; current != null && !(current instanceof Notice); current = current.eContainer()) {
			Optional<String> shown = shown(current, language, notice);
			if (shown.isPresent()) {
				return shown;
			}
		}
		return Optional.empty();
	}

	/** The description of an element that has one of its own, in the language. */
	private static Optional<String> shown(EObject element, Language language, Notice notice) {
		Text label = switch (element) {
			case Purpose purpose -> purpose.getLabel();
			case DataCategory category -> category.getLabel();
			case SubjectGroup group -> group.getLabel();
			case Register register -> register.getLabel();
			case Cookie cookie -> cookie.getLabel();
			case Party party -> party.getLabel() != null ? party.getLabel()
					: Selostes.details(party.getMembers(), DetailKind.NAME).stream().findFirst().map(d -> d.getValue())
							.orElse(null);
			case Controller controller -> Selostes.details(controller.getDetails(), DetailKind.NAME).stream().findFirst()
					.map(d -> d.getValue()).orElse(null);
			default -> null;
		};
		if (label != null) {
			String text = ChangeNotification.in(label, language, notice);
			return text.isBlank() ? Optional.empty() : Optional.of(text);
		}
		if (element instanceof Transfer transfer) {
			String recipients = transfer.getMembers().stream().filter(TransferRecipient.class::isInstance)
					.map(m -> ((TransferRecipient) m).getRecipient()).filter(p -> p != null && !p.eIsProxy())
					.map(p -> shown(p, language, notice).orElse(p.getName())).collect(Collectors.joining(", "));
			if (!recipients.isEmpty()) {
				return Optional.of(recipients);
			}
		}
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name != null && element.eGet(name) instanceof String written && !written.isBlank() ? Optional.of(written)
				: Optional.empty();
	}

	/** The last name in a change's path: {@code register A / purpose B / basis} gives {@code B}. */
	private static String lastName(String path) {
		String[] segments = path == null ? new String[0] : path.split(" / ");
		for (int i = segments.length - 1; i >= 0; i--) {
			int space = segments[i].indexOf(' ');
			if (space > 0) {
				return segments[i].substring(space + 1);
			}
		}
		return path == null ? "" : path;
	}

	// ------------------------------------------------------------------ finding the element of a change

	/** The element of the subject's kind that starts on the line (of the named file, else the notice's). */
	private static EObject element(Notice notice, String file, int line, Subject subject) {
		if (notice == null || line <= 0) {
			return null;
		}
		Resource resource = resource(notice, file);
		if (resource == null) {
			return null;
		}
		Class<?> type = type(subject);
		EObject first = null;
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			EObject candidate = contents.next();
			ICompositeNode node = NodeModelUtils.getNode(candidate);
			if (node == null || node.getStartLine() != line) {
				continue;
			}
			if (type != null && type.isInstance(candidate)) {
				return candidate;
			}
			if (first == null) {
				first = candidate;
			}
		}
		return first;
	}

	private static Resource resource(Notice notice, String file) {
		Resource own = notice.eResource();
		if (file == null || own == null || (own.getURI() != null && file.equals(fileName(own)))) {
			return own;
		}
		if (own.getResourceSet() != null) {
			for (Resource resource : own.getResourceSet().getResources()) {
				if (resource.getURI() != null && file.equals(fileName(resource))) {
					return resource;
				}
			}
		}
		return own;
	}

	/** The file name of a resource as the diff names it (SourceText: decoded). */
	private static String fileName(Resource resource) {
		return org.eclipse.emf.common.util.URI.decode(resource.getURI().lastSegment());
	}

	private static Class<?> type(Subject subject) {
		return switch (subject) {
			case PURPOSE -> Purpose.class;
			case RECIPIENT -> Party.class;
			case TRANSFER -> Transfer.class;
			case SAFEGUARD -> Safeguard.class;
			case RETENTION -> Retention.class;
			case BASIS -> LegalBasis.class;
			case SPECIAL_CONDITION -> SpecialCondition.class;
			case PERSONAL_ID_GROUND -> PersonalIdGround.class;
			case DATA_CATEGORY -> DataCategory.class;
			case DATA_SUBJECTS -> SubjectGroup.class;
			case SOURCE -> Source.class;
			case CONTROLLER -> Controller.class;
			case RIGHT -> Right.class;
			case RIGHTS -> Rights.class;
			case COOKIE -> Cookie.class;
			case MARKER -> PurposeMarker.class;
			case PROVISION -> Provision.class;
			case AUTOMATED_DECISION_MAKING, PROFILING -> AutomatedProcessing.class;
			case REGISTER -> Register.class;
			default -> null;
		};
	}
}
