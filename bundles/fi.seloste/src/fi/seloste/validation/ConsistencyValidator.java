package fi.seloste.validation;

import static fi.seloste.model.Selostes.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import fi.seloste.law.CookieConsentSigns;
import fi.seloste.law.ProfilingSigns;
import fi.seloste.law.RightsMisstatements;
import fi.seloste.law.VagueRecipients;
import fi.seloste.model.Dates;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.Location;
import fi.seloste.model.resolved.ResolvedRecipient;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.model.resolved.ResolvedTransfer;
import fi.seloste.model.Selostes;
import fi.seloste.seloste.AutomatedKind;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.Cookie;
import fi.seloste.seloste.CookieClass;
import fi.seloste.seloste.CookieLifetime;
import fi.seloste.seloste.CookiePolicy;
import fi.seloste.seloste.CookieProvider;
import fi.seloste.seloste.CookiePurpose;
import fi.seloste.seloste.CookieType;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Exercise;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.NoRecipients;
import fi.seloste.seloste.NoTransfers;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.PartyKind;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarker;
import fi.seloste.seloste.PurposeMarkerKind;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.RegisterRole;
import fi.seloste.seloste.ResponseTime;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.TransferRecipient;
import fi.seloste.seloste.UsageStatus;
import fi.seloste.seloste.Use;
import fi.seloste.seloste.Version;

/** The notice agrees with itself: transfers, cookies, profiling, ranges, dates and names. */
public class ConsistencyValidator extends SelosteCheckBase {

	@Inject
	private IQualifiedNameProvider names;

	@Check
	public void checkThirdCountries(Register register) {
		Optional<ResolvedRegister> resolved = resolved(register).flatMap(n -> n.register(register));
		if (resolved.isEmpty()) {
			return;
		}
		List<ResolvedTransfer> transfers = resolved.get().transfers().items();
		boolean generalTransfer = transfers.stream().anyMatch(t -> t.transfer() != null
				&& members(t.transfer().getMembers(), TransferRecipient.class).isEmpty());
		Set<Party> transferred = new HashSet<>();
		transfers.forEach(t -> t.recipients().forEach(r -> transferred.add(r.party())));
		List<NoTransfers> noTransfers = members(register.getMembers(), NoTransfers.class);
		for (ResolvedRecipient recipient : resolved.get().recipients().items()) {
			Location location = recipient.location();
			Party party = recipient.party();
			boolean transferDescribed = generalTransfer || transferred.contains(party);
			// a party of the register (or the notice) itself, or the line that uses it
			EObject anchor = recipient.statedBy();
			EStructuralFeature feature = anchor instanceof Use ? Literals.USE__ELEMENT : Literals.PARTY__NAME;
			// a party of the whole notice serves every register: reported once, with the first register
			boolean reportAtAnchor = EcoreUtil2.isAncestor(register, anchor) || isFirstRegister(register);
			if (location.isInferredThirdCountry() && !transferDescribed && reportAtAnchor) {
				// only a guess from the name: a question for the author, not a contradiction
				report(SelosteCheck.PROVIDER_LOCATION_UNVERIFIED, anchor, feature, data(referenceName(party, register)),
						party.getName());
			}
			if (!location.isThirdCountry()) {
				continue;
			}
			for (NoTransfers statement : noTransfers) {
				report(SelosteCheck.NO_TRANSFERS_CONTRADICTED, statement, null, data(party.getName()), nameOf(party),
						location.code());
			}
			if (!transferDescribed && reportAtAnchor) {
				report(SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER, anchor, feature,
						data(referenceName(party, register)), nameOf(party), location.code());
			}
		}
	}

	/**
	 * "Disclosed to no one" beside a named recipient. Processors alone do not contradict it: the documents
	 * then say that the data is disclosed to no one but the processors named (processors are recipients,
	 * Art 4(9)). Nor do authorities, which receive data in a particular inquiry without being recipients
	 * (Art 4(9), second sentence).
	 */
	@Check
	public void checkNoRecipients(Register register) {
		List<NoRecipients> none = members(register.getMembers(), NoRecipients.class);
		Optional<ResolvedRegister> resolved = none.isEmpty() ? Optional.empty()
				: resolved(register).flatMap(n -> n.register(register));
		if (resolved.isEmpty()) {
			return;
		}
		List<String> recipients = resolved.get().recipients().items().stream().map(ResolvedRecipient::party)
				.filter(p -> p.getKind() == PartyKind.RECIPIENT).map(Party::getName).toList();
		if (!recipients.isEmpty()) {
			none.forEach(statement -> report(SelosteCheck.RECIPIENTS_CONTRADICTED, statement, null, nameOf(register),
					String.join(", ", recipients)));
		}
	}

