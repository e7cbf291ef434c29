package fi.seloste.tests.generator.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fi.seloste.generator.SelosteJsonFormat;
import fi.seloste.law.Gdpr;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.model.resolved.ResolvedTransfer;
import fi.seloste.seloste.Notice;

/**
 * Seloste JSON holds everything in the model, so each purpose object must hold what applies to the
 * purpose: its legal bases, retention periods, recipients and transfers, wherever the notice states
 * them. The properties look anywhere under the purpose object (keys named like {@code legalBases},
 * {@code retention}, {@code recipients}, {@code transfers}), not at one path.
 */
public final class SelosteJsonAgreement implements AgreementCheck {

	static final String BASES = "json.bases";
	static final String RETENTION = "json.retention";
	static final String RECIPIENTS = "json.recipients";
	static final String TRANSFERS = "json.transfers";
	static final String NO_DPO = "json.noDpo";
	static final String STATUTES = "json.statutes";

	private static final Pattern BASIS_CODE = Pattern.compile("GDPR-6-1-[a-f]");
	private static final Set<String> PERIOD_KINDS = Set.of("duration", "until", "criteria", "session");
	private static final Predicate<String> NEGATIVE = k -> k.startsWith("no");
	private static final Predicate<String> RECIPIENT_KEY = k -> !NEGATIVE.test(k) && k.toLowerCase().contains("recipient");
	private static final Predicate<String> TRANSFER_KEY = k -> !NEGATIVE.test(k) && k.toLowerCase().contains("transfer");
	private static final Predicate<String> RETENTION_KEY = k -> k.toLowerCase().contains("retention")
			|| k.toLowerCase().contains("storage");

	private final SelosteJsonFormat json = new SelosteJsonFormat();
	private final Function<String, Notice> loader;

	/** @param loader loads a source text as the test loads the samples (for the variant without "no DPO") */
	public SelosteJsonAgreement(Function<String, Notice> loader) {
		this.loader = loader;
	}

	@Override
	public Map<String, String> properties() {
		Map<String, String> p = new LinkedHashMap<>();
		p.put(BASES, "each purpose object holds exactly the legal bases (GDPR-6-1-x) that apply to it: its own, else its register's only one");
		p.put(RETENTION, "each purpose object holds exactly the retention periods that apply to it (stated on the purpose, its data categories, its register or the notice)");
		p.put(RECIPIENTS, "each purpose object names exactly the recipients and processors that serve it (by tarkoituksiin, or the register's and the notice's as a whole)");
		p.put(TRANSFERS, "each purpose object holds exactly the transfers that serve it");
		p.put(STATUTES, "each purpose object holds the law each basis that applies to it names (Art 6(3)), and no law where none is named");
		p.put(NO_DPO, "a notice stating that no DPO is appointed gives other JSON than the same notice saying nothing about a DPO");
		return p;
	}

	@Override
	public void check(Sample sample, Findings findings) {
		JsonNode document = JsonWalk.parse(sample.text("json", ".json"));
		JsonNode registers = document.path("registers");
		List<ResolvedRegister> resolved = sample.resolved().registers();
		for (int r = 0; r < resolved.size(); r++) {
			ResolvedRegister register = resolved.get(r);
			JsonNode registerNode = JsonWalk.byId(registers, register.register().getName(), r);
			for (int p = 0; p < register.purposes().size(); p++) {
				ResolvedPurpose purpose = register.purposes().get(p);
				JsonNode node = registerNode == null ? null
						: JsonWalk.byId(registerNode.path("purposes"), purpose.purpose().getName(), p);
				String where = register.register().getName() + "." + purpose.purpose().getName();
				if (node == null) {
					for (String property : List.of(BASES, RETENTION, RECIPIENTS, TRANSFERS)) {
						findings.violated(property, sample, where + ": no purpose object");
					}
					continue;
				}
				bases(sample, findings, purpose, node, where);
				statutes(sample, findings, purpose, node, where);
				retention(sample, findings, purpose, node, where);
				recipients(sample, findings, purpose, node, where);
				transfers(sample, findings, purpose, node, where);
			}
		}
		noDpo(sample, findings);
	}

	private void bases(Sample sample, Findings findings, ResolvedPurpose purpose, JsonNode node, String where) {
		findings.checked(BASES, sample);
		Set<String> stated = new TreeSet<>(JsonWalk.strings(node, k -> RECIPIENT_KEY.test(k) || TRANSFER_KEY.test(k))
				.stream().filter(s -> BASIS_CODE.matcher(s).matches()).toList());
		Set<String> expected = new TreeSet<>(purpose.bases().stream().map(b -> Gdpr.basisCode(b.value().getKind())).toList());
		if (!stated.equals(expected)) {
			findings.violated(BASES, sample, where + ": bases " + stated + ", resolved " + expected + " (origin "
					+ purpose.bases().stream().map(b -> b.origin().name()).distinct().toList() + ")");
		}
	}

