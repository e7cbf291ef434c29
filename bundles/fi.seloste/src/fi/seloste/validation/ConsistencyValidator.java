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

import fi.seloste.model.Dates;
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
import fi.seloste.seloste.CookieProvider;
import fi.seloste.seloste.CookieType;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.NoTransfers;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarker;
import fi.seloste.seloste.PurposeMarkerKind;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.RegisterRole;
import fi.seloste.seloste.ResponseTime;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Source;
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
			if (!location.isThirdCountry()) {
				continue;
			}
			Party party = recipient.party();
			String country = location.status() == Location.Status.INFERRED_THIRD_COUNTRY
					? messages.name("country.inferred", language(party)).replace("{0}", location.code())
					: location.code();
			for (NoTransfers statement : noTransfers) {
				report(SelosteCheck.NO_TRANSFERS_CONTRADICTED, statement, null, data(party.getName()), nameOf(party),
						country);
			}
			if (!generalTransfer && !transferred.contains(party)) {
				// a party of the register (or the notice) itself, or the line that uses it
				EObject anchor = recipient.statedBy();
				report(SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER, anchor,
						anchor instanceof Use ? Literals.USE__ELEMENT : Literals.PARTY__NAME,
						data(referenceName(party, register)), nameOf(party), country);
			}
		}
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
		boolean used = EcoreUtil2.getAllContentsOfType(notice, DataRefs.class).stream()
				.anyMatch(r -> r.getCategories().contains(category))
				|| EcoreUtil2.getAllContentsOfType(notice, Source.class).stream()
						.anyMatch(s -> s.getCategories().contains(category));
		if (!used) {
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
		boolean consent = members(cookie.getMembers(), LegalBasis.class).stream()
				.anyMatch(b -> b.getKind() == BasisKind.CONSENT);
		if (type.get() != CookieClass.ESSENTIAL && !consent) {
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

	@Check
	public void checkProfiling(Purpose purpose) {
		boolean profiling = members(purpose.getMembers(), PurposeMarker.class).stream()
				.anyMatch(m -> m.getKind() == PurposeMarkerKind.PROFILING);
		Notice notice = Selostes.noticeOf(purpose);
		if (!profiling || notice == null) {
			return;
		}
		boolean stated = members(notice.getMembers(), AutomatedProcessing.class).stream()
				.anyMatch(a -> a.getKind() == AutomatedKind.PROFILING && a.getStatus() == UsageStatus.USED);
		if (!stated) {
			report(SelosteCheck.PROFILING_WITHOUT_STATEMENT, purpose, Literals.PURPOSE__NAME, nameOf(purpose));
		}
	}

	@Check
	public void checkProcessorRole(Role role) {
		if (role.getRole() == RegisterRole.PROCESSOR && role.getOnBehalfOf() == null) {
			report(SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER, role, Literals.ROLE__ROLE);
		}
	}

	@Check
	public void checkDuration(DurationPeriod period) {
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
			parse(entry.getDate(), entry, Literals.DATE_ENTRY__DATE, today).ifPresent(d -> dates.putIfAbsent(entry.getKind(), d));
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

	private Optional<LocalDate> parse(String text, EObject owner, EStructuralFeature feature, LocalDate today) {
		Optional<LocalDate> date = Dates.parse(text);
		if (date.isEmpty()) {
			report(SelosteCheck.DATE_INVALID, owner, feature, text);
		} else if (date.get().isAfter(today)) {
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
