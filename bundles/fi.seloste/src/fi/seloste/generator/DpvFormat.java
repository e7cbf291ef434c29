package fi.seloste.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.law.Gdpr;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.Fact;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.model.resolved.Location;
import fi.seloste.model.resolved.Origin;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRecipient;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.model.resolved.ResolvedTransfer;
import fi.seloste.model.resolved.RetentionFact;
import fi.seloste.seloste.Anchor;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.ControllerKind;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.PersonRole;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SessionPeriod;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.UntilPeriod;

/**
 * W3C Data Privacy Vocabulary (DPV) as JSON-LD, read from the {@link ResolvedNotice}: each controller
 * as {@code dpv:DataController} (the notice's own with {@code dpv:hasRepresentative}, the Art 27
 * representative, a {@code dpv:Representative}, and {@code dpv:hasDataProtectionOfficer}, a
 * {@code dpv:DataProtectionOfficer}, where the notice names them), and per register one {@code dpv:Process} holding what the notice states
 * for the register as a whole, whose parts ({@code dct:hasPart}) are one {@code dpv:Process} per purpose
 * and the register's transfers. Nodes are named {@code urn:seloste:NOTICE:KIND:NAME}; labels carry
 * every language of the notice. No RDF library; the JSON is written in a fixed order.
 * <p>
 * What goes where, so that nothing is claimed for a purpose that the notice states only for the
 * register:
 * <ul>
 * <li><b>Register process</b> ({@code register:R}): the register's own legal bases, data categories,
 * data subjects and retention; the recipients and transfers that serve the register as a whole (no
 * {@code tarkoituksiin}; a party of the notice itself serves every register); stated absences
 * ({@code ei-vastaanottajia}, {@code ei-siirtoja}) as comments; {@code dpv:hasDataController}, or for a
 * register the organisation processes on another's behalf {@code dpv:hasDataProcessor} and the
 * controller named by its {@code lukuun} text. Its parts are the purpose processes. A reader must not
 * copy the register's recipients into its parts: they serve the register, not a stated purpose.
 * <li><b>Purpose process</b> ({@code process:R.P}): the purpose's own bases and Art 9(2) conditions
 * (and the register's single basis where the notice's rule makes it the purpose's, with a comment
 * saying so), the data and data subjects the purpose names, only the recipients that name the purpose,
 * and every retention that applies to it ({@link RetentionFact}), each with a comment saying where it
 * was stated when that is not the purpose; a category's retention also names the category's data
 * ({@code dpv:hasPersonalData} on the storage condition), as it applies to that data only.
 * <li><b>Transfer process</b> ({@code transfer:R.T}, or {@code R.1} … for an unnamed one):
 * {@code dpv:hasProcessing dpv:Transfer}, its recipients, the third countries the notice states
 * ({@code dpv:hasThirdCountry} with the DPV location concept {@code loc:US}; a country only inferred
 * from a provider's name is not exported), and the legal mechanism as a DPV eu-gdpr transfer basis
 * ({@link Gdpr#safeguardEuGdpr}). It is a part of each purpose process it serves, or of the register
 * process when it serves the register as a whole. An Art 49 derogation is a {@code
 * dpv:DataTransferLegalBasis} with a comment: the notice does not state the point of Art 49, and DPV
 * has no IRI for Art 49(1) as a whole.
 * </ul>
 * <b>Storage.</b> A period is a {@code dpv:StorageDuration} whose {@code dpv:hasDuration} is, as in
 * DPV's own examples, a {@code dpv:TemporalDuration} with an {@code xsd:duration} value when the period
 * runs from collection ("2 years", "at most 14 months from collection"; the upper bound of a range, the
 * range and "at most" as comments), and a {@code dpv:UntilEventDuration} whose value describes the event
 * otherwise: "until end-of-contract" is {@code "end-of-contract"}, "until end-of-contract + 6 months" is
 * {@code "P6M after end-of-contract"} and "10 years from end-of-financial-year" is
 * {@code "P10Y after end-of-financial-year"}. A bare {@code P6M} would read as six months in total, and
 * an invented property would be understood by no DPV reader. The criteria of Art 13(2)(a) are a
 * {@code dpv:StorageCondition} with the criteria as comments.
 * <p>
 * <b>Legal bases</b> are the DPV eu-gdpr concepts ({@code eu-gdpr:A6-1-e}, {@code eu-gdpr:A9-2-h}),
 * never the generic DPV ones: for a public task, {@code dpv:PublicInterest} would cover only half of Art
 * 6(1)(e), and adding {@code dpv:OfficialAuthorityOfController} would claim both halves where the notice
 * states one of them; {@code eu-gdpr:A6-1-e} is exactly what the notice states.
 */
