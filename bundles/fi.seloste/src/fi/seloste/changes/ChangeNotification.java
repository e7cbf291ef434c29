package fi.seloste.changes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.seloste.model.Dates;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.Title;

/**
 * A short message to the data subjects about the material changes of a notice, in each language of
 * the notice, for the legal engineer to edit and send (plain text). It says what changes (the
 * sentences of the drafted change entry), from when (the new version's effective date only when the
 * source states one that the earlier version did not; else a placeholder to fill in), the rights the
 * notice states, each with its article, and the right to lodge a complaint (Art 77), where the notice
 * is (its own web address when it states one; else a placeholder) and the controller's contact details
 * the notice states. Nothing else: no reason for a change and no date the source does not give.
 */
public final class ChangeNotification {

	private ChangeNotification() {
	}

	/** The notification per language of the later notice; empty when the draft has no material change. */
	public static Map<Language, String> draft(Notice earlier, Notice later, ChangeEntryDraft changes) {
		Map<Language, String> result = new LinkedHashMap<>();
		if (changes.isEmpty()) {
			return result;
		}
		for (Language language : Texts.outputLanguages(later)) {
			result.put(language, text(earlier, later, changes.sentences(language), ChangeWording.of(language)));
		}
		return result;
	}

	private static String text(Notice earlier, Notice later, List<String> sentences, ChangeWording wording) {
		Language language = wording.language();
		StringBuilder text = new StringBuilder();
		text.append(wording.get("notification.subject")).append("\n\n");
		text.append(wording.get("notification.greeting")).append("\n\n");
		Optional<String> title = Selostes.members(later.getMembers(), Title.class).stream().findFirst()
				.map(t -> in(t.getText(), language, later));
		text.append(title.filter(t -> !t.isBlank()).map(t -> wording.get("notification.intro", t))
				.orElseGet(() -> wording.get("notification.introUntitled"))).append("\n\n");
		for (String sentence : sentences) {
			text.append("- ").append(sentence).append('\n');
		}
		text.append('\n');
		text.append(newEffectiveDate(earlier, later).map(d -> wording.get("notification.effective", wording.date(d)))
				.orElseGet(() -> wording.get("notification.effectivePlaceholder"))).append("\n\n");
		text.append(wording.get("notification.rights")).append('\n');
		for (RightKind right : rights(later)) {
			text.append("- ").append(wording.legal("right." + right.name())).append('\n');
		}
		text.append('\n');
		Optional<String> address = Selostes.details(later.getMembers(), DetailKind.WEBSITE).stream().findFirst()
				.map(d -> in(d.getValue(), language, later)).filter(a -> !a.isBlank());
		text.append(address.map(a -> wording.get("notification.where", a))
				.orElseGet(() -> wording.get("notification.wherePlaceholder"))).append("\n\n");
		Optional<Controller> controller = Selostes.controllers(later).stream().findFirst();
		List<String> contact = new ArrayList<>();
		controller.ifPresent(c -> {
			detail(c, DetailKind.NAME, language, later).ifPresent(contact::add);
			detail(c, DetailKind.EMAIL, language, later).ifPresent(contact::add);
			detail(c, DetailKind.PHONE, language, later).ifPresent(contact::add);
		});
		if (!contact.isEmpty()) {
			text.append(wording.get("notification.contact", String.join(", ", contact))).append("\n\n");
		}
		text.append(wording.get("notification.closing")).append('\n');
		text.append(controller.flatMap(c -> detail(c, DetailKind.NAME, language, later))
				.orElseGet(() -> wording.get("notification.senderPlaceholder"))).append('\n');
		return text.toString();
	}

	/**
	 * The effective date of the new version: the later notice's {@code voimassa} date when the earlier
	 * version did not state the same one (then it is the earlier version's date, not the new one's).
	 */
	static Optional<String> newEffectiveDate(Notice earlier, Notice later) {
		Optional<String> laterDate = effective(later);
		if (laterDate.isEmpty() || laterDate.equals(effective(earlier))) {
			return Optional.empty();
		}
		return laterDate;
	}

	private static Optional<String> effective(Notice notice) {
		return Selostes.members(notice.getMembers(), DateEntry.class).stream()
				.filter(d -> d.getKind() == DateKind.EFFECTIVE && d.getDate() != null)
				.map(d -> Dates.iso(d.getDate())).filter(d -> Dates.parse(d).isPresent()).reduce((a, b) -> b);
	}

	/** The rights the notice states (in the notice or any register), in the order of Art 13(2)(b)-(d), and Art 77 always. */
	private static Set<RightKind> rights(Notice notice) {
		Set<RightKind> rights = EnumSet.noneOf(RightKind.class);
		List<Rights> blocks = new ArrayList<>(Selostes.members(notice.getMembers(), Rights.class));
		for (Register register : Selostes.registers(notice)) {
			blocks.addAll(Selostes.members(register.getMembers(), Rights.class));
		}
		Selostes.rights(blocks).map(Right::getKind).forEach(rights::add);
		// Art 77(1): every data subject has the right to lodge a complaint, whatever the notice states
		rights.add(RightKind.COMPLAINT);
		return rights;
	}

	private static Optional<String> detail(Controller controller, DetailKind kind, Language language, Notice notice) {
		return Selostes.details(controller.getDetails(), kind).stream().findFirst()
				.map(d -> in(d.getValue(), language, notice)).filter(v -> !v.isBlank());
	}

	/** A text in the language, else in the notice's first language, else its first variant. */
	static String in(Text text, Language language, Notice notice) {
		Map<Language, String> variants = Texts.variants(text);
		if (variants.containsKey(language)) {
			return variants.get(language);
		}
		List<Language> languages = Texts.outputLanguages(notice);
		if (!languages.isEmpty() && variants.containsKey(languages.get(0))) {
			return variants.get(languages.get(0));
		}
		return Texts.firstValue(text);
	}
}
