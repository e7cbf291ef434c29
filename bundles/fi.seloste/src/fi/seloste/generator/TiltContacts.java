package fi.seloste.generator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.model.Selostes;
import fi.seloste.model.resolved.Statement;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.PersonRole;
import fi.seloste.seloste.SupervisoryAuthority;

/**
 * The people and bodies of a TILT document: {@code controller} with its {@code representative},
 * {@code dataProtectionOfficer}, and the supervisory authority of {@code rightToComplain}.
 * <p>
 * Each holds only what the notice states of that person. TILT requires a representative and a DPO
 * (with name, address, country and a valid e-mail) even where there is none: a notice without an
 * Art 27 EU representative ({@code edustaja}) or without a DPO ({@code tietosuojavastaava}; also where
 * it states that none is appointed, {@code ei-tietosuojavastaavaa}, which TILT cannot say) gets the
 * object in its empty form ({@code ""}, {@link TiltContext#NO_COUNTRY}, {@link TiltContext#NO_EMAIL})
 * and a loss. The contact person or the controller's own details never stand in for either: that
 * would state that someone holds an office nobody was appointed to. The only derived value: a
 * controller with a Finnish business ID (Y-tunnus) is in {@code FI}.
 */
final class TiltContacts {

	private final TiltContext context;

	TiltContacts(TiltContext context) {
		this.context = context;
	}

	/** The first controller; TILT has one, so each further controller of the notice is a loss. */
	Map<String, Object> controller() {
		List<Controller> controllers = Selostes.controllers(context.notice);
		controllers.stream().skip(1).forEach(c -> context.lost("controller",
				"controller " + c.getName() + " not exported: TILT has one controller"));
		List<? extends EObject> d = controllers.stream().findFirst()
				.<List<? extends EObject>>map(Controller::getDetails).orElse(List.of());
		Map<String, Object> o = Json.object();
		o.put("name", context.required(context.detail(d, DetailKind.NAME), "controller.name", "no controller name stated"));
		o.put("address", context.required(context.address(d), "controller.address", "no controller address stated"));
		String country = context.country(d);
		if (country.isEmpty() && !context.detail(d, DetailKind.BUSINESS_ID).isEmpty()) {
			country = "FI";
		}
		o.put("country", country.isEmpty()
				? context.empty("controller.country", "no controller country stated", TiltContext.NO_COUNTRY)
				: country);
		o.put("representative", representative());
		return o;
	}

	/** The Art 27 EU representative, and no one else. */
	private Map<String, Object> representative() {
		String path = "controller.representative";
		Map<String, Object> o = Json.object();
		Optional<Person> representative = person(PersonRole.REPRESENTATIVE);
		if (representative.isEmpty()) {
			context.lost(path, "no EU representative stated");
			o.put("name", "");
			o.put("email", TiltContext.NO_EMAIL);
			return o;
		}
		List<? extends EObject> d = representative.get().getDetails();
		o.put("name", context.required(context.detail(d, DetailKind.NAME), path + ".name", "no name of the EU representative stated"));
		o.put("email", context.requiredEmail(d, path + ".email", "the EU representative"));
		context.phone(o, d);
		return o;
	}

	Map<String, Object> dataProtectionOfficer() {
		String path = "dataProtectionOfficer";
		Map<String, Object> o = Json.object();
		Statement<Person> officers = context.resolved.dataProtectionOfficers();
		Optional<Person> dpo = officers.items().stream().findFirst();
		if (dpo.isEmpty()) {
			context.lost(path, officers.isStatedAbsent() ? "the notice states that no DPO is appointed" : "no DPO stated");
			o.put("name", "");
			o.put("address", "");
			o.put("country", TiltContext.NO_COUNTRY);
			o.put("email", TiltContext.NO_EMAIL);
			return o;
		}
		List<? extends EObject> d = dpo.get().getDetails();
		o.put("name", context.required(context.detail(d, DetailKind.NAME), path + ".name", "no name of the DPO stated"));
		o.put("address", context.required(context.address(d), path + ".address", "no address of the DPO stated"));
		String country = context.country(d);
		o.put("country", country.isEmpty()
				? context.empty(path + ".country", "no country of the DPO stated", TiltContext.NO_COUNTRY)
				: country);
		o.put("email", context.requiredEmail(d, path + ".email", "the DPO"));
		context.phone(o, d);
		return o;
	}

	/** {@code rightToComplain.supervisoryAuthority}: only its name is required. */
	Map<String, Object> supervisoryAuthority() {
		List<? extends EObject> d = Selostes.members(context.notice.getMembers(), SupervisoryAuthority.class).stream()
				.findFirst().<List<? extends EObject>>map(SupervisoryAuthority::getDetails).orElse(List.of());
		Map<String, Object> o = Json.object();
		o.put("name", context.required(context.detail(d, DetailKind.NAME), "rightToComplain.supervisoryAuthority.name",
				"no supervisory authority stated"));
		String address = context.address(d);
		if (!address.isEmpty()) {
			o.put("address", address);
		}
		String country = context.country(d);
		if (!country.isEmpty()) {
			o.put("country", country);
		}
		context.optionalEmail(o, d, "rightToComplain.supervisoryAuthority.email", "the supervisory authority");
		context.phone(o, d);
		return o;
	}

	private Optional<Person> person(PersonRole role) {
		return Selostes.members(context.notice.getMembers(), Person.class).stream().filter(p -> p.getRole() == role)
				.findFirst();
	}
}
