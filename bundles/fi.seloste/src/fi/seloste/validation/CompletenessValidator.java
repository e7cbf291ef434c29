package fi.seloste.validation;

import static fi.seloste.model.Selostes.details;
import static fi.seloste.model.Selostes.members;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;

import fi.seloste.changes.ChangeBaseline;
import fi.seloste.changes.ChangeEntryDraft;
import fi.seloste.changes.ChangeLog;
import fi.seloste.diff.NoticeComparison;
import fi.seloste.diff.NoticeDiff;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Language;
import fi.seloste.law.NonPartySubjects;
import fi.seloste.law.SpecialCategoryTerms;
import fi.seloste.law.StatuteMentions;
import fi.seloste.law.VagueRetention;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.Fact;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.model.resolved.Location;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRecipient;
import fi.seloste.model.resolved.ResolvedTransfer;
import fi.seloste.seloste.AutomatedDetailKind;
import fi.seloste.seloste.AutomatedKind;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.Anchor;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.CategoryFlag;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.ControllerKind;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.PartyKind;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.PersonRole;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.ProvisionKind;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarker;
import fi.seloste.seloste.PurposeMarkerKind;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.RegisterRole;
import fi.seloste.seloste.ResponseTime;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SourceKind;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SpecialConditionKind;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.UntilPeriod;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.Use;

/** GDPR Articles 12–14: does the notice say everything the data subject must be told? */
public class CompletenessValidator extends SelosteCheckBase {

	private static final Set<RightKind> ALWAYS_APPLICABLE = EnumSet.of(RightKind.ACCESS, RightKind.RECTIFICATION,
			RightKind.ERASURE, RightKind.RESTRICTION);

	@Check
	public void checkController(Notice notice) {
		if (Selostes.controllers(notice).isEmpty()) {
			report(SelosteCheck.CONTROLLER_MISSING, notice, Literals.TOP_LEVEL_ELEMENT__NAME);
		}
	}

	@Check
	public void checkControllerDetails(Controller controller) {
		if (controller.getKind() != ControllerKind.CONTROLLER && controller.getKind() != ControllerKind.JOINT_CONTROLLER) {
			return;
		}
		if (details(controller.getDetails(), DetailKind.NAME).isEmpty()) {
			report(SelosteCheck.CONTROLLER_NAME_MISSING, controller, Literals.CONTROLLER__NAME, nameOf(controller));
		}
		if (!hasContact(controller.getDetails())) {
			report(SelosteCheck.CONTROLLER_CONTACT_MISSING, controller, Literals.CONTROLLER__NAME, nameOf(controller));
		}
	}

	/**
	 * Art 26(2): the essence of the joint controllers' arrangement is made available to the data subject;
	 * the notice is where it is looked for (EDPB Guidelines 07/2020). Stated as the joint controller's
	 * description ({@code kuvaus}).
	 */
	@Check
	public void checkJointController(Controller controller) {
		if (controller.getKind() == ControllerKind.JOINT_CONTROLLER
				&& details(controller.getDetails(), DetailKind.DESCRIPTION).isEmpty()) {
			report(SelosteCheck.JOINT_CONTROLLER_ESSENCE_MISSING, controller, Literals.CONTROLLER__NAME, nameOf(controller));
		}
	}

	/**
	 * Art 27(1), 13(1)(a): a controller that states a country outside the EU/EEA names its representative
	 * in the Union. A warning: Art 27(2) exempts occasional processing and public authorities.
	 */
	@Check
	public void checkRepresentative(Notice notice) {
		boolean represented = members(notice.getMembers(), Person.class).stream()
				.anyMatch(p -> p.getRole() == PersonRole.REPRESENTATIVE);
		if (represented) {
			return;
		}
		for (Controller controller : Selostes.controllers(notice)) {
			Selostes.detail(controller.getDetails(), DetailKind.COUNTRY).map(Location::stated)
					.filter(l -> l.status() == Location.Status.STATED_THIRD_COUNTRY)
					.ifPresent(l -> report(SelosteCheck.REPRESENTATIVE_MISSING, controller, Literals.CONTROLLER__NAME,
							nameOf(controller), l.code()));
		}
	}