public class DpvFormat implements NoticeFormat {

	private static final String STATED_FOR = "stated for the ";

	@Override
	public String id() {
		return "dpv";
	}

	@Override
	public List<OutputFile> render(Notice notice, List<Language> languages) {
		return List.of(OutputFile.text(notice.getName() + ".dpv.jsonld", Json.pretty(document(notice))));
	}

	public Map<String, Object> document(Notice notice) {
		Map<String, Object> context = Json.object();
		context.put("dpv", Gdpr.DPV);
		context.put("eu-gdpr", Gdpr.EU_GDPR);
		context.put("loc", Gdpr.LOC);
		context.put("dct", "http://purl.org/dc/terms/");
		context.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
		context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
		context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		Ids ids = new Ids("urn:seloste:" + notice.getName() + ":");
		List<Object> graph = new ArrayList<>();
		List<Controller> controllers = Selostes.members(notice.getMembers(), Controller.class);
		ResolvedNotice resolved = ResolvedNotice.of(notice);
		List<Person> representatives = Selostes.members(notice.getMembers(), Person.class).stream()
				.filter(p -> p.getRole() == PersonRole.REPRESENTATIVE).toList();
		List<Person> officers = resolved.dataProtectionOfficers().items();
		for (Controller c : controllers) {
			Map<String, Object> node = Json.object();
			node.put("@id", ids.controller(c));
			node.put("@type", "dpv:DataController");
			Selostes.details(c.getDetails(), DetailKind.NAME).stream().findFirst()
					.ifPresent(d -> node.put("rdfs:label", label(d.getValue())));
			// the notice's representative and DPO are its own controllers', not a joint controller's
			if (c.getKind() == ControllerKind.CONTROLLER) {
				if (!representatives.isEmpty()) {
					node.put("dpv:hasRepresentative", representatives.stream().map(p -> (Object) ref(ids.person(p))).toList());
				}
				if (!officers.isEmpty()) {
					node.put("dpv:hasDataProtectionOfficer", officers.stream().map(p -> (Object) ref(ids.person(p))).toList());
				}
			}
			graph.add(node);
		}
		representatives.forEach(p -> graph.add(person(ids, p, "dpv:Representative",
				"the representative in the Union of a controller not established in the Union (Art 27 GDPR)")));
		officers.forEach(p -> graph.add(person(ids, p, "dpv:DataProtectionOfficer", null)));
		for (ResolvedRegister register : resolved.registers()) {
			graph.add(register(ids, register, controllers));
			for (ResolvedPurpose purpose : register.purposes()) {
				graph.add(process(ids, register, purpose, controllers));
			}
			for (ResolvedTransfer transfer : register.transfers().items()) {
				graph.add(transfer(ids, register, transfer));
			}
		}
		Map<String, Object> doc = Json.object();
		doc.put("@context", context);
		doc.put("@graph", graph);
		return doc;
	}

