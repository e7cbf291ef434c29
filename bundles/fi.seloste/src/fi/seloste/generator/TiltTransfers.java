package fi.seloste.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.TransferRecipient;

/**
 * {@code thirdCountryTransfers}: one entry per transfer and recipient country.
 * <p>
 * TILT's four guarantee objects are optional, so each is written only for a safeguard the notice
 * states, never as {@code available: false} for one it does not mention (that would say, for
 * example, that a country has no adequacy decision). Adequacy decisions and the Data Privacy
 * Framework go into {@code adequacyDecision}, standard contractual clauses into
 * {@code standardDataProtectionClause}, binding corporate rules into {@code appropriateGuarantees}.
 * TILT has no field for an Art 49 derogation; its legal ground goes into the description of
 * {@code appropriateGuarantees} ("derogation for a specific situation (Article 49 GDPR): …"), with
 * {@code available: false} unless binding corporate rules are also stated, because Art 49(1) applies
 * only in the absence of appropriate safeguards. A description is the safeguard's own text, else
 * the fixed name of the safeguard in the document's language.
 */
final class TiltTransfers {

	private final TiltContext context;

	TiltTransfers(TiltContext context) {
		this.context = context;
	}

	List<Object> build() {
		List<Object> result = new ArrayList<>();
		for (Register register : Selostes.registers(context.notice)) {
			for (Transfer transfer : Selostes.members(register.getMembers(), Transfer.class)) {
				List<Safeguard> safeguards = Selostes.members(transfer.getMembers(), Safeguard.class);
				Set<String> countries = new LinkedHashSet<>();
				for (TransferRecipient r : Selostes.members(transfer.getMembers(), TransferRecipient.class)) {
					if (r.getRecipient() != null && !r.getRecipient().eIsProxy()) {
						countries.add(context.country(r.getRecipient().getMembers()));
					}
				}
				if (countries.isEmpty()) {
					countries.add("");
				}
				for (String country : countries) {
					result.add(entry(country, safeguards));
				}
			}
		}
		return result;
	}

	private Map<String, Object> entry(String country, List<Safeguard> safeguards) {
		Map<String, Object> o = Json.object();
		if (!country.isEmpty()) {
			o.put("country", country);
		}
		guarantee(o, "adequacyDecision", of(safeguards, SafeguardKind.ADEQUACY_DECISION, SafeguardKind.DATA_PRIVACY_FRAMEWORK), false);
		List<Safeguard> rules = of(safeguards, SafeguardKind.BINDING_CORPORATE_RULES);
		List<Safeguard> derogations = of(safeguards, SafeguardKind.DEROGATION);
		List<Safeguard> appropriate = new ArrayList<>(rules);
		appropriate.addAll(derogations);
		guarantee(o, "appropriateGuarantees", appropriate, rules.isEmpty());
		guarantee(o, "standardDataProtectionClause", of(safeguards, SafeguardKind.STANDARD_CONTRACTUAL_CLAUSES), false);
		return o;
	}

	private static List<Safeguard> of(List<Safeguard> safeguards, SafeguardKind... kinds) {
		return safeguards.stream().filter(s -> List.of(kinds).contains(s.getKind())).toList();
	}

	/** The guarantee object for the stated safeguards; nothing when none is stated. */
	private void guarantee(Map<String, Object> o, String key, List<Safeguard> stated, boolean onlyDerogations) {
		if (stated.isEmpty()) {
			return;
		}
		Map<String, Object> g = Json.object();
		g.put("available", !onlyDerogations);
		g.put("description", stated.stream().map(this::description).collect(Collectors.joining(" ")));
		o.put(key, g);
	}

	private String description(Safeguard safeguard) {
		String text = context.text(safeguard.getText());
		if (safeguard.getKind() == SafeguardKind.DEROGATION) {
			String ground = context.labels.get("safeguard", SafeguardKind.DEROGATION);
			return text.isEmpty() ? ground : ground + ": " + text;
		}
		return text.isEmpty() ? context.labels.get("safeguard", safeguard.getKind()) : text;
	}
}