	@Check
	public void checkDataProtectionOfficer(Person person) {
		if (person.getRole() == PersonRole.DPO && !hasContact(person.getDetails())) {
			report(SelosteCheck.DPO_CONTACT_MISSING, person, Literals.PERSON__NAME, nameOf(person));
		}
	}

	private static boolean hasContact(List<? extends org.eclipse.emf.ecore.EObject> details) {
		return !details(details, DetailKind.ADDRESS).isEmpty() || !details(details, DetailKind.POSTAL_ADDRESS).isEmpty()
				|| !details(details, DetailKind.EMAIL).isEmpty() || !details(details, DetailKind.PHONE).isEmpty();
	}

	@Check
	public void checkRegisters(Notice notice) {
		if (Selostes.registers(notice).isEmpty()) {
			report(SelosteCheck.REGISTER_MISSING, notice, Literals.TOP_LEVEL_ELEMENT__NAME);
		}
	}

	@Check
	public void checkRegisterContents(Register register) {
		if (!isController(register)) {
			return; // a processor's register: the client, as controller, sets the purposes and informs
		}
		if (Selostes.purposes(register).isEmpty()) {
			report(SelosteCheck.PURPOSE_MISSING, register, Literals.REGISTER__NAME, nameOf(register));
		}
		if (resolved(register).flatMap(n -> n.register(register)).map(r -> r.recipients().isNotStated()).orElse(false)) {
			report(SelosteCheck.RECIPIENTS_NOT_STATED, register, Literals.REGISTER__NAME, nameOf(register));
		}
		if (members(register.getMembers(), Source.class).isEmpty()) {
			report(SelosteCheck.SOURCES_MISSING, register, Literals.REGISTER__NAME, nameOf(register));
		}
	}

	static boolean isController(Register register) {
		return members(register.getMembers(), Role.class).stream().noneMatch(r -> r.getRole() == RegisterRole.PROCESSOR);
	}

	@Check
	public void checkPurposeBasis(Purpose purpose) {
		List<LegalBasis> bases = members(purpose.getMembers(), LegalBasis.class);
		boolean basisApplies = resolved(purpose).map(p -> !p.bases().isEmpty()).orElse(!bases.isEmpty());
		if (!basisApplies && inControllerRegister(purpose)) {
			report(SelosteCheck.PURPOSE_WITHOUT_BASIS, purpose, Literals.PURPOSE__NAME, nameOf(purpose));
		}
		// the purpose's own bases, or the register's single basis that applies to it (reported there)
		List<LegalBasis> applying = resolved(purpose).map(p -> p.bases().stream().map(b -> b.value()).toList()).orElse(bases);
		for (LegalBasis basis : applying) {
			if (basis.getKind() == BasisKind.LEGITIMATE_INTERESTS && basis.getText() == null) {
				report(SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED, basis, Literals.LEGAL_BASIS__KIND, nameOf(purpose));
			}
		}
		resolved(purpose).filter(p -> inControllerRegister(purpose)).ifPresent(this::checkContractParties);
	}

	/**
	 * Art 6(1)(b) covers only a contract the data subject is party to (EDPB Guidelines 2/2019): a purpose
	 * resting on a contract alone that concerns contact persons, referees, guardians … is reported.
	 */
	private void checkContractParties(ResolvedPurpose purpose) {
		if (purpose.bases().isEmpty() || purpose.bases().stream().anyMatch(b -> b.value().getKind() != BasisKind.CONTRACT)) {
			return;
		}
		for (Fact<SubjectGroup> subject : purpose.subjects()) {
			String label = String.join(" ", Texts.allValues(subject.value().getLabel()));
			if (NonPartySubjects.find(label).isPresent()) {
				report(SelosteCheck.CONTRACT_BASIS_NON_PARTY, purpose.purpose(), Literals.PURPOSE__NAME,
						nameOf(purpose.purpose()), Texts.firstValue(subject.value().getLabel()));
				return;
			}
		}
	}