	/** The register as a whole: what the notice states for it, with the purposes as its parts. */
	private Map<String, Object> register(Ids ids, ResolvedRegister resolved, List<Controller> controllers) {
		Register register = resolved.register();
		Map<String, Object> node = Json.object();
		node.put("@id", ids.register(register));
		node.put("@type", "dpv:Process");
		node.put("rdfs:label", label(register.getLabel()));
		List<Object> bases = new ArrayList<>();
		resolved.bases().forEach(b -> addRef(bases, basis(b)));
		node.put("dpv:hasLegalBasis", bases);
		node.put("dpv:hasPersonalData", Selostes.categories(register).stream().map(c -> data(ids, c)).toList());
		node.put("dpv:hasDataSubject", Selostes.members(register.getMembers(), SubjectGroup.class).stream()
				.map(g -> subject(ids, g)).toList());
		node.put("dpv:hasRecipient", resolved.recipients().items().stream().filter(r -> r.scope() != Origin.PURPOSE)
				.map(r -> recipient(ids, r)).toList());
		node.put("dpv:hasStorageCondition", resolved.retention().stream()
				.map(r -> storage(ids, r, STATED_FOR + "register " + register.getName(), null)).toList());
		controller(node, ids, resolved, controllers, true);
		List<Object> parts = new ArrayList<>();
		resolved.purposes().forEach(p -> parts.add(ref(ids.process(resolved, p))));
		resolved.transfers().items().stream().filter(t -> t.scope() != Origin.PURPOSE)
				.forEach(t -> parts.add(ref(ids.transfer(resolved, t))));
		node.put("dct:hasPart", parts);
		List<Object> comments = new ArrayList<>();
		resolved.bases().forEach(b -> statute(comments, b));
		if (resolved.recipients().isStatedAbsent()) {
			comments.add("The notice states that the register has no recipients.");
			comments.addAll(label(textOf(resolved.recipients().absence())));
		}
		if (resolved.transfers().isStatedAbsent()) {
			comments.add("The notice states that no personal data of the register is transferred outside the EU/EEA.");
			comments.addAll(label(textOf(resolved.transfers().absence())));
		}
		if (!comments.isEmpty()) {
			node.put("rdfs:comment", comments);
		}
		return node;
	}

	/** One purpose: what applies to it, as the resolved notice says. */
	private Map<String, Object> process(Ids ids, ResolvedRegister register, ResolvedPurpose resolved,
			List<Controller> controllers) {
		Map<String, Object> node = Json.object();
		node.put("@id", ids.process(register, resolved));
		node.put("@type", "dpv:Process");
		Map<String, Object> p = Json.object();
		p.put("@id", ids.purpose(register, resolved));
		p.put("@type", "dpv:Purpose");
		p.put("rdfs:label", label(resolved.purpose().getLabel()));
		node.put("dpv:hasPurpose", p);
		List<Object> comments = new ArrayList<>();
		List<Object> bases = new ArrayList<>();
		for (Fact<LegalBasis> b : resolved.bases()) {
			addRef(bases, basis(b.value()));
			if (b.origin() == Origin.REGISTER) {
				comments.add("legal basis " + STATED_FOR + "register " + register.register().getName()
						+ ", which applies to each of its purposes that states none");
			}
			statute(comments, b.value());
		}
		for (SpecialCondition s : resolved.conditions()) {
			String iri = Gdpr.specialEuGdpr(s.getKind());
			if (iri != null) {
				addRef(bases, "eu-gdpr:" + iri.substring(Gdpr.EU_GDPR.length()));
			}
		}
		node.put("dpv:hasLegalBasis", bases);
		node.put("dpv:hasPersonalData", resolved.categories().stream().filter(Fact::isOwn)
				.map(c -> data(ids, c.value())).toList());
		node.put("dpv:hasDataSubject", resolved.subjects().stream().filter(Fact::isOwn)
				.map(g -> subject(ids, g.value())).toList());
		node.put("dpv:hasRecipient", resolved.recipients().stream().filter(r -> r.scope() == Origin.PURPOSE)
				.map(r -> recipient(ids, r)).toList());
		node.put("dpv:hasStorageCondition", resolved.retention().stream().map(r -> storage(ids, r)).toList());
		controller(node, ids, register, controllers, false);
		node.put("dct:hasPart", resolved.transfers().stream().filter(t -> t.scope() == Origin.PURPOSE)
				.map(t -> ref(ids.transfer(register, t))).toList());
		if (!comments.isEmpty()) {
			node.put("rdfs:comment", comments);
		}
		return node;
	}

