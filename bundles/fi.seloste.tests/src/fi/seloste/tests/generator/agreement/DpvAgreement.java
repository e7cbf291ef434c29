package fi.seloste.tests.generator.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import fi.seloste.law.Gdpr;
import fi.seloste.model.resolved.Origin;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedTransfer;

/**
 * DPV JSON-LD: one purpose process (a {@code dpv:Process} with {@code dpv:hasPurpose}) per purpose, in
 * order, whose legal bases, storage conditions and recipients are those of the purpose in the resolved
 * model; its transfers are parts ({@code dct:hasPart}) of it when they name the purpose, or of the process
 * it is a part of (its register's) when they serve the register as a whole: DPV does not claim for a
 * purpose what the notice states for the register. Read as plain JSON with the document's own
 * {@code @context} prefixes expanded, so compact and full IRIs count alike.
 */
public final class DpvAgreement implements AgreementCheck {

	static final String PROCESSES = "dpv.processes";
	static final String BASES = "dpv.bases";
	static final String STORAGE = "dpv.storage";
	static final String RECIPIENTS = "dpv.recipients";
	static final String PURPOSE_RECIPIENTS = "dpv.purposeRecipients";
	static final String TRANSFERS = "dpv.transfers";

	private static final String ART_6 = Gdpr.EU_GDPR + "A6-1-";
	private static final String HAS_PART = "http://purl.org/dc/terms/hasPart";
	private static final List<String> TRANSFER_ARTICLES = List.of("A45", "A46", "A47", "A49");

	@Override
	public Map<String, String> properties() {
		Map<String, String> p = new LinkedHashMap<>();
		p.put(PROCESSES, "one purpose process (dpv:Process with dpv:hasPurpose) per purpose, in the notice's order");
		p.put(BASES, "a process's Art 6(1) legal bases (eu-gdpr IRIs) are exactly those that apply to its purpose");
		p.put(STORAGE, "a process has storage conditions iff retention applies to its purpose");
		p.put(RECIPIENTS, "every recipient of a process is a recipient that serves its purpose");
		p.put(PURPOSE_RECIPIENTS, "every recipient that names the purpose (tarkoituksiin) is a recipient of its process");
		p.put(TRANSFERS, "the transfers naming the purpose are parts of its process, those serving its register as a whole parts of the register's process, and no others");
		return p;
	}

	@Override
	public void check(Sample sample, Findings findings) {
		JsonNode document = JsonWalk.parse(sample.text("dpv", ".dpv.jsonld"));
		Map<String, String> prefixes = new HashMap<>();
		document.path("@context").fields().forEachRemaining(f -> {
			if (f.getValue().isTextual()) {
				prefixes.put(f.getKey(), f.getValue().asText());
			}
		});
		List<JsonNode> graph = JsonWalk.elements(document.path("@graph"));
		Map<String, JsonNode> byId = new HashMap<>();
		graph.forEach(n -> byId.put(n.path("@id").asText(), n));
		List<JsonNode> processes = graph.stream().filter(n -> types(n, prefixes).contains(Gdpr.DPV + "Process")
				&& !values(n, prefixes, Gdpr.DPV + "hasPurpose").isEmpty()).toList();
		List<ResolvedPurpose> purposes = sample.resolved().purposes();
		findings.checked(PROCESSES, sample);
		if (processes.size() != purposes.size()) {
			findings.violated(PROCESSES, sample, processes.size() + " purpose processes for " + purposes.size() + " purposes");
			return;
		}
		for (int i = 0; i < purposes.size(); i++) {
			ResolvedPurpose purpose = purposes.get(i);
			JsonNode process = processes.get(i);
			String where = purpose.purpose().getName();
			bases(sample, findings, purpose, process, prefixes, where);
			findings.checked(STORAGE, sample);
			boolean storage = !values(process, prefixes, Gdpr.DPV + "hasStorage").isEmpty();
			if (storage != !purpose.retention().isEmpty()) {
				findings.violated(STORAGE, sample, where + ": storage conditions " + (storage ? "present" : "absent")
						+ ", resolved retention " + purpose.retention().stream().map(f -> f.origin().name()).toList());
			}
			recipients(sample, findings, purpose, process, prefixes, where);
			JsonNode register = graph.stream().filter(n -> parts(n, prefixes, byId).contains(process)).findFirst()
					.orElse(null);
			transfers(sample, findings, purpose, process, register, prefixes, byId, where);
		}
	}

	private void transfers(Sample sample, Findings findings, ResolvedPurpose purpose, JsonNode process,
			JsonNode register, Map<String, String> prefixes, Map<String, JsonNode> byId, String where) {
		findings.checked(TRANSFERS, sample);
		List<JsonNode> own = parts(process, prefixes, byId).stream().filter(n -> isTransfer(n, prefixes)).toList();
		List<JsonNode> general = register == null ? List.of()
				: parts(register, prefixes, byId).stream().filter(n -> isTransfer(n, prefixes)).toList();
		List<ResolvedTransfer> expectedOwn = purpose.transfers().stream().filter(t -> t.scope() == Origin.PURPOSE).toList();
		List<ResolvedTransfer> expectedGeneral = purpose.transfers().stream().filter(t -> t.scope() != Origin.PURPOSE)
				.toList();
		List<String> missing = new ArrayList<>(names(expectedOwn));
		missing.removeAll(words(own));
		List<String> missingGeneral = new ArrayList<>(names(expectedGeneral));
		missingGeneral.removeAll(words(general));
		if (own.size() != expectedOwn.size() || general.size() != expectedGeneral.size() || !missing.isEmpty()
				|| !missingGeneral.isEmpty()) {
			findings.violated(TRANSFERS, sample, where + ": " + own.size() + " transfers on the purpose process, "
					+ general.size() + " on its register's; resolved " + expectedOwn.size() + " naming the purpose, "
					+ expectedGeneral.size() + " of the register" + (missing.isEmpty() && missingGeneral.isEmpty() ? ""
							: ", missing " + missing + missingGeneral));
		}
	}