	private void statutes(Sample sample, Findings findings, ResolvedPurpose purpose, JsonNode node, String where) {
		findings.checked(STATUTES, sample);
		Set<String> stated = new TreeSet<>();
		JsonWalk.under(node, "statute"::equals, k -> RECIPIENT_KEY.test(k) || TRANSFER_KEY.test(k))
				.forEach(v -> stated.addAll(JsonWalk.strings(v, k -> false)));
		Set<String> expected = new TreeSet<>();
		purpose.bases().forEach(b -> LegalBases.statute(b.value()).ifPresent(s -> expected.addAll(Texts.variants(s).values())));
		if (!stated.equals(expected)) {
			findings.violated(STATUTES, sample, where + ": laws " + stated + ", resolved " + expected);
		}
	}

	/** Periods as this format writes them ({@code {"kind":"duration","duration":"P6Y",…}}) under retention keys. */
	private void retention(Sample sample, Findings findings, ResolvedPurpose purpose, JsonNode node, String where) {
		findings.checked(RETENTION, sample);
		List<JsonNode> stated = new ArrayList<>();
		for (JsonNode value : JsonWalk.under(node, RETENTION_KEY, k -> RECIPIENT_KEY.test(k) || TRANSFER_KEY.test(k))) {
			JsonWalk.objects(value).stream().filter(o -> PERIOD_KINDS.contains(o.path("kind").asText())).forEach(stated::add);
		}
		List<JsonNode> expected = purpose.retention().stream().map(f -> JsonWalk.tree(json.period(f.retention().getPeriod())))
				.toList();
		for (int i = 0; i < expected.size(); i++) {
			JsonNode period = expected.get(i);
			if (stated.stream().noneMatch(s -> JsonWalk.containsAll(s, period))) {
				findings.violated(RETENTION, sample, where + ": missing retention " + period + " (stated on "
						+ purpose.retention().get(i).origin() + ")");
			}
		}
		for (JsonNode period : stated) {
			if (expected.stream().noneMatch(e -> JsonWalk.containsAll(period, e))) {
				findings.violated(RETENTION, sample, where + ": retention " + period + " does not apply to the purpose");
			}
		}
	}

	private void recipients(Sample sample, Findings findings, ResolvedPurpose purpose, JsonNode node, String where) {
		findings.checked(RECIPIENTS, sample);
		Set<String> named = new TreeSet<>();
		for (JsonNode value : JsonWalk.under(node, RECIPIENT_KEY, TRANSFER_KEY)) {
			named.addAll(Facts.partiesIn(String.join("\n", JsonWalk.strings(value, k -> false)), sample.notice()));
		}
		Set<String> expected = Facts.tokens(purpose.recipients());
		if (!named.equals(expected)) {
			findings.violated(RECIPIENTS, sample, where + ": recipients " + named + ", resolved " + expected);
		}
	}

	private void transfers(Sample sample, Findings findings, ResolvedPurpose purpose, JsonNode node, String where) {
		findings.checked(TRANSFERS, sample);
		List<JsonNode> stated = new ArrayList<>();
		JsonWalk.under(node, TRANSFER_KEY, RECIPIENT_KEY).forEach(v -> stated.addAll(JsonWalk.elements(v)));
		List<ResolvedTransfer> expected = purpose.transfers();
		List<String> names = expected.stream().map(t -> t.transfer().getName()).filter(n -> n != null).toList();
		String all = String.join("\n", stated.stream().flatMap(s -> JsonWalk.strings(s, k -> false).stream()).toList());
		List<String> missing = names.stream().filter(n -> !Arrays.asList(all.split("\\W+")).contains(n)).toList();
		if (stated.size() != expected.size() || !missing.isEmpty()) {
			findings.violated(TRANSFERS, sample, where + ": " + stated.size() + " transfers, resolved " + expected.size()
					+ (missing.isEmpty() ? "" : ", missing " + missing));
		}
	}

	private void noDpo(Sample sample, Findings findings) {
		String without = sample.source().textWithoutNoDpo();
		if (without == null) {
			return;
		}
		findings.checked(NO_DPO, sample);
		Notice other = loader.apply(without);
		String withStatement = sample.text("json", ".json");
		String withoutStatement = new String(json.render(other, sample.languages()).get(0).content(),
				java.nio.charset.StandardCharsets.UTF_8);
		if (withStatement.equals(withoutStatement)) {
			findings.violated(NO_DPO, sample, "the JSON is the same with and without ei-tietosuojavastaavaa");
		}
	}
}
