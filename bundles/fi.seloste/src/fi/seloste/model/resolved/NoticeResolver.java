package fi.seloste.model.resolved;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.NoDpo;
import fi.seloste.seloste.NoRecipients;
import fi.seloste.seloste.NoTransfers;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.PersonRole;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarker;
import fi.seloste.seloste.PurposeMarkerKind;
import fi.seloste.seloste.PurposeRefs;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.RegisterRole;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.SubjectRefs;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.TransferRecipient;
import fi.seloste.seloste.Use;

/** Computes a {@link ResolvedNotice} from a linked notice; the rules are written here once. */
final class NoticeResolver {

	private final Notice notice;

	private NoticeResolver(Notice notice) {
		this.notice = notice;
	}

	static ResolvedNotice resolve(Notice notice) {
		return new NoticeResolver(notice).resolve();
	}

	private ResolvedNotice resolve() {
		List<Person> officers = Selostes.members(notice.getMembers(), Person.class).stream()
				.filter(p -> p.getRole() == PersonRole.DPO).toList();
		NoDpo noDpo = Selostes.members(notice.getMembers(), NoDpo.class).stream().findFirst().orElse(null);
		List<ResolvedRegister> registers = new ArrayList<>();
		for (Register register : Selostes.registers(notice)) {
			registers.add(register(register));
		}
		return new ResolvedNotice(notice, Statement.of(officers, noDpo),
				Selostes.members(notice.getMembers(), Retention.class), registers);
	}

	private ResolvedRegister register(Register register) {
		boolean controller = Selostes.members(register.getMembers(), Role.class).stream()
				.noneMatch(r -> r.getRole() == RegisterRole.PROCESSOR);
		List<ResolvedRecipient> recipients = recipients(register);
		List<ResolvedTransfer> transfers = new ArrayList<>();
		for (Transfer transfer : Selostes.members(register.getMembers(), Transfer.class)) {
			transfers.add(transfer(transfer, recipients));
		}
		List<LegalBasis> bases = Selostes.members(register.getMembers(), LegalBasis.class);
		List<ResolvedPurpose> purposes = new ArrayList<>();
		for (Purpose purpose : Selostes.purposes(register)) {
			purposes.add(purpose(purpose, register, bases, recipients, transfers));
		}
		NoRecipients noRecipients = Selostes.members(register.getMembers(), NoRecipients.class).stream().findFirst()
				.orElse(null);
		NoTransfers noTransfers = Selostes.members(register.getMembers(), NoTransfers.class).stream().findFirst()
				.orElse(null);
		return new ResolvedRegister(register, controller, bases, Statement.of(recipients, noRecipients),
				Statement.of(transfers, noTransfers), Selostes.members(register.getMembers(), Retention.class),
				purposes);
	}

	/** The register's own and used parties, then the notice's, each once. */
	private List<ResolvedRecipient> recipients(Register register) {
		List<ResolvedRecipient> result = new ArrayList<>();
		Set<Party> seen = new LinkedHashSet<>();
		for (EObject member : register.getMembers()) {
			Party party = member instanceof Party p ? p
					: member instanceof Use use && use.getElement() instanceof Party p && !p.eIsProxy() ? p : null;
			if (party != null && seen.add(party)) {
				result.add(recipient(party, Origin.REGISTER, member));
			}
		}
		for (EObject member : notice.getMembers()) {
			Party party = member instanceof Party p ? p
					: member instanceof Use use && use.getElement() instanceof Party p && !p.eIsProxy() ? p : null;
			if (party != null && seen.add(party)) {
				result.add(recipient(party, Origin.NOTICE, member));
			}
		}
		return result;
	}

	private static ResolvedRecipient recipient(Party party, Origin general, EObject statedBy) {
		List<Purpose> purposes = purposes(party.getMembers());
		return new ResolvedRecipient(party, purposes.isEmpty() ? general : Origin.PURPOSE, purposes,
				Location.of(party), statedBy);
	}

	/** The purposes named with {@code tarkoituksiin}, resolved, each once. */
	private static List<Purpose> purposes(List<? extends EObject> members) {
		return members.stream().filter(PurposeRefs.class::isInstance).map(PurposeRefs.class::cast)
				.flatMap(r -> r.getPurposes().stream()).filter(p -> !p.eIsProxy()).distinct().toList();
	}