	private static List<String> names(List<ResolvedTransfer> transfers) {
		return transfers.stream().map(t -> t.transfer().getName()).filter(n -> n != null).toList();
	}

	private static List<String> words(List<JsonNode> nodes) {
		List<String> words = new ArrayList<>();
		nodes.forEach(n -> JsonWalk.strings(n, k -> false).forEach(s -> words.addAll(List.of(s.split("\\W+")))));
		return words;
	}

	/** The parts of a node ({@code dct:hasPart}), references resolved to the graph's nodes. */
	private static List<JsonNode> parts(JsonNode node, Map<String, String> prefixes, Map<String, JsonNode> byId) {
		return values(node, prefixes, HAS_PART).stream()
				.map(part -> part.size() == 1 && part.has("@id") ? byId.getOrDefault(part.path("@id").asText(), part) : part)
				.toList();
	}

	private void bases(Sample sample, Findings findings, ResolvedPurpose purpose, JsonNode process,
			Map<String, String> prefixes, String where) {
		findings.checked(BASES, sample);
		Set<String> stated = new TreeSet<>();
		for (JsonNode basis : values(process, prefixes, Gdpr.DPV + "hasLegalBasis")) {
			String iri = expand(basis.isTextual() ? basis.asText() : basis.path("@id").asText(), prefixes);
			if (iri.startsWith(ART_6)) {
				stated.add(iri);
			}
		}
		Set<String> expected = new TreeSet<>(purpose.bases().stream().map(b -> Gdpr.basisEuGdpr(b.value().getKind())).toList());
		if (!stated.equals(expected)) {
			findings.violated(BASES, sample, where + ": legal bases " + stated + ", resolved " + expected);
		}
	}

	private void recipients(Sample sample, Findings findings, ResolvedPurpose purpose, JsonNode process,
			Map<String, String> prefixes, String where) {
		findings.checked(RECIPIENTS, sample);
		findings.checked(PURPOSE_RECIPIENTS, sample);
		Set<String> stated = new TreeSet<>();
		List<JsonNode> unknown = new ArrayList<>();
		for (JsonNode recipient : values(process, prefixes, Gdpr.DPV + "hasRecipient")) {
			Set<String> named = Facts.partiesIn(String.join("\n", JsonWalk.strings(recipient, k -> false)), sample.notice());
			if (named.isEmpty()) {
				unknown.add(recipient);
			}
			stated.addAll(named);
		}
		Set<String> serving = Facts.tokens(purpose.recipients());
		Set<String> extra = new TreeSet<>(stated);
		extra.removeAll(serving);
		if (!extra.isEmpty() || !unknown.isEmpty()) {
			findings.violated(RECIPIENTS, sample, where + ": recipients " + extra + " do not serve the purpose"
					+ (unknown.isEmpty() ? "" : ", unknown " + unknown) + " (resolved " + serving + ")");
		}
		Set<String> named = Facts.tokens(purpose.recipients().stream().filter(r -> r.scope() == Origin.PURPOSE).toList());
		named.removeAll(stated);
		if (!named.isEmpty()) {
			findings.violated(PURPOSE_RECIPIENTS, sample, where + ": recipients " + named
					+ " name the purpose but are not on its process (process has " + stated + ")");
		}
	}

	/** The values of the node's properties whose expanded IRI starts so (one element per array entry). */
	private static List<JsonNode> values(JsonNode node, Map<String, String> prefixes, String iri) {
		List<JsonNode> values = new ArrayList<>();
		node.fields().forEachRemaining(f -> {
			if (expand(f.getKey(), prefixes).startsWith(iri)) {
				values.addAll(JsonWalk.elements(f.getValue()));
			}
		});
		return values;
	}

	private static Set<String> types(JsonNode node, Map<String, String> prefixes) {
		Set<String> types = new TreeSet<>();
		JsonWalk.elements(node.get("@type")).forEach(t -> types.add(expand(t.asText(), prefixes)));
		return types;
	}

	/**
	 * Whether a node is a transfer: its identifier, type or kind of processing speaks of one, or it rests
	 * on a Chapter V article (its parts are not looked at: a process with a transfer part is no transfer).
	 */
	private static boolean isTransfer(JsonNode node, Map<String, String> prefixes) {
		List<String> iris = new ArrayList<>(types(node, prefixes));
		iris.add(node.path("@id").asText());
		for (JsonNode value : values(node, prefixes, Gdpr.DPV + "hasProcessing")) {
			iris.add(expand(value.isTextual() ? value.asText() : value.path("@id").asText(), prefixes));
		}
		for (JsonNode value : values(node, prefixes, Gdpr.DPV + "hasLegalBasis")) {
			iris.add(expand(value.isTextual() ? value.asText() : value.path("@id").asText(), prefixes));
		}
		return iris.stream().anyMatch(iri -> iri.toLowerCase().contains("transfer")
				|| TRANSFER_ARTICLES.stream().anyMatch(a -> iri.startsWith(Gdpr.EU_GDPR + a)));
	}

	/** A compact IRI {@code dpv:Process} with its prefix from the context; anything else as it is. */
	static String expand(String value, Map<String, String> prefixes) {
		int colon = value.indexOf(':');
		if (colon > 0 && prefixes.containsKey(value.substring(0, colon)) && !value.startsWith("http")) {
			return prefixes.get(value.substring(0, colon)) + value.substring(colon + 1);
		}
		return value;
	}
}
