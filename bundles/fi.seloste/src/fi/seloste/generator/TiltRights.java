package fi.seloste.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.AutomatedDetailKind;
import fi.seloste.seloste.AutomatedKind;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.UsageStatus;

/**
 * The rights of a TILT document ({@code rightTo…}, {@code accessAndDataPortability}) and
 * {@code automatedDecisionMaking}.
 * <p>
 * A right the notice states is {@code available: true}, described by its text, else by its fixed
 * name with the article in the document's language. A right it does not mention is an empty object,
 * never {@code available: false}: the rights exist by law whether or not the notice lists them. Only
 * {@code accessAndDataPortability} requires {@code available}; without either right it is
 * {@code false} and reported as a loss.
 */
final class TiltRights {

	private final TiltContext context;
	private final TiltContacts contacts;

	TiltRights(TiltContext context, TiltContacts contacts) {
		this.context = context;
		this.contacts = contacts;
	}

	Map<String, Object> right(RightKind... kinds) {
		List<Right> rights = Selostes.rights(blocks()).filter(r -> List.of(kinds).contains(r.getKind())).toList();
		Map<String, Object> o = Json.object();
		if (!rights.isEmpty()) {
			o.put("available", true);
			o.put("description", rights.stream().map(this::description).collect(Collectors.joining(" ")));
		}
		return o;
	}

	Map<String, Object> accessAndDataPortability() {
		Map<String, Object> o = right(RightKind.ACCESS, RightKind.PORTABILITY);
		if (o.isEmpty()) {
			o.put("available", context.empty("accessAndDataPortability", "no right of access or portability stated", false));
		}
		return o;
	}

	Map<String, Object> rightToComplain() {
		Map<String, Object> o = right(RightKind.COMPLAINT);
		if (!o.isEmpty()) {
			o.put("supervisoryAuthority", contacts.supervisoryAuthority());
		}
		return o;
	}

	/** Empty when the notice does not say whether it makes automated decisions. */
	Map<String, Object> automatedDecisionMaking() {
		String path = "automatedDecisionMaking";
		Map<String, Object> o = Json.object();
		Optional<AutomatedProcessing> adm = Selostes.members(context.notice.getMembers(), AutomatedProcessing.class)
				.stream().filter(a -> a.getKind() == AutomatedKind.DECISION_MAKING).findFirst();
		adm.ifPresent(a -> {
			boolean used = a.getStatus() == UsageStatus.USED;
			o.put("inUse", used);
			if (used) {
				o.put("logicInvolved", context.required(detail(a, AutomatedDetailKind.LOGIC), path + ".logicInvolved",
						"no logic of the automated decisions stated"));
				String effects = List.of(detail(a, AutomatedDetailKind.SIGNIFICANCE), detail(a, AutomatedDetailKind.CONSEQUENCES))
						.stream().filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
				o.put("scopeAndIntendedEffects", context.required(effects, path + ".scopeAndIntendedEffects",
						"no significance or consequences of the automated decisions stated"));
			}
		});
		return o;
	}

	private String description(Right right) {
		String text = context.text(right.getText());
		return text.isEmpty() ? context.labels.get("right", right.getKind()) : text;
	}

	private String detail(AutomatedProcessing a, AutomatedDetailKind kind) {
		return a.getDetails().stream().filter(d -> d.getKind() == kind).map(d -> context.text(d.getText()))
				.collect(Collectors.joining(" "));
	}

	/** The notice's rights blocks, then the registers' own. */
	private List<Rights> blocks() {
		List<Rights> blocks = new ArrayList<>(Selostes.members(context.notice.getMembers(), Rights.class));
		for (Register register : Selostes.registers(context.notice)) {
			Selostes.members(register.getMembers(), Rights.class).stream().filter(b -> !blocks.contains(b)).forEach(blocks::add);
		}
		return blocks;
	}
}