	/**
	 * A transfer serves the purposes it names; without them, the purposes its recipients name when each
	 * of them names some (data reach a recipient only for the purposes it serves); else the register.
	 */
	private static ResolvedTransfer transfer(Transfer transfer, List<ResolvedRecipient> registerRecipients) {
		List<ResolvedRecipient> to = new ArrayList<>();
		for (TransferRecipient r : Selostes.members(transfer.getMembers(), TransferRecipient.class)) {
			Party party = r.getRecipient();
			if (party == null || party.eIsProxy()) {
				continue;
			}
			to.add(registerRecipients.stream().filter(x -> x.party() == party).findFirst()
					.orElseGet(() -> recipient(party, Origin.REGISTER, r)));
		}
		List<Purpose> purposes = purposes(transfer.getMembers());
		if (purposes.isEmpty() && !to.isEmpty() && to.stream().allMatch(r -> r.scope() == Origin.PURPOSE)) {
			purposes = to.stream().flatMap(r -> r.purposes().stream()).distinct().toList();
		}
		Map<String, Location> locations = new LinkedHashMap<>();
		for (EObject member : transfer.getMembers()) {
			if (member instanceof Detail detail && detail.getKind() == DetailKind.COUNTRY) {
				Location stated = Location.stated(fi.seloste.model.Texts.firstValue(detail.getValue()));
				locations.putIfAbsent(stated.code(), stated);
			}
		}
		to.stream().map(ResolvedRecipient::location).filter(l -> l.code() != null)
				.forEach(l -> locations.putIfAbsent(l.code(), l));
		return new ResolvedTransfer(transfer, purposes.isEmpty() ? Origin.REGISTER : Origin.PURPOSE, purposes, to,
				List.copyOf(locations.values()), Selostes.members(transfer.getMembers(), Safeguard.class));
	}

	private ResolvedPurpose purpose(Purpose purpose, Register register, List<LegalBasis> registerBases,
			List<ResolvedRecipient> recipients, List<ResolvedTransfer> transfers) {
		List<LegalBasis> ownBases = Selostes.members(purpose.getMembers(), LegalBasis.class);
		// one basis stated for the register applies to each purpose without its own; several bases of a
		// register are not linked to any one purpose, so a purpose gets none of them
		List<Fact<LegalBasis>> bases = ownBases.isEmpty()
				? registerBases.size() == 1 ? List.of(Fact.of(registerBases.get(0), Origin.REGISTER)) : List.of()
				: ownBases.stream().map(b -> Fact.of(b, Origin.PURPOSE)).toList();
		List<DataCategory> ownCategories = Selostes.members(purpose.getMembers(), DataRefs.class).stream()
				.flatMap(r -> r.getCategories().stream()).filter(c -> !c.eIsProxy()).distinct().toList();
		List<Fact<DataCategory>> categories = ownCategories.isEmpty()
				? Selostes.categories(register).stream().map(c -> new Fact<>(c, Origin.REGISTER, register)).toList()
				: ownCategories.stream().map(c -> new Fact<>(c, Origin.PURPOSE, purpose)).toList();
		List<SubjectGroup> ownSubjects = Selostes.members(purpose.getMembers(), SubjectRefs.class).stream()
				.flatMap(r -> r.getGroups().stream()).filter(g -> !g.eIsProxy()).distinct().toList();
		List<Fact<SubjectGroup>> subjects = ownSubjects.isEmpty()
				? Selostes.members(register.getMembers(), SubjectGroup.class).stream()
						.map(g -> new Fact<>(g, Origin.REGISTER, register)).toList()
				: ownSubjects.stream().map(g -> new Fact<>(g, Origin.PURPOSE, purpose)).toList();
		Set<PurposeMarkerKind> markers = EnumSet.noneOf(PurposeMarkerKind.class);
		Selostes.members(purpose.getMembers(), PurposeMarker.class).forEach(m -> markers.add(m.getKind()));
		RetentionRule.Result retention = RetentionRule.resolve(purpose, ownCategories, register, notice);
		return new ResolvedPurpose(purpose, bases, Selostes.members(purpose.getMembers(), SpecialCondition.class),
				categories, ownCategories, subjects, markers, retention.facts(), retention.covered(),
				recipients.stream().filter(r -> r.serves(purpose)).toList(),
				transfers.stream().filter(t -> t.serves(purpose)).toList());
	}
}