	/** A recipient or processor described as "partners" or disclosed to at the controller's discretion. */
	@Check
	public void checkVagueRecipient(Party party) {
		if (party.getKind() == PartyKind.AUTHORITY) {
			return;
		}
		List<String> texts = new ArrayList<>(Texts.allValues(party.getLabel()));
		Selostes.details(party.getMembers(), DetailKind.DESCRIPTION).forEach(d -> texts.addAll(Texts.allValues(d.getValue())));
		VagueRecipients.find(texts).ifPresent(words -> report(SelosteCheck.RECIPIENTS_VAGUE, party, Literals.PARTY__NAME,
				nameOf(party), words));
	}

	private static boolean isFirstRegister(Register register) {
		Notice notice = Selostes.noticeOf(register);
		return notice != null && !Selostes.registers(notice).isEmpty() && Selostes.registers(notice).get(0) == register;
	}

	/** A name for the party that resolves inside the register: simple when declared there, else qualified. */
	private String referenceName(Party party, Register register) {
		QualifiedName name = names.getFullyQualifiedName(party);
		return party.eContainer() == register || name == null ? party.getName() : name.toString();
	}

	@Check
	public void checkUnusedCategory(DataCategory category) {
		Notice notice = Selostes.noticeOf(category);
		if (notice == null) {
			return; // organisation-wide categories are checked as organisation elements
		}
		Set<DataCategory> used = perRun("usedCategories", notice, () -> {
			Set<DataCategory> categories = new HashSet<>();
			EcoreUtil2.getAllContentsOfType(notice, DataRefs.class).forEach(r -> categories.addAll(r.getCategories()));
			EcoreUtil2.getAllContentsOfType(notice, Source.class).forEach(s -> categories.addAll(s.getCategories()));
			return categories;
		});
		if (!used.contains(category)) {
			report(SelosteCheck.UNUSED_DATA_CATEGORY, category, Literals.DATA_CATEGORY__NAME, nameOf(category));
		}
	}

	@Check
	public void checkCookieLifetime(Cookie cookie) {
		if (members(cookie.getMembers(), CookieLifetime.class).isEmpty()) {
			report(SelosteCheck.COOKIE_LIFETIME_MISSING, cookie, Literals.COOKIE__NAME, nameOf(cookie));
		}
	}

	@Check
	public void checkCookie(Cookie cookie) {
		Optional<CookieClass> type = members(cookie.getMembers(), CookieType.class).stream().map(CookieType::getType)
				.findFirst();
		if (type.isEmpty()) {
			report(SelosteCheck.COOKIE_TYPE_MISSING, cookie, Literals.COOKIE__NAME, nameOf(cookie));
			return;
		}
		boolean consent = hasConsent(cookie);
		// a functional cookie that stores a setting the user asked for is exempt (917/2014 205 § 3 mom.,
		// WP194 3.6): the type alone does not tell, its words may (checkTrackingCookie)
		if ((type.get() == CookieClass.ANALYTICS || type.get() == CookieClass.MARKETING) && !consent) {
			report(SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT, cookie, Literals.COOKIE__NAME, nameOf(cookie));
		}
		if (type.get() == CookieClass.ANALYTICS || type.get() == CookieClass.MARKETING) {
			Optional<CookieProvider> provider = members(cookie.getMembers(), CookieProvider.class).stream().findFirst();
			Notice notice = Selostes.noticeOf(cookie);
			if (provider.isEmpty()) {
				report(SelosteCheck.COOKIE_PROVIDER_MISSING, cookie, Literals.COOKIE__NAME, nameOf(cookie));
			} else if (notice != null && !provider.get().getProvider().eIsProxy()
					&& !Selostes.parties(notice).contains(provider.get().getProvider())) {
				report(SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT, provider.get(), Literals.COOKIE_PROVIDER__PROVIDER,
						nameOf(cookie), nameOf(provider.get().getProvider()));
			}
		}
	}