	/**
	 * The organisation as the controller of a register, or as its processor; with {@code onBehalfOf}
	 * (the register process only) the controller the notice names for a processor's register.
	 */
	private static void controller(Map<String, Object> node, Ids ids, ResolvedRegister register,
			List<Controller> controllers, boolean onBehalfOf) {
		List<Object> refs = controllers.stream().map(c -> (Object) ref(ids.controller(c))).toList();
		if (register.controller()) {
			node.put("dpv:hasDataController", refs);
			return;
		}
		node.put("dpv:hasDataProcessor", refs);
		Selostes.members(register.register().getMembers(), Role.class).stream().map(Role::getOnBehalfOf)
				.filter(t -> t != null && onBehalfOf).findFirst().ifPresent(text -> {
					Map<String, Object> controller = Json.object();
					controller.put("@type", "dpv:DataController");
					controller.put("rdfs:label", label(text));
					node.put("dpv:hasDataController", List.of(controller));
				});
	}

	/** A transfer outside the EU/EEA: recipients, stated third countries and the legal mechanism. */
	private Map<String, Object> transfer(Ids ids, ResolvedRegister register, ResolvedTransfer resolved) {
		Map<String, Object> node = Json.object();
		node.put("@id", ids.transfer(register, resolved));
		node.put("@type", "dpv:Process");
		node.put("dpv:hasProcessing", ref("dpv:Transfer"));
		node.put("dpv:hasRecipient", resolved.recipients().stream().map(r -> recipient(ids, r)).toList());
		List<Object> thirdCountries = new ArrayList<>();
		List<Object> otherCountries = new ArrayList<>();
		for (Location location : resolved.locations()) {
			if (location.status() == Location.Status.STATED_THIRD_COUNTRY) {
				thirdCountries.add(ref("loc:" + location.code()));
			} else if (location.status() == Location.Status.STATED_EEA) {
				otherCountries.add(ref("loc:" + location.code()));
			}
		}
		node.put("dpv:hasThirdCountry", thirdCountries);
		if (!otherCountries.isEmpty()) {
			node.put("dpv:hasCountry", otherCountries);
		}
		List<Object> bases = new ArrayList<>();
		List<Object> comments = new ArrayList<>();
		Selostes.details(resolved.transfer().getMembers(), DetailKind.DESCRIPTION)
				.forEach(d -> comments.addAll(label(d.getValue())));
		for (Safeguard safeguard : resolved.safeguards()) {
			String iri = Gdpr.safeguardEuGdpr(safeguard.getKind());
			if (iri != null) {
				addRef(bases, "eu-gdpr:" + iri.substring(Gdpr.EU_GDPR.length()));
			} else if (safeguard.getKind() == SafeguardKind.DEROGATION) {
				Map<String, Object> derogation = Json.object();
				derogation.put("@type", "dpv:DataTransferLegalBasis");
				derogation.put("rdfs:comment", List.of("a derogation for specific situations (Art 49 GDPR); "
						+ "the notice does not state which point of Art 49"));
				bases.add(derogation);
			} else if (safeguard.getKind() == SafeguardKind.NONE_STATED) {
				comments.add("The notice states no safeguard for this transfer.");
			}
			if (safeguard.getText() != null) {
				comments.addAll(label(safeguard.getText()));
			}
			if (safeguard.getCopy() != null) {
				comments.addAll(label(safeguard.getCopy()));
			}
		}
		node.put("dpv:hasLegalBasis", bases);
		if (!comments.isEmpty()) {
			node.put("rdfs:comment", comments);
		}
		return node;
	}

	/** The law a basis names, as comments of its process: which basis, then the law in the notice's words. */
	private static void statute(List<Object> comments, LegalBasis basis) {
		LegalBases.statute(basis).ifPresent(statute -> {
			comments.add(LegalBases.restsOnLaw(basis.getKind())
					? "the Union or Member State law on which legal basis " + basis(basis)
							+ " rests (Art 6(3) GDPR), as the notice names it:"
					: "the law the notice names for legal basis " + basis(basis) + ":");
			comments.addAll(label(statute));
		});
	}

	private static String basis(LegalBasis b) {
		return "eu-gdpr:A6-1-" + Gdpr.basisCode(b.getKind()).substring("GDPR-6-1-".length());
	}

