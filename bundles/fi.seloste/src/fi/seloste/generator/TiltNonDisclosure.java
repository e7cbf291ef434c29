package fi.seloste.generator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.ProvisionKind;
import fi.seloste.seloste.Register;

/**
 * {@code dataDisclosed[].nonDisclosure} of one data category, from the notice's statements on the
 * provision of data ({@code tietojen-antaminen}, Art 13(2)(e)): those of its register, else those of
 * the notice.
 * <p>
 * A statement names no data category, only its kind, so the statements that cover a category are
 * found as follows; the flags and {@code consequences} come from those statements alone.
 * <ol>
 * <li>Data used only on consent is voluntary to provide (consent is freely given, Art 4(11)): only
 * voluntary statements ({@code vapaaehtoinen}) can cover it.</li>
 * <li>The law ties a requirement to a legal basis: data a contract requires ({@code sopimuksen-edellytys},
 * {@code sopimusperusteinen}) is processed for the contract, Art 6(1)(b); data the law requires
 * ({@code lakisääteinen}) for a legal obligation or public task, Art 6(1)(c), (e). A requirement covers
 * the categories a purpose uses on its basis.</li>
 * <li>A category no requirement covers that way is covered by the voluntary statements when the
 * register has no requirement, or when its requirements do cover other categories that way.</li>
 * <li>Requirements that match no purpose's basis (a contact person's data, required by the contract
 * with the employer but processed on legitimate interests) cover every category when the register
 * states nothing voluntary: the register's statements are kept, as nothing tells them apart.</li>
 * <li>Otherwise (requirements matching no basis beside voluntary statements) which statement covers
 * the category cannot be told.</li>
 * </ol>
 * A category no statement covers gets {@code false} flags and {@code ""} (TILT's empty form), reported
 * as a loss. The limit of the rule: where a register states a contract requirement and a voluntary
 * provision, a category used for a contract purpose counts as required even if the author meant the
 * voluntary statement for it (a customer account kept under terms of use, but optional to create).
 * Telling them apart needs statements that name their categories, which the language cannot yet say.
 */
final class TiltNonDisclosure {

	private static final String PATH = "dataDisclosed[].nonDisclosure";

	private final TiltContext context;

	TiltNonDisclosure(TiltContext context) {
		this.context = context;
	}

	/** The statements on the provision of data that apply to a register's categories. */
	List<Provision> provisions(Register register) {
		List<Provision> provisions = Selostes.members(register.getMembers(), Provision.class);
		return provisions.isEmpty() ? Selostes.members(context.notice.getMembers(), Provision.class) : provisions;
	}

	/**
	 * @param provisions the statements of the category's register ({@link #provisions})
	 * @param bases the legal bases of the purposes that use the category
	 * @param registerBases the legal bases of all purposes of the register
	 */
	Map<String, Object> of(List<Provision> provisions, Set<BasisKind> bases, Set<BasisKind> registerBases) {
		List<Provision> covering = covering(provisions, bases, registerBases);
		Set<ProvisionKind> kinds = covering.stream().map(Provision::getKind).collect(Collectors.toSet());
		boolean statutory = kinds.contains(ProvisionKind.STATUTORY);
		boolean contractual = kinds.contains(ProvisionKind.CONTRACTUAL) || kinds.contains(ProvisionKind.CONTRACT_REQUIREMENT);
		String consequences = covering.stream().map(p -> context.text(p.getConsequences())).filter(t -> !t.isEmpty())
				.collect(Collectors.joining(" "));
		if (!covering.isEmpty() && consequences.isEmpty()) {
			context.lost(PATH + ".consequences", "no consequences of not providing data stated");
		}
		Map<String, Object> o = Json.object();
		o.put("legalRequirement", statutory);
		o.put("contractualRegulation", contractual);
		o.put("obligationToProvide", statutory || contractual);
		o.put("consequences", consequences);
		return o;
	}

	/** The statements that cover a category (see the class comment); a loss when there are none. */
	private List<Provision> covering(List<Provision> provisions, Set<BasisKind> bases, Set<BasisKind> registerBases) {
		if (provisions.isEmpty()) {
			context.lost(PATH, "no provision of data stated");
			return List.of();
		}
		List<Provision> required = provisions.stream().filter(p -> p.getKind() != ProvisionKind.VOLUNTARY).toList();
		List<Provision> voluntary = provisions.stream().filter(p -> p.getKind() == ProvisionKind.VOLUNTARY).toList();
		boolean consentOnly = !bases.isEmpty() && Set.of(BasisKind.CONSENT).containsAll(bases);
		List<Provision> matched = required.stream().filter(p -> requires(p.getKind(), bases)).toList();
		List<Provision> covering;
		if (consentOnly) {
			covering = voluntary;
		} else if (!matched.isEmpty()) {
			covering = matched;
		} else if (required.isEmpty() || required.stream().anyMatch(p -> requires(p.getKind(), registerBases))) {
			covering = voluntary;
		} else if (voluntary.isEmpty()) {
			covering = required;
		} else {
			context.lost(PATH, "the statements on the provision of data do not tell which covers some categories");
			return List.of();
		}
		if (covering.isEmpty()) {
			context.lost(PATH, "no provision of data stated for some categories");
		}
		return covering;
	}

	/** Whether a statement of this kind makes providing data used on these bases a requirement. */
	private static boolean requires(ProvisionKind kind, Set<BasisKind> bases) {
		return switch (kind) {
			case STATUTORY -> bases.contains(BasisKind.LEGAL_OBLIGATION) || bases.contains(BasisKind.PUBLIC_TASK);
			case CONTRACTUAL, CONTRACT_REQUIREMENT -> bases.contains(BasisKind.CONTRACT);
			case VOLUNTARY -> false;
		};
	}
}
