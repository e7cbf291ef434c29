package fi.seloste.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.seloste.law.Gdpr;
import fi.seloste.model.Selostes;
import fi.seloste.model.resolved.Fact;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.Text;

/**
 * {@code dataDisclosed}: one entry per data category of each register, with the purposes that use
 * it, their legal bases, its recipients, its storage ({@link TiltStorage}) and the provision of data
 * ({@link TiltNonDisclosure}). Purposes, bases, retention and recipients are read from the resolved
 * model, so TILT says what the other formats say: a purpose without {@code tiedot} uses the register's
 * data, a purpose without a basis of its own has the register's one basis.
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
		for (ResolvedRegister register : context.resolved.registers()) {
			List<Provision> provisions = nonDisclosure.provisions(register.register());
			Set<BasisKind> registerBases = bases(register.purposes());
			for (DataCategory category : Selostes.categories(register.register())) {
				List<ResolvedPurpose> using = register.purposes().stream()
						.filter(p -> p.categories().stream().anyMatch(c -> c.value() == category)).toList();
				Map<String, Object> o = Json.object();
				o.put("_id", register.register().getName() + "." + category.getName());
				o.put("category", context.text(category.getLabel()));
				o.put("purposes", using.stream().map(p -> purpose(p.purpose())).toList());
				o.put("legalBases", legalBases(using));
				o.put("legitimateInterests", legitimateInterests(using));
				o.put("recipients", recipients(register, category, using));
				o.put("storage", storage.of(category, using));
				o.put("nonDisclosure", nonDisclosure.of(provisions, bases(using), registerBases));
				result.add(o);
			}
		}
		return result;
	}

	/**
	 * The register's recipients that serve a purpose using the category (as the resolved model tells:
	 * the purposes they name, else the whole register) and, where they name the data they receive
	 * ({@code tiedot}), receive this category. A recipient of the whole register that names no data is
	 * thus listed under each category its purposes use, as the other formats list it for each purpose.
	 */
	private List<Object> recipients(ResolvedRegister register, DataCategory category, List<ResolvedPurpose> using) {
		return register.recipients().items().stream()
				.filter(r -> using.stream().anyMatch(p -> r.serves(p.purpose())))
				.filter(r -> receives(r.party(), category))
				.map(r -> recipient(r.party())).toList();
	}

	private static boolean receives(Party party, DataCategory category) {
		List<DataRefs> data = Selostes.members(party.getMembers(), DataRefs.class);
		return data.isEmpty() || data.stream().anyMatch(r -> r.getCategories().contains(category));
	}

	private Object purpose(Purpose p) {
		Map<String, Object> o = Json.object();
		o.put("purpose", context.text(p.getLabel()));
		o.put("description", context.required(context.detail(p.getMembers(), DetailKind.DESCRIPTION),
				"dataDisclosed[].purposes[].description", "no description of a purpose stated"));
		return o;
	}

	private static Set<BasisKind> bases(List<ResolvedPurpose> purposes) {
		return purposes.stream().flatMap(p -> p.bases().stream()).map(b -> b.value().getKind()).collect(Collectors.toSet());
	}

	/**
	 * The Art 6 bases and Art 9(2) conditions of the purposes, each once, with the first text given and
	 * every law the bases of that code name (Art 6(3)).
	 */
	private List<Object> legalBases(List<ResolvedPurpose> using) {
		Map<String, String> bases = new LinkedHashMap<>();
		Map<String, Set<String>> statutes = new LinkedHashMap<>();
		for (ResolvedPurpose p : using) {
			for (Fact<LegalBasis> b : p.bases()) {
				String code = Gdpr.basisCode(b.value().getKind());
				bases.putIfAbsent(code, context.text(b.value().getText()));
				LegalBases.statute(b.value()).ifPresent(statute -> statutes
						.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(statute(b.value(), statute)));
			}
			for (SpecialCondition s : p.conditions()) {
				bases.putIfAbsent(Gdpr.specialCode(s.getKind()), context.text(s.getText()));
			}
		}
		return bases.entrySet().stream().map(e -> {
			Map<String, Object> bo = Json.object();
			bo.put("reference", e.getKey());
			String description = e.getValue();
			Set<String> laws = statutes.getOrDefault(e.getKey(), Set.of());
			if (!laws.isEmpty()) {
				String named = String.join("; ", laws);
				// a sentence of its own after nothing or after a full stop, else a further clause
				boolean clause = !description.isEmpty() && !description.strip().endsWith(".");
				description = clause ? description + "; " + named
						: (description.isEmpty() ? "" : description + " ") + Character.toUpperCase(named.charAt(0))
								+ named.substring(1);
			}
			bo.put("description", description);
			return (Object) bo;
		}).toList();
	}

	/** "law on which the processing is based (Article 6(3) GDPR): …" for 6(1)(c) and (e), "law: …" else. */
	private String statute(LegalBasis basis, Text statute) {
		return context.labels.get(LegalBases.restsOnLaw(basis.getKind()) ? "basis.statute" : "basis.law") + ": "
				+ context.text(statute);
	}

	/** Each legitimate interest stated; {@code exists: false} when no purpose rests on Art 6(1)(f). */
	private List<Object> legitimateInterests(List<ResolvedPurpose> using) {
		List<Object> interests = new ArrayList<>();
		for (ResolvedPurpose p : using) {
			for (Fact<LegalBasis> b : p.bases()) {
				if (b.value().getKind() == BasisKind.LEGITIMATE_INTERESTS) {
					Map<String, Object> li = Json.object();
					li.put("exists", true);
					li.put("reasoning", context.required(context.text(b.value().getText()), "dataDisclosed[].legitimateInterests[].reasoning",
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