	private static Map<String, Object> ref(String iri) {
		Map<String, Object> ref = Json.object();
		ref.put("@id", iri);
		return ref;
	}

	private static void addRef(List<Object> refs, String iri) {
		Map<String, Object> ref = ref(iri);
		if (!refs.contains(ref)) {
			refs.add(ref);
		}
	}

	private static Object data(Ids ids, DataCategory c) {
		return labelled(ids.data(c), "dpv:PersonalData", c.getLabel());
	}

	private static Object subject(Ids ids, SubjectGroup g) {
		return labelled(ids.subject(g), "dpv:DataSubject", g.getLabel());
	}

	/** A node with its IRI, type and language-tagged label. */
	/** The Art 27 representative or the DPO, by name, with what they are when DPV's type does not say it. */
	private static Object person(Ids ids, Person person, String type, String comment) {
		Map<String, Object> node = Json.object();
		node.put("@id", ids.person(person));
		node.put("@type", type);
		Selostes.details(person.getDetails(), DetailKind.NAME).stream().findFirst()
				.ifPresent(d -> node.put("rdfs:label", label(d.getValue())));
		if (comment != null) {
			node.put("rdfs:comment", List.of(comment));
		}
		return node;
	}

	private static Object labelled(String id, String type, Text text) {
		Map<String, Object> node = Json.object();
		node.put("@id", id);
		node.put("@type", type);
		node.put("rdfs:label", label(text));
		return node;
	}

	/** A recipient or processor, with the country the notice states for it (never an inferred one). */
	private static Object recipient(Ids ids, ResolvedRecipient resolved) {
		Party party = resolved.party();
		Map<String, Object> node = Json.object();
		node.put("@id", ids.recipient(party));
		node.put("@type", switch (party.getKind()) {
		case PROCESSOR -> "dpv:DataProcessor";
		case AUTHORITY -> "dpv:Authority";
		case RECIPIENT -> "dpv:Recipient";
		});
		Text name = Selostes.details(party.getMembers(), DetailKind.NAME).stream().findFirst().map(Detail::getValue)
				.orElse(party.getLabel());
		if (name != null) {
			node.put("rdfs:label", label(name));
		}
		Location location = resolved.location();
		if (location.status() == Location.Status.STATED_EEA || location.status() == Location.Status.STATED_THIRD_COUNTRY) {
			node.put("dpv:hasCountry", ref("loc:" + location.code()));
		}
		return node;
	}

	/** A retention that applies to a purpose, with where it was stated when that is not the purpose. */
	private Object storage(Ids ids, RetentionFact fact) {
		return switch (fact.origin()) {
		case PURPOSE -> storage(ids, fact.retention(), null, null);
		case CATEGORY -> {
			DataCategory category = (DataCategory) fact.holder();
			yield storage(ids, fact.retention(), STATED_FOR + "data category "
					+ SelosteJsonFormat.qualifiedId(category) + ", for that data", category);
		}
		case REGISTER -> storage(ids, fact.retention(), STATED_FOR + "register " + name(fact.holder()), null);
		case NOTICE -> storage(ids, fact.retention(), STATED_FOR + "notice as a whole", null);
		};
	}