	/** Art 6(3): a legal obligation or a public task is laid down by Union or Member State law, which the notice names. */
	@Check
	public void checkStatutoryBasis(LegalBasis basis) {
		Register register = Selostes.registerOf(basis);
		if (LegalBases.restsOnLaw(basis.getKind()) && (register == null || isController(register)) && !namesLaw(basis)) {
			report(SelosteCheck.STATUTORY_BASIS_LAW_MISSING, basis, Literals.LEGAL_BASIS__KIND,
					written(basis, Literals.LEGAL_BASIS__KIND));
		}
	}

	/**
	 * Whether a text names a law: the one test, so that a structured law slot is added in one place. A text
	 * still holding a placeholder counts as naming it: the placeholder is reported as unfinished already.
	 */
	private static boolean namesLaw(LegalBasis basis) {
		return LegalBases.statute(basis).isPresent() || namesLaw(basis.getText());
	}

	private static boolean namesLaw(fi.seloste.seloste.Text text) {
		return text != null && (isPlaceholder(text) || Texts.allValues(text).stream().anyMatch(StatuteMentions::namesLaw));
	}

	private static boolean isPlaceholder(fi.seloste.seloste.Text text) {
		return text != null && Texts.allValues(text).stream().anyMatch(t -> t.contains("<<"));
	}

	private static boolean inControllerRegister(Purpose purpose) {
		Register register = Selostes.registerOf(purpose);
		return register == null || isController(register);
	}

	/** Which retention applies is decided once, in the resolved model ({@code RetentionRule}). */
	@Check
	public void checkPurposeRetention(Purpose purpose) {
		if (!inControllerRegister(purpose)) {
			return;
		}
		ResolvedPurpose resolved = resolved(purpose).orElse(null);
		if (resolved == null || resolved.retentionCovered()) {
			return;
		}
		// Retention stated per data category, not (or not fully) linked to the purpose: a common Finnish
		// layout that may well meet Art 13(2)(a), so the finding is the missing link, not missing retention.
		List<DataCategory> withRetention = categoriesWithRetention(resolved.ownCategories().isEmpty()
				? Selostes.registerOf(purpose) : null, resolved.ownCategories());
		String stated = withRetention.stream().map(DataCategory::getName).collect(Collectors.joining(", "));
		if (withRetention.isEmpty()) {
			report(SelosteCheck.RETENTION_MISSING, purpose, Literals.PURPOSE__NAME, nameOf(purpose));
		} else if (resolved.ownCategories().isEmpty()) {
			// The notice lists its data and their retention per register, not per purpose: which of them a
			// purpose keeps is for the reader to see, so linking them is advice (WP260), not a gap found.
			report(SelosteCheck.RETENTION_BY_CATEGORY_ONLY, purpose, Literals.PURPOSE__NAME, nameOf(purpose), stated);
		} else {
			report(SelosteCheck.RETENTION_NOT_LINKED, purpose, Literals.PURPOSE__NAME, nameOf(purpose), stated);
		}
	}

	/** The purpose's own categories with a retention, or (when it names none) the register's. */
	private static List<DataCategory> categoriesWithRetention(Register register, List<DataCategory> own) {
		List<DataCategory> candidates = register == null ? own : registerCategories(register);
		return candidates.stream().filter(c -> !members(c.getMembers(), Retention.class).isEmpty()).toList();
	}

	/** The categories a register declares or brings in with {@code käytä}. */
	private static List<DataCategory> registerCategories(Register register) {
		List<DataCategory> categories = new java.util.ArrayList<>(Selostes.categories(register));
		members(register.getMembers(), Use.class).stream().map(Use::getElement).filter(DataCategory.class::isInstance)
				.map(DataCategory.class::cast).filter(c -> !c.eIsProxy() && !categories.contains(c)).forEach(categories::add);
		return categories;
	}

