package fi.seloste.validation;

import static fi.seloste.model.Selostes.details;
import static fi.seloste.model.Selostes.members;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.AutomatedDetailKind;
import fi.seloste.seloste.AutomatedKind;
import fi.seloste.seloste.AutomatedProcessing;
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
import fi.seloste.seloste.Person;
import fi.seloste.seloste.PersonRole;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.ProvisionKind;
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
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SourceKind;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SpecialConditionKind;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Transfer;

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
	}

	private static boolean inControllerRegister(Purpose purpose) {
		Register register = Selostes.registerOf(purpose);
		return register == null || isController(register);
	}

	/** Which retention applies is decided once, in the resolved model ({@code RetentionRule}). */
	@Check
	public void checkPurposeRetention(Purpose purpose) {
		if (inControllerRegister(purpose) && !resolved(purpose).map(p -> p.retentionCovered()).orElse(true)) {
			report(SelosteCheck.RETENTION_MISSING, purpose, Literals.PURPOSE__NAME, nameOf(purpose));
		}
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

	private static String flagged(Purpose purpose, CategoryFlag flag) {
		return usedCategories(purpose).stream().filter(c -> c.getFlags().contains(flag)).map(DataCategory::getName)
				.collect(Collectors.joining(", "));
	}

	@Check
	public void checkSafeguard(Transfer transfer) {
		List<Safeguard> safeguards = members(transfer.getMembers(), Safeguard.class);
		if (safeguards.stream().allMatch(s -> s.getKind() == SafeguardKind.NONE_STATED)) {
			// "ei-ilmoitettu" records that the notice names no safeguard: that is the defect itself
			report(SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD, transfer, null);
		}
		for (Safeguard safeguard : safeguards) {
			boolean needsCopy = safeguard.getKind() == SafeguardKind.STANDARD_CONTRACTUAL_CLAUSES
					|| safeguard.getKind() == SafeguardKind.BINDING_CORPORATE_RULES;
			if (needsCopy && safeguard.getCopy() == null) {
				report(SelosteCheck.SAFEGUARD_COPY_MISSING, safeguard, Literals.SAFEGUARD__KIND,
						written(safeguard, Literals.SAFEGUARD__KIND));
			}
		}
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
				.forEach(p -> p.bases().forEach(b -> bases.add(b.value().getKind()))));
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

	@Check
	public void checkProvision(Notice notice) {
		List<Provision> provisions = new java.util.ArrayList<>(members(notice.getMembers(), Provision.class));
		Selostes.registers(notice).forEach(r -> provisions.addAll(members(r.getMembers(), Provision.class)));
		if (provisions.isEmpty()) {
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
		if (!given.contains(AutomatedDetailKind.LOGIC) || !given.contains(AutomatedDetailKind.CONSEQUENCES)) {
			report(SelosteCheck.ADM_DETAILS_MISSING, processing, Literals.AUTOMATED_PROCESSING__STATUS,
					messages.name("automated." + processing.getKind().getName(), language(processing)));
		}
	}

	/**
	 * Art 14(1)(d): data not obtained from the data subject must be named. Data observed from the data
	 * subject's own use counts as obtained from them (Art 13; WP29 transparency guidelines, WP260 rev.01
	 * para 26), so neither the data subject nor observation need name their data.
	 */
	@Check
	public void checkSourceCategories(Source source) {
		if (source.getKind() != SourceKind.DATA_SUBJECT && source.getKind() != SourceKind.OBSERVED
				&& source.getCategories().isEmpty()
				&& Selostes.registerOf(source) != null && isController(Selostes.registerOf(source))) {
			report(SelosteCheck.SOURCE_CATEGORIES_MISSING, source, Literals.SOURCE__KIND,
					written(source, Literals.SOURCE__KIND));
		}
	}

	@Check
	public void checkDatesAndLanguages(Notice notice) {
		boolean updated = members(notice.getMembers(), DateEntry.class).stream().anyMatch(d -> d.getKind() == DateKind.UPDATED);
		if (!updated) {
			report(SelosteCheck.UPDATED_DATE_MISSING, notice, Literals.TOP_LEVEL_ELEMENT__NAME);
		}
		if (members(notice.getMembers(), Languages.class).isEmpty()) {
			report(SelosteCheck.OUTPUT_LANGUAGES_MISSING, notice, Literals.TOP_LEVEL_ELEMENT__NAME);
		}
	}
}