	/**
	 * A retention statement as a storage condition (see the class comment): a duration from collection
	 * as a {@code dpv:TemporalDuration}, anything counted from another event as a
	 * {@code dpv:UntilEventDuration} describing that event, criteria as a {@code dpv:StorageCondition}.
	 */
	private Object storage(Ids ids, Retention retention, String origin, DataCategory category) {
		Period period = retention.getPeriod();
		Map<String, Object> node = Json.object();
		node.put("@type", period instanceof CriteriaPeriod ? "dpv:StorageCondition" : "dpv:StorageDuration");
		List<Object> comments = new ArrayList<>();
		if (period instanceof DurationPeriod d) {
			String anchor = Gdpr.anchor(d);
			if (anchor == null || d.getAnchor() == Anchor.COLLECTION) {
				Map<String, Object> value = Json.object();
				value.put("@value", Gdpr.maxDuration(d));
				value.put("@type", "xsd:duration");
				node.put("dpv:hasDuration", duration("dpv:TemporalDuration", value));
				if (d.getMaxAmount() > 0) {
					comments.add("between " + Gdpr.duration(d) + " and " + Gdpr.maxDuration(d));
				}
				if (d.isAtMost()) {
					comments.add("at most");
				}
				if (anchor != null) {
					comments.add("from " + anchor);
				}
			} else {
				node.put("dpv:hasDuration", duration("dpv:UntilEventDuration", durationText(d) + " after " + anchor));
			}
		} else if (period instanceof UntilPeriod u) {
			String anchor = Gdpr.anchor(u.getAnchor());
			node.put("dpv:hasDuration", duration("dpv:UntilEventDuration",
					u.getExtension() == null ? anchor : durationText(u.getExtension()) + " after " + anchor));
		} else if (period instanceof SessionPeriod) {
			node.put("dpv:hasDuration", duration("dpv:UntilEventDuration", "end of the browser session"));
		} else if (period instanceof CriteriaPeriod c) {
			comments.addAll(label(c.getText()));
		}
		if (retention.getRationale() != null) {
			comments.addAll(label(retention.getRationale()));
		}
		if (origin != null) {
			comments.add(origin);
		}
		if (category != null) {
			node.put("dpv:hasPersonalData", ref(ids.data(category)));
		}
		if (!comments.isEmpty()) {
			node.put("rdfs:comment", comments);
		}
		return node;
	}

	private static Map<String, Object> duration(String type, Object value) {
		Map<String, Object> node = Json.object();
		node.put("@type", type);
		node.put("rdf:value", value);
		return node;
	}

	/** {@code P6M}, {@code P6Y to P10Y}, {@code at most P6M}. */
	private static String durationText(DurationPeriod d) {
		String text = d.getMaxAmount() > 0 ? Gdpr.duration(d) + " to " + Gdpr.maxDuration(d) : Gdpr.duration(d);
		return d.isAtMost() ? "at most " + text : text;
	}

	private static Text textOf(EObject statement) {
		var feature = statement.eClass().getEStructuralFeature("text");
		return feature == null ? null : (Text) statement.eGet(feature);
	}

	private static String name(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		return feature == null ? null : (String) element.eGet(feature);
	}

	/** A text as language-tagged JSON-LD values; none for no text. */
	private static List<Object> label(Text text) {
		List<Object> values = new ArrayList<>();
		Map<Language, String> variants = text == null ? new LinkedHashMap<>() : Texts.variants(text);
		variants.forEach((language, value) -> {
			Map<String, Object> v = Json.object();
			v.put("@value", value);
			v.put("@language", language.getLiteral());
			values.add(v);
		});
		return values;
	}

	/** The node names of one notice. */
	private record Ids(String base) {

		String controller(Controller c) {
			return base + "controller:" + c.getName();
		}

		String person(Person p) {
			return base + "person:" + p.getName();
		}

		String register(Register r) {
			return base + "register:" + r.getName();
		}

		String process(ResolvedRegister r, ResolvedPurpose p) {
			return base + "process:" + r.register().getName() + "." + p.purpose().getName();
		}

		String purpose(ResolvedRegister r, ResolvedPurpose p) {
			return base + "purpose:" + r.register().getName() + "." + p.purpose().getName();
		}

		/** A named transfer by its name, an unnamed one by its position in the register (from 1). */
		String transfer(ResolvedRegister register, ResolvedTransfer t) {
			String name = t.transfer().getName();
			return base + "transfer:" + register.register().getName() + "."
					+ (name != null ? name : String.valueOf(register.transfers().items().indexOf(t) + 1));
		}

		String data(DataCategory c) {
			return base + "data:" + SelosteJsonFormat.qualifiedId(c);
		}

		String subject(SubjectGroup g) {
			return base + "subject:" + SelosteJsonFormat.qualifiedId(g);
		}

		String recipient(Party party) {
			return base + "recipient:" + SelosteJsonFormat.qualifiedId(party);
		}
	}
}