	/**
	 * Art 13(2)(a), WP260 Annex: "as long as necessary", or the time "the law" requires without naming
	 * the law, does not tell how long data is kept; nor does "until collection" without a period after it.
	 */
	@Check
	public void checkRetentionVagueness(Retention retention) {
		Register register = Selostes.registerOf(retention);
		if (register != null && !isController(register)) {
			return;
		}
		boolean vague = switch (retention.getPeriod()) {
			case CriteriaPeriod criteria -> Texts.allValues(criteria.getText()).stream().anyMatch(VagueRetention::isVague);
			case UntilPeriod until -> until.getAnchor() == Anchor.COLLECTION && until.getExtension() == null;
			default -> false;
		};
		if (vague) {
			report(SelosteCheck.RETENTION_VAGUE, retention, Literals.RETENTION__PERIOD, periodText(retention));
		}
	}

	private static String periodText(Retention retention) {
		if (retention.getPeriod() instanceof CriteriaPeriod criteria) {
			return Texts.firstValue(criteria.getText());
		}
		return org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(
				org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(retention.getPeriod()));
	}

	static List<DataCategory> usedCategories(Purpose purpose) {
		return members(purpose.getMembers(), DataRefs.class).stream().flatMap(r -> r.getCategories().stream())
				.filter(c -> !c.eIsProxy()).distinct().toList();
	}

	@Check
	public void checkSpecialData(Purpose purpose) {
		List<SpecialCondition> conditions = members(purpose.getMembers(), SpecialCondition.class);
		String special = flagged(purpose, CategoryFlag.SPECIAL);
		if (!special.isEmpty() && conditions.stream().noneMatch(c -> c.getKind() != SpecialConditionKind.CRIMINAL_DATA_AUTHORISED)) {
			report(SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION, purpose, Literals.PURPOSE__NAME, nameOf(purpose), special);
		}
		String criminal = flagged(purpose, CategoryFlag.CRIMINAL);
		if (!criminal.isEmpty() && conditions.stream().noneMatch(c -> c.getKind() == SpecialConditionKind.CRIMINAL_DATA_AUTHORISED)) {
			report(SelosteCheck.CRIMINAL_DATA_WITHOUT_AUTHORISATION, purpose, Literals.PURPOSE__NAME, nameOf(purpose), criminal);
		}
	}

	/** Art 9(1): a category whose label or description says health, union membership, religion … without the flag. */
	/** The special-category words of a text, found once per distinct text. */
	private static final TextMemo<String, java.util.Optional<String>> SPECIAL_CATEGORY_TERMS = TextMemo
			.of(SpecialCategoryTerms::find);

	@Check
	public void checkUnflaggedSpecialCategory(DataCategory category) {
		Register register = Selostes.registerOf(category);
		if (category.getFlags().contains(CategoryFlag.SPECIAL) || register != null && !isController(register)) {
			return;
		}
		java.util.List<String> texts = new java.util.ArrayList<>(Texts.allValues(category.getLabel()));
		Selostes.details(category.getMembers(), DetailKind.DESCRIPTION).forEach(d -> texts.addAll(Texts.allValues(d.getValue())));
		texts.stream().map(SPECIAL_CATEGORY_TERMS::get).flatMap(java.util.Optional::stream).findFirst()
				.ifPresent(word -> report(SelosteCheck.SPECIAL_CATEGORY_UNFLAGGED, category, Literals.DATA_CATEGORY__NAME,
						nameOf(category), word));
	}

	private static final Set<SpecialConditionKind> CONDITIONS_ON_LAW = EnumSet.of(SpecialConditionKind.EMPLOYMENT,
			SpecialConditionKind.SUBSTANTIAL_PUBLIC_INTEREST, SpecialConditionKind.HEALTH_CARE,
			SpecialConditionKind.PUBLIC_HEALTH, SpecialConditionKind.ARCHIVING_RESEARCH);