	private static boolean hasConsent(Cookie cookie) {
		return members(cookie.getMembers(), LegalBasis.class).stream().anyMatch(b -> b.getKind() == BasisKind.CONSENT);
	}

	/** The texts of a cookie: its label, purpose and details. */
	private static List<String> texts(Cookie cookie) {
		List<String> texts = new ArrayList<>(Texts.allValues(cookie.getLabel()));
		members(cookie.getMembers(), CookiePurpose.class).forEach(p -> texts.addAll(Texts.allValues(p.getText())));
		members(cookie.getMembers(), Detail.class).forEach(d -> texts.addAll(Texts.allValues(d.getValue())));
		return texts;
	}

	/**
	 * A cookie whose type does not show that it needs consent (none stated, or functional) and that has
	 * no consent, while its words show tracking, analytics or marketing.
	 */
	@Check
	public void checkTrackingCookie(Cookie cookie) {
		Optional<CookieClass> type = members(cookie.getMembers(), CookieType.class).stream().map(CookieType::getType)
				.findFirst();
		if (hasConsent(cookie) || type.isPresent() && type.get() != CookieClass.FUNCTIONAL) {
			return;
		}
		CookieConsentSigns.tracking(texts(cookie)).ifPresent(words -> report(SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT,
				cookie, Literals.COOKIE__NAME, nameOf(cookie), words));
	}

	/**
	 * Consent by continuing to use the site is never consent. Browser settings as the way to refuse is
	 * reported where the notice relies on it: a cookie not typed essential has no consent. Beside consent
	 * collected otherwise, pointing to the browser's settings is useful advice.
	 */
	@Check
	public void checkCookieConsentMechanism(Notice notice) {
		boolean reliesOnRefusal = members(notice.getMembers(), Cookie.class).stream()
				.anyMatch(c -> !hasConsent(c) && members(c.getMembers(), CookieType.class).stream()
						.noneMatch(t -> t.getType() == CookieClass.ESSENTIAL));
		List<EObject> holders = new ArrayList<>();
		for (Cookie cookie : members(notice.getMembers(), Cookie.class)) {
			holders.add(cookie);
		}
		holders.addAll(members(notice.getMembers(), CookiePolicy.class));
		for (EObject holder : holders) {
			List<String> texts = holder instanceof Cookie cookie ? texts(cookie)
					: Texts.allValues(((CookiePolicy) holder).getText());
			Optional<String> words = CookieConsentSigns.continuedUse(texts);
			if (words.isEmpty() && reliesOnRefusal) {
				words = CookieConsentSigns.browserSettings(texts);
			}
			words.ifPresent(w -> report(SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM, holder,
					holder instanceof Cookie ? Literals.COOKIE__NAME : Literals.COOKIE_POLICY__TEXT, w));
		}
	}

	@Check
	public void checkProfiling(Purpose purpose) {
		Notice notice = Selostes.noticeOf(purpose);
		if (!hasProfilingMarker(purpose) || notice == null) {
			return;
		}
		if (!statesProfiling(notice)) {
			report(SelosteCheck.PROFILING_WITHOUT_STATEMENT, purpose, Literals.PURPOSE__NAME, nameOf(purpose));
		}
	}

	/** The words of profiling in a set of texts, found once per distinct set. */
	private static final TextMemo<List<String>, java.util.Optional<String>> PROFILING_SIGNS = TextMemo
			.ofAll(ProfilingSigns::find);

	/** A purpose worded as targeting or profiling, in a notice that does not state profiling. */
	@Check
	public void checkProfilingWords(Purpose purpose) {
		Notice notice = Selostes.noticeOf(purpose);
		if (notice == null || statesProfiling(notice) || hasProfilingMarker(purpose)) {
			return;
		}
		List<String> texts = new ArrayList<>(Texts.allValues(purpose.getLabel()));
		members(purpose.getMembers(), Detail.class).forEach(d -> texts.addAll(Texts.allValues(d.getValue())));
		PROFILING_SIGNS.get(java.util.Collections.unmodifiableList(texts)).ifPresent(words -> report(SelosteCheck.PROFILING_UNDECLARED, purpose,
				Literals.PURPOSE__NAME, purpose.getName(), words));
	}

