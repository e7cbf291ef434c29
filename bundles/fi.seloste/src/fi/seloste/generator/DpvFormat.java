package fi.seloste.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.SessionPeriod;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.SubjectRefs;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.UntilPeriod;

/**
 * W3C Data Privacy Vocabulary (DPV) as JSON-LD: the controller as {@code dpv:DataController} and one
 * {@code dpv:Process} per purpose, with its purpose, legal bases (DPV eu-gdpr IRIs such as
 * {@code eu-gdpr:A6-1-b}, and {@code eu-gdpr:A9-2-x} for Art 9(2) conditions), personal data, data
 * subjects, recipients, storage conditions and controller. Nodes are named
 * {@code urn:seloste:NOTICE:KIND:NAME}; labels carry every language of the notice.
 */
public class DpvFormat implements NoticeFormat {

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
		context.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
		context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
		context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
		String base = "urn:seloste:" + notice.getName() + ":";
		List<Object> graph = new ArrayList<>();
		List<Controller> controllers = Selostes.members(notice.getMembers(), Controller.class);
		for (Controller c : controllers) {
			Map<String, Object> node = Json.object();
			node.put("@id", base + "controller:" + c.getName());
			node.put("@type", "dpv:DataController");
			Selostes.details(c.getDetails(), DetailKind.NAME).stream().findFirst()
					.ifPresent(d -> node.put("rdfs:label", label(d.getValue())));
			graph.add(node);
		}
		for (Register register : Selostes.registers(notice)) {
			for (Purpose purpose : Selostes.purposes(register)) {
				graph.add(process(base, register, purpose, controllers));
			}
		}
		Map<String, Object> doc = Json.object();
		doc.put("@context", context);
		doc.put("@graph", graph);
		return doc;
	}

	private Map<String, Object> process(String base, Register register, Purpose purpose, List<Controller> controllers) {
		String id = register.getName() + "." + purpose.getName();
		Map<String, Object> node = Json.object();
		node.put("@id", base + "process:" + id);
		node.put("@type", "dpv:Process");
		Map<String, Object> p = Json.object();
		p.put("@id", base + "purpose:" + id);
		p.put("@type", "dpv:Purpose");
		p.put("rdfs:label", label(purpose.getLabel()));
		node.put("dpv:hasPurpose", p);
		List<Object> bases = new ArrayList<>();
		for (LegalBasis b : Selostes.members(purpose.getMembers(), LegalBasis.class)) {
			addRef(bases, "eu-gdpr:A6-1-" + Gdpr.basisCode(b.getKind()).substring("GDPR-6-1-".length()));
		}
		for (SpecialCondition s : Selostes.members(purpose.getMembers(), SpecialCondition.class)) {
			String iri = Gdpr.specialEuGdpr(s.getKind());
			if (iri != null) {
				addRef(bases, "eu-gdpr:" + iri.substring(Gdpr.EU_GDPR.length()));
			}
		}
		node.put("dpv:hasLegalBasis", bases);
		List<DataCategory> categories = Selostes.members(purpose.getMembers(), DataRefs.class).stream()
				.flatMap(r -> r.getCategories().stream()).distinct().toList();
		node.put("dpv:hasPersonalData", categories.stream().map(c -> {
			Map<String, Object> d = Json.object();
			d.put("@id", base + "data:" + SelosteJsonFormat.qualifiedId(c));
			d.put("@type", "dpv:PersonalData");
			d.put("rdfs:label", label(c.getLabel()));
			return (Object) d;
		}).toList());
		List<SubjectGroup> subjects = Selostes.members(purpose.getMembers(), SubjectRefs.class).stream()
				.flatMap(r -> r.getGroups().stream()).distinct().toList();
		node.put("dpv:hasDataSubject", subjects.stream().map(g -> {
			Map<String, Object> d = Json.object();
			d.put("@id", base + "subject:" + SelosteJsonFormat.qualifiedId(g));
			d.put("@type", "dpv:DataSubject");
			d.put("rdfs:label", label(g.getLabel()));
			return (Object) d;
		}).toList());
		node.put("dpv:hasRecipient", Selostes.parties(register).stream()
				.filter(party -> Selostes.members(party.getMembers(), DataRefs.class).stream()
						.flatMap(r -> r.getCategories().stream()).anyMatch(categories::contains))
				.map(party -> recipient(base, party)).toList());
		node.put("dpv:hasStorageCondition", Selostes.members(purpose.getMembers(), Retention.class).stream()
				.map(this::storage).toList());
		node.put("dpv:hasDataController", controllers.stream().map(c -> {
			Map<String, Object> ref = Json.object();
			ref.put("@id", base + "controller:" + c.getName());
			return (Object) ref;
		}).toList());
		return node;
	}

	private static void addRef(List<Object> refs, String iri) {
		Map<String, Object> ref = Json.object();
		ref.put("@id", iri);
		if (!refs.contains(ref)) {
			refs.add(ref);
		}
	}

	private Object recipient(String base, Party party) {
		Map<String, Object> node = Json.object();
		node.put("@id", base + "recipient:" + SelosteJsonFormat.qualifiedId(party));
		node.put("@type", switch (party.getKind()) {
		case PROCESSOR -> "dpv:DataProcessor";
		case AUTHORITY -> "dpv:Authority";
		case RECIPIENT -> "dpv:Recipient";
		});
		Text name = Selostes.details(party.getMembers(), DetailKind.NAME).stream().findFirst().map(d -> d.getValue())
				.orElse(party.getLabel());
		if (name != null) {
			node.put("rdfs:label", label(name));
		}
		return node;
	}

	/**
	 * A retention statement: {@code dpv:StorageDuration} with the ISO 8601 duration as an
	 * {@code xsd:duration} value (the upper bound of a range, the extension after an event), else a
	 * {@code dpv:StorageCondition}; anchors, criteria and rationale as comments.
	 */
	private Object storage(Retention retention) {
		Period period = retention.getPeriod();
		Map<String, Object> node = Json.object();
		DurationPeriod duration = period instanceof DurationPeriod d ? d
				: period instanceof UntilPeriod u ? u.getExtension() : null;
		node.put("@type", duration != null ? "dpv:StorageDuration" : "dpv:StorageCondition");
		if (duration != null) {
			Map<String, Object> value = Json.object();
			value.put("@value", Gdpr.maxDuration(duration));
			value.put("@type", "xsd:duration");
			node.put("rdf:value", value);
		}
		List<Object> comments = new ArrayList<>();
		if (period instanceof UntilPeriod u) {
			comments.add(comment("until " + Gdpr.anchor(u.getAnchor())));
		} else if (period instanceof DurationPeriod d && Gdpr.anchor(d) != null) {
			comments.add(comment("from " + Gdpr.anchor(d)));
		} else if (period instanceof SessionPeriod) {
			comments.add(comment("session"));
		}
		if (period instanceof CriteriaPeriod c) {
			comments.addAll(label(c.getText()));
		}
		if (retention.getRationale() != null) {
			comments.addAll(label(retention.getRationale()));
		}
		if (!comments.isEmpty()) {
			node.put("rdfs:comment", comments);
		}
		return node;
	}

	private static Object comment(String text) {
		return text;
	}

	/** A text as language-tagged JSON-LD values. */
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
}