	/**
	 * Art 9(2)(b), (g)–(j) apply only on the basis of Union or Member State law (for (b) also a collective
	 * agreement): tietosuojalaki 6 § or a special act, which the notice names.
	 */
	@Check
	public void checkSpecialConditionLaw(SpecialCondition condition) {
		if (CONDITIONS_ON_LAW.contains(condition.getKind()) && inControllerRegister((Purpose) condition.eContainer())
				&& !namesLaw(condition.getText()) && !(condition.getKind() == SpecialConditionKind.EMPLOYMENT
						&& namesCollectiveAgreement(condition.getText()))) {
			report(SelosteCheck.SPECIAL_CATEGORY_NATIONAL_LAW_MISSING, condition, Literals.SPECIAL_CONDITION__KIND,
					written(condition, Literals.SPECIAL_CONDITION__KIND));
		}
	}

	private static boolean namesCollectiveAgreement(fi.seloste.seloste.Text text) {
		return text != null && Texts.allValues(text).stream()
				.anyMatch(t -> t.matches("(?isu).*(työehtosopimu|collective\\s+agreement|kollektivavtal).*"));
	}

	private static String flagged(Purpose purpose, CategoryFlag flag) {
		return usedCategories(purpose).stream().filter(c -> c.getFlags().contains(flag)).map(DataCategory::getName)
				.collect(Collectors.joining(", "));
	}

	@Check
	public void checkSafeguard(Transfer transfer) {
		Register register = Selostes.registerOf(transfer);
		boolean controller = register == null || isController(register);
		List<Safeguard> safeguards = members(transfer.getMembers(), Safeguard.class);
		if (safeguards.stream().allMatch(s -> s.getKind() == SafeguardKind.NONE_STATED)) {
			// "ei-ilmoitettu" records that the notice names no safeguard: that is the defect itself
			report(SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD, transfer, null);
		}
		if (!controller) {
			return; // the client, as controller, informs about the transfers of a processor's register
		}
		checkDerogation(transfer, safeguards);
		checkTransferCountry(transfer);
		for (Safeguard safeguard : safeguards) {
			boolean needsCopy = safeguard.getKind() == SafeguardKind.STANDARD_CONTRACTUAL_CLAUSES
					|| safeguard.getKind() == SafeguardKind.BINDING_CORPORATE_RULES;
			if (needsCopy && safeguard.getCopy() == null) {
				report(SelosteCheck.SAFEGUARD_COPY_MISSING, safeguard, Literals.SAFEGUARD__KIND,
						written(safeguard, Literals.SAFEGUARD__KIND));
			}
		}
	}

	/**
	 * Art 49 derogations are for occasional transfers and are read restrictively (EDPB Guidelines 2/2018): a
	 * transfer to a processor or a standing recipient that rests on a derogation alone is regular, not occasional.
	 */
	private void checkDerogation(Transfer transfer, List<Safeguard> safeguards) {
		// a derogation whose text is still a placeholder is reported as unfinished; its use is judged once stated
		boolean derogationOnly = safeguards.stream().anyMatch(s -> s.getKind() == SafeguardKind.DEROGATION
				&& !isPlaceholder(s.getText())) && safeguards
				.stream().allMatch(s -> s.getKind() == SafeguardKind.DEROGATION || s.getKind() == SafeguardKind.NONE_STATED);
		if (!derogationOnly) {
			return;
		}
		members(transfer.getMembers(), fi.seloste.seloste.TransferRecipient.class).stream()
				.map(fi.seloste.seloste.TransferRecipient::getRecipient).filter(p -> !p.eIsProxy())
				.filter(p -> p.getKind() == PartyKind.PROCESSOR || p.getKind() == PartyKind.RECIPIENT).findFirst()
				.ifPresent(party -> report(SelosteCheck.DEROGATION_FOR_REGULAR_TRANSFER, transfer, null, nameOf(party)));
	}