	/** A data category worded as used for targeting or profiling, unless a profiling purpose uses it. */
	@Check
	public void checkProfilingWords(DataCategory category) {
		Notice notice = Selostes.noticeOf(category);
		if (notice == null || statesProfiling(notice)) {
			return;
		}
		Set<DataCategory> profiled = perRun("categoriesOfProfilingPurposes", notice, () -> {
			Set<DataCategory> categories = new HashSet<>();
			EcoreUtil2.getAllContentsOfType(notice, Purpose.class).stream().filter(ConsistencyValidator::hasProfilingMarker)
					.forEach(p -> members(p.getMembers(), DataRefs.class).forEach(r -> categories.addAll(r.getCategories())));
			return categories;
		});
		if (profiled.contains(category)) {
			return;
		}
		List<String> texts = new ArrayList<>(Texts.allValues(category.getLabel()));
		members(category.getMembers(), Detail.class).forEach(d -> texts.addAll(Texts.allValues(d.getValue())));
		PROFILING_SIGNS.get(java.util.Collections.unmodifiableList(texts)).ifPresent(words -> report(SelosteCheck.PROFILING_UNDECLARED, category,
				Literals.DATA_CATEGORY__NAME, category.getName(), words));
	}

	private static boolean statesProfiling(Notice notice) {
		return members(notice.getMembers(), AutomatedProcessing.class).stream()
				.anyMatch(a -> a.getKind() == AutomatedKind.PROFILING && a.getStatus() == UsageStatus.USED);
	}

	private static boolean hasProfilingMarker(Purpose purpose) {
		return members(purpose.getMembers(), PurposeMarker.class).stream()
				.anyMatch(m -> m.getKind() == PurposeMarkerKind.PROFILING);
	}

	/** The texts of the rights: the right to object as if it needed unlawful processing; requests only on paper or in person. */
	@Check
	public void checkRightsTexts(Rights rights) {
		for (EObject member : rights.getMembers()) {
			Text text = member instanceof Right right ? right.getText()
					: member instanceof Exercise exercise ? exercise.getText()
							: member instanceof Detail detail ? detail.getValue() : null;
			if (text == null) {
				continue;
			}
			for (String value : Texts.allValues(text)) {
				Optional<RightsMisstatements.Found> found = member instanceof Right right
						&& right.getKind() == RightKind.OBJECTION ? RightsMisstatements.inObjection(value) : Optional.empty();
				if (found.isEmpty()) {
					found = RightsMisstatements.inExercise(value);
				}
				if (found.isPresent()) {
					report(SelosteCheck.RIGHTS_MISSTATED, member, null, found.get().words(),
							messages.name("misstatement." + found.get().kind().name(), language(member)));
					break;
				}
			}
		}
	}

	@Check
	public void checkProcessorRole(Role role) {
		if (role.getRole() == RegisterRole.PROCESSOR && role.getOnBehalfOf() == null) {
			report(SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER, role, Literals.ROLE__ROLE);
		}
	}

	/** Whether the value of the feature could not be read (the converter failed: the model holds a default). */
	private static boolean unreadable(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(object, feature).stream()
				.anyMatch(node -> node.getSyntaxErrorMessage() != null);
	}

	@Check
	public void checkDuration(DurationPeriod period) {
		if (unreadable(period, Literals.DURATION_PERIOD__AMOUNT) || unreadable(period, Literals.DURATION_PERIOD__MAX_AMOUNT)) {
			return; // a number too large to read is a syntax error already; its 0 is no period of zero
		}
		if (period.getAmount() == 0) {
			report(SelosteCheck.RETENTION_NOT_POSITIVE, period, Literals.DURATION_PERIOD__AMOUNT);
		}
		if (period.eIsSet(Literals.DURATION_PERIOD__MAX_AMOUNT) && period.getMaxAmount() <= period.getAmount()) {
			report(SelosteCheck.RETENTION_RANGE_INVALID, period, Literals.DURATION_PERIOD__MAX_AMOUNT,
					period.getAmount(), period.getMaxAmount());
		}
	}

