package fi.seloste.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.seloste.model.Selostes;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.SpecialCondition;

/**
 * {@code dataDisclosed}: one entry per data category of each register, with the purposes that use
 * it, their legal bases, the recipients named for it, its storage ({@link TiltStorage}) and the
 * provision of data ({@link TiltNonDisclosure}).
 */
final class TiltDataDisclosed {

	private final TiltContext context;
	private final TiltStorage storage;
	private final TiltNonDisclosure nonDisclosure;

	TiltDataDisclosed(TiltContext context) {
		this.context = context;
		this.storage = new TiltStorage(context);
		this.nonDisclosure = new TiltNonDisclosure(context);
	}

	List<Object> build() {
		List<Object> result = new ArrayList<>();
		for (Register register : Selostes.registers(context.notice)) {
			List<Purpose> purposes = Selostes.purposes(register);
			List<Provision> provisions = nonDisclosure.provisions(register);
			Set<BasisKind> registerBases = bases(purposes);
			for (DataCategory category : Selostes.categories(register)) {
				List<Purpose> using = purposes.stream().filter(p -> Selostes.members(p.getMembers(), DataRefs.class)
						.stream().anyMatch(r -> r.getCategories().contains(category))).toList();
				Map<String, Object> o = Json.object();
				o.put("_id", register.getName() + "." + category.getName());
				o.put("category", context.text(category.getLabel()));
				o.put("purposes", using.stream().map(this::purpose).toList());
				o.put("legalBases", legalBases(using));
				o.put("legitimateInterests", legitimateInterests(using));
				o.put("recipients", Selostes.parties(register).stream()
						.filter(p -> Selostes.members(p.getMembers(), DataRefs.class).stream()
								.anyMatch(r -> r.getCategories().contains(category)))
						.map(this::recipient).toList());
				o.put("storage", storage.of(category, using));
				o.put("nonDisclosure", nonDisclosure.of(provisions, bases(using), registerBases));
				result.add(o);
			}
		}
		return result;
	}

	private Object purpose(Purpose p) {
		Map<String, Object> o = Json.object();
		o.put("purpose", context.text(p.getLabel()));
		o.put("description", context.required(context.detail(p.getMembers(), DetailKind.DESCRIPTION),
				"dataDisclosed[].purposes[].description", "no description of a purpose stated"));
		return o;
	}

	private static Set<BasisKind> bases(List<Purpose> using) {
		return using.stream().flatMap(p -> Selostes.members(p.getMembers(), LegalBasis.class).stream())
				.map(LegalBasis::getKind).collect(Collectors.toSet());
	}

	/** The Art 6 bases and Art 9(2) conditions of the purposes, each once, with the first text given. */
	private List<Object> legalBases(List<Purpose> using) {
		Map<String, String> bases = new LinkedHashMap<>();
		for (Purpose p : using) {
			for (LegalBasis b : Selostes.members(p.getMembers(), LegalBasis.class)) {
				bases.putIfAbsent(Gdpr.basisCode(b.getKind()), context.text(b.getText()));
			}
			for (SpecialCondition s : Selostes.members(p.getMembers(), SpecialCondition.class)) {
				bases.putIfAbsent(Gdpr.specialCode(s.getKind()), context.text(s.getText()));
			}
		}
		return bases.entrySet().stream().map(e -> {
			Map<String, Object> bo = Json.object();
			bo.put("reference", e.getKey());
			bo.put("description", e.getValue());
			return (Object) bo;
		}).toList();
	}

	/** Each legitimate interest stated; {@code exists: false} when no purpose rests on Art 6(1)(f). */
	private List<Object> legitimateInterests(List<Purpose> using) {
		List<Object> interests = new ArrayList<>();
		for (Purpose p : using) {
			for (LegalBasis b : Selostes.members(p.getMembers(), LegalBasis.class)) {
				if (b.getKind() == BasisKind.LEGITIMATE_INTERESTS) {
					Map<String, Object> li = Json.object();
					li.put("exists", true);
					li.put("reasoning", context.required(context.text(b.getText()), "dataDisclosed[].legitimateInterests[].reasoning",
							"no legitimate interest stated for a purpose on Art 6(1)(f)"));
					if (!interests.contains(li)) {
						interests.add(li);
					}
				}
			}
		}
		if (interests.isEmpty()) {
			Map<String, Object> none = Json.object();
			none.put("exists", false);
			interests.add(none);
		}
		return interests;
	}

	private Object recipient(Party party) {
		Map<String, Object> o = Json.object();
		String name = context.detail(party.getMembers(), DetailKind.NAME);
		if (!name.isEmpty()) {
			o.put("name", name);
		}
		String address = context.address(party.getMembers());
		if (!address.isEmpty()) {
			o.put("address", address);
		}
		String country = context.country(party.getMembers());
		if (!country.isEmpty()) {
			o.put("country", country);
		}
		o.put("category", party.getLabel() != null ? context.text(party.getLabel()) : Gdpr.code(party.getKind()));
		return o;
	}
}