	/**
	 * Art 13(1)(f), 30(1)(e), WP260: the third countries are named, on the transfer or for its recipients. A
	 * transfer that names no recipient concerns the register's parties, so their stated third countries count.
	 */
	private void checkTransferCountry(Transfer transfer) {
		boolean stated = resolved(transfer).flatMap(n -> n.registers().stream().flatMap(r -> r.transfers().items().stream())
				.filter(t -> t.transfer() == transfer).findFirst()).map(CompletenessValidator::statesCountry)
				.orElse(true);
		if (!stated && members(transfer.getMembers(), fi.seloste.seloste.TransferRecipient.class).isEmpty()) {
			stated = Selostes.parties(Selostes.registerOf(transfer)).stream()
					.anyMatch(p -> Location.of(p).status() == Location.Status.STATED_THIRD_COUNTRY);
		}
		if (!stated) {
			report(SelosteCheck.TRANSFER_COUNTRY_MISSING, transfer, null);
		}
	}

	private static boolean statesCountry(ResolvedTransfer transfer) {
		return transfer.locations().stream().anyMatch(l -> l.status() != Location.Status.INFERRED_THIRD_COUNTRY
				&& l.status() != Location.Status.NOT_STATED);
	}

	/** The rights that apply follow from the legal bases (Art 13(2)(b)-(d), 20, 21). */
	@Check
	public void checkRights(Notice notice) {
		List<Register> registers = Selostes.registers(notice).stream().filter(CompletenessValidator::isController).toList();
		if (registers.isEmpty()) {
			return;
		}
		Set<BasisKind> bases = EnumSet.noneOf(BasisKind.class);
		resolved(notice).ifPresent(n -> n.purposes().stream().filter(p -> registers.contains(Selostes.registerOf(p.purpose())))
				.forEach(p -> {
					p.bases().forEach(b -> bases.add(b.value().getKind()));
					// Art 9(2)(a) explicit consent can be withdrawn (13(2)(c)) and gives portability (20(1)(a))
					if (p.conditions().stream().anyMatch(c -> c.getKind() == SpecialConditionKind.EXPLICIT_CONSENT)) {
						bases.add(BasisKind.CONSENT);
					}
				}));
		Set<RightKind> stated = EnumSet.noneOf(RightKind.class);
		List<Rights> blocks = members(notice.getMembers(), Rights.class);
		registers.forEach(r -> blocks.addAll(members(r.getMembers(), Rights.class)));
		Selostes.rights(blocks).forEach(r -> stated.add(r.getKind()));
		org.eclipse.emf.ecore.EObject anchor = blocks.isEmpty() ? notice : blocks.get(0);
		org.eclipse.emf.ecore.EStructuralFeature feature = blocks.isEmpty() ? Literals.TOP_LEVEL_ELEMENT__NAME : null;

		for (RightKind right : ALWAYS_APPLICABLE) {
			if (!stated.contains(right)) {
				report(SelosteCheck.RIGHT_MISSING, anchor, feature, data(right.getName()),
						messages.name("right." + right.getName(), language(notice)));
			}
		}
		requireRight(stated, RightKind.OBJECTION, bases.contains(BasisKind.LEGITIMATE_INTERESTS)
				|| bases.contains(BasisKind.PUBLIC_TASK), SelosteCheck.OBJECTION_RIGHT_MISSING, anchor, feature);
		requireRight(stated, RightKind.PORTABILITY, bases.contains(BasisKind.CONSENT)
				|| bases.contains(BasisKind.CONTRACT), SelosteCheck.PORTABILITY_RIGHT_MISSING, anchor, feature);
		requireRight(stated, RightKind.WITHDRAW_CONSENT, bases.contains(BasisKind.CONSENT),
				SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING, anchor, feature);
		requireRight(stated, RightKind.COMPLAINT, true, SelosteCheck.COMPLAINT_RIGHT_MISSING, anchor, feature);
		if (!stated.contains(RightKind.DIRECT_MARKETING_OBJECTION)) {
			registers.stream().flatMap(r -> Selostes.purposes(r).stream()).filter(CompletenessValidator::isDirectMarketing)
					.forEach(p -> report(SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING, p, Literals.PURPOSE__NAME,
							data(RightKind.DIRECT_MARKETING_OBJECTION.getName()), p.getName()));
		}
		if (stated.contains(RightKind.COMPLAINT) && Selostes.members(notice.getMembers(), SupervisoryAuthority.class).isEmpty()) {
			Right complaint = Selostes.rights(blocks).filter(r -> r.getKind() == RightKind.COMPLAINT).findFirst().orElseThrow();
			report(SelosteCheck.SUPERVISORY_AUTHORITY_MISSING, complaint, Literals.RIGHT__KIND);
		}
		List<ResponseTime> times = blocks.stream().flatMap(b -> b.getMembers().stream())
				.filter(ResponseTime.class::isInstance).map(ResponseTime.class::cast).toList();
		if (times.isEmpty()) {
			report(SelosteCheck.RESPONSE_TIME_MISSING, anchor, feature);
		}
	}