	@Check
	public void checkDates(Notice notice) {
		LocalDate today = LocalDate.now();
		Map<DateKind, LocalDate> dates = new HashMap<>();
		for (DateEntry entry : members(notice.getMembers(), DateEntry.class)) {
			// a notice may be published before it takes effect (WP260 paras 29-30): an effective date may lie ahead
			boolean mayLieAhead = entry.getKind() == DateKind.EFFECTIVE;
			parse(entry.getDate(), entry, Literals.DATE_ENTRY__DATE, mayLieAhead ? null : today)
					.ifPresent(d -> dates.putIfAbsent(entry.getKind(), d));
		}
		List<Change> changes = members(notice.getMembers(), Change.class);
		changes.forEach(c -> parse(c.getDate(), c, Literals.CHANGE__DATE, today));
		LocalDate created = dates.get(DateKind.CREATED);
		if (created == null) {
			return;
		}
		for (DateEntry entry : members(notice.getMembers(), DateEntry.class)) {
			LocalDate date = dates.get(entry.getKind());
			if (entry.getKind() != DateKind.CREATED && date != null && date.isBefore(created)) {
				report(SelosteCheck.DATES_OUT_OF_ORDER, entry, Literals.DATE_ENTRY__DATE, entry.getDate(), created);
			}
		}
	}

	/** The date, reported when it is no calendar date or lies after {@code today} ({@code null}: may lie ahead). */
	private Optional<LocalDate> parse(String text, EObject owner, EStructuralFeature feature, LocalDate today) {
		Optional<LocalDate> date = Dates.parse(text);
		if (date.isEmpty()) {
			report(SelosteCheck.DATE_INVALID, owner, feature, text);
		} else if (today != null && date.get().isAfter(today)) {
			report(SelosteCheck.DATE_IN_FUTURE, owner, feature, text);
		}
		return date;
	}

	/** Names must be unique in a file: references would otherwise be ambiguous. */
	@Check
	public void checkUniqueNames(SelosteFile file) {
		Map<QualifiedName, List<EObject>> byName = new HashMap<>();
		file.eAllContents().forEachRemaining(element -> {
			QualifiedName name = names.getFullyQualifiedName(element);
			if (name != null) {
				byName.computeIfAbsent(name, n -> new ArrayList<>()).add(element);
			}
		});
		byName.values().stream().filter(list -> list.size() > 1).flatMap(List::stream).forEach(element -> {
			EStructuralFeature nameFeature = element.eClass().getEStructuralFeature("name");
			report(SelosteCheck.DUPLICATE_NAME, element, nameFeature, nameOf(element));
		});
	}

	/** A statement made twice is at best noise and at worst a contradiction. */
	@Check
	public void checkDuplicateEntries(Notice notice) {
		reportRepeats(members(notice.getMembers(), Title.class), t -> "title", Literals.TITLE__TEXT);
		reportRepeats(members(notice.getMembers(), Languages.class), l -> "languages", Literals.LANGUAGES__LANGUAGES);
		reportRepeats(members(notice.getMembers(), Version.class), v -> "version", Literals.VERSION__VERSION);
		reportRepeats(members(notice.getMembers(), DateEntry.class), d -> d.getKind().getName(), Literals.DATE_ENTRY__KIND);
	}

	@Check
	public void checkDuplicateRights(Rights rights) {
		reportRepeats(members(rights.getMembers(), Right.class), r -> r.getKind().getName(), Literals.RIGHT__KIND);
		reportRepeats(members(rights.getMembers(), ResponseTime.class), r -> "responseTime", Literals.RESPONSE_TIME__AMOUNT);
	}

	@Check
	public void checkDuplicateBases(Purpose purpose) {
		reportRepeats(members(purpose.getMembers(), LegalBasis.class), b -> b.getKind().getName(), Literals.LEGAL_BASIS__KIND);
	}

	private <T extends EObject> void reportRepeats(List<T> entries, java.util.function.Function<T, String> key,
			EStructuralFeature feature) {
		Set<String> seen = new HashSet<>();
		for (T entry : entries) {
			if (!seen.add(key.apply(entry))) {
				report(SelosteCheck.DUPLICATE_ENTRY, entry, feature, written(entry, feature));
			}
		}
	}
}