	private void requireRight(Set<RightKind> stated, RightKind right, boolean applies, SelosteCheck check,
			org.eclipse.emf.ecore.EObject anchor, org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (applies && !stated.contains(right)) {
			report(check, anchor, feature, data(right.getName()));
		}
	}

	static boolean isDirectMarketing(Purpose purpose) {
		return members(purpose.getMembers(), PurposeMarker.class).stream()
				.anyMatch(m -> m.getKind() == PurposeMarkerKind.DIRECT_MARKETING);
	}

	/** Art 12(3): one month at most. Thirty-one days count as a month. */
	@Check
	public void checkResponseTime(ResponseTime time) {
		boolean tooLong = switch (time.getUnit()) {
			case DAY -> time.getAmount() > 31;
			case WEEK -> time.getAmount() > 4;
			case MONTH -> time.getAmount() > 1;
			case YEAR -> time.getAmount() > 0;
		};
		if (tooLong) {
			report(SelosteCheck.RESPONSE_TIME_TOO_LONG, time, Literals.RESPONSE_TIME__AMOUNT,
					time.getAmount() + " " + written(time, Literals.RESPONSE_TIME__UNIT));
		}
	}

	/**
	 * Art 13(2)(e) concerns data collected from the data subject: required when a controller register
	 * names the data subject as a source; only the notice's and the controller registers' statements count.
	 */
	@Check
	public void checkProvision(Notice notice) {
		List<Register> controllerRegisters = Selostes.registers(notice).stream().filter(CompletenessValidator::isController).toList();
		boolean fromDataSubject = controllerRegisters.stream().flatMap(r -> members(r.getMembers(), Source.class).stream())
				.anyMatch(s -> s.getKind() == SourceKind.DATA_SUBJECT);
		List<Provision> provisions = new java.util.ArrayList<>(members(notice.getMembers(), Provision.class));
		controllerRegisters.forEach(r -> provisions.addAll(members(r.getMembers(), Provision.class)));
		if (fromDataSubject && provisions.isEmpty()) {
			report(SelosteCheck.PROVISION_NOT_STATED, notice, Literals.TOP_LEVEL_ELEMENT__NAME);
		}
	}

	@Check
	public void checkProvisionConsequences(Provision provision) {
		if (provision.getKind() != ProvisionKind.VOLUNTARY && provision.getConsequences() == null) {
			report(SelosteCheck.PROVISION_CONSEQUENCES_MISSING, provision, Literals.PROVISION__KIND);
		}
	}

	@Check
	public void checkAutomatedDecisions(Notice notice) {
		boolean stated = members(notice.getMembers(), AutomatedProcessing.class).stream()
				.anyMatch(a -> a.getKind() == AutomatedKind.DECISION_MAKING);
		if (!stated) {
			report(SelosteCheck.ADM_NOT_STATED, notice, Literals.TOP_LEVEL_ELEMENT__NAME);
		}
	}

	@Check
	public void checkAutomatedDetails(AutomatedProcessing processing) {
		if (processing.getStatus() != fi.seloste.seloste.UsageStatus.USED) {
			return;
		}
		Set<AutomatedDetailKind> given = processing.getDetails().stream().map(d -> d.getKind())
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(AutomatedDetailKind.class)));
		// Art 13(2)(f): "meaningful information about the logic involved, as well as the significance and the
		// envisaged consequences" -- required for Art 22 decisions, recommended for other profiling
		if (!given.containsAll(EnumSet.allOf(AutomatedDetailKind.class))) {
			SelosteCheck check = processing.getKind() == AutomatedKind.DECISION_MAKING ? SelosteCheck.ADM_DETAILS_MISSING
					: SelosteCheck.PROFILING_DETAILS_MISSING;
			report(check, processing, Literals.AUTOMATED_PROCESSING__STATUS,
					messages.name("automated." + processing.getKind().getName(), language(processing)));
		}
	}

	/**
	 * Art 14(1)(d): where data is not obtained from the data subject, the categories of data concerned must
	 * be told. The register's category list meets this; naming the data per source is good practice
	 * (WP260), not a requirement. Data observed from the data subject's own use counts as obtained from
	 * them (Art 13; WP260 rev.01 para 26). Reported on the first other source of a register that names no
	 * data category at all.
	 */
	@Check
	public void checkSourceCategories(Register register) {
		if (!isController(register) || !registerCategories(register).isEmpty()
				|| Selostes.purposes(register).stream().anyMatch(p -> !usedCategories(p).isEmpty())) {
			return;
		}
		List<Source> sources = members(register.getMembers(), Source.class);
		if (sources.stream().anyMatch(s -> !s.getCategories().isEmpty())) {
			return;
		}
		sources.stream().filter(s -> s.getKind() != SourceKind.DATA_SUBJECT && s.getKind() != SourceKind.OBSERVED)
				.findFirst().ifPresent(source -> report(SelosteCheck.SOURCE_CATEGORIES_MISSING, source, Literals.SOURCE__KIND,
						nameOf(register), written(source, Literals.SOURCE__KIND)));
	}

	@Check
	public void checkDatesAndLanguages(Notice notice) {
		// A dated change log says when the notice was last changed as well as a date of update does.
		boolean updated = members(notice.getMembers(), DateEntry.class).stream().anyMatch(d -> d.getKind() == DateKind.UPDATED)
				|| !members(notice.getMembers(), fi.seloste.seloste.Change.class).isEmpty();
		if (!updated) {
			report(SelosteCheck.UPDATED_DATE_MISSING, notice, Literals.TOP_LEVEL_ELEMENT__NAME);
		}
		if (members(notice.getMembers(), Languages.class).isEmpty()) {
			report(SelosteCheck.OUTPUT_LANGUAGES_MISSING, notice, Literals.TOP_LEVEL_ELEMENT__NAME);
		}
	}

	/**
	 * Issue 14: against an earlier version the tool was given ({@link ChangeBaseline}: {@code seloste check
	 * --since REV}), a notice with material changes records them, by a change entry or a date of update
	 * later than the earlier version's. The issue's data is the drafted entry (language, text, …) for the
	 * quick fix. Without a baseline nothing is compared, and a notice the baseline lacks is a new one.
	 */
	@Check
	public void checkChangeRecorded(Notice notice) {
		Optional<ChangeBaseline> baseline = ChangeBaseline.of(notice);
		Optional<Notice> earlier = baseline.flatMap(b -> b.earlier(notice));
		if (earlier.isEmpty() || ChangeLog.recordsChangeSince(earlier.get(), notice)) {
			return;
		}
		NoticeDiff diff = NoticeComparison.compare(earlier.get(), notice);
		if (!diff.hasMaterialChanges()) {
			return;
		}
		ChangeEntryDraft draft = ChangeEntryDraft.of(diff, earlier.get(), notice);
		Language messageLanguage = language(notice) == KeywordLanguage.FINNISH ? Language.FI : Language.EN;
		report(SelosteCheck.CHANGE_ENTRY_MISSING, notice, Literals.TOP_LEVEL_ELEMENT__NAME, draft.issueData(),
				baseline.get().label(), ChangeEntryDraft.summary(diff, earlier.get(), notice, messageLanguage));
	}
}
