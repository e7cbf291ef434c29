package fi.seloste.tests.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import fi.seloste.ide.cli.CheckCommand;
import fi.seloste.ide.cli.CliInjector;
import fi.seloste.ide.cli.JunitReport;
import fi.seloste.ide.cli.Problem;
import fi.seloste.ide.cli.SarifReport;
import fi.seloste.ide.cli.SourceFiles;
import fi.seloste.ide.cli.UsageException;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.tests.Fixtures;
import fi.seloste.validation.SelosteCheck;

/**
 * The reports for CI systems: SARIF valid against the official SARIF 2.1.0 schema (a local copy in
 * fixtures/reports), with a rule for every result at its level; JUnit XML with one test case per file,
 * failing exactly for files with errors; both deterministic and safe for any text a notice holds.
 */
class ReportsTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final Path SCHEMA = Fixtures.fixtures().resolve("reports/sarif-schema-2.1.0.json");
	private static final String HOSTILE = "He said \"<b>&amp;</b>\" 'x' \u0001\u0000\u001f\u007f\r\nnext\tline \uD83D\uDE00 \uD800 ]]>";

	private record Checked(List<Path> files, List<Problem> problems) {
	}

	private static Checked check(Path... paths) {
		try {
			SourceFiles files = SourceFiles.collect(java.util.Arrays.stream(paths).map(Path::toString).toList());
			return new Checked(files.requested(), new CheckCommand(CliInjector.get()).check(files, true));
		} catch (UsageException e) {
			throw new AssertionError(e);
		}
	}

	private static Checked seeds() {
		return check(Fixtures.examples().resolve("seeds"));
	}

	private static Checked clean() {
		return check(Fixtures.examples().resolve("privacy-notice.seloste"));
	}

	private static String sarif(Checked checked) {
		return SarifReport.render(checked.problems(), "9.9.9", KeywordLanguage.ENGLISH, Fixtures.root());
	}

	// ------------------------------------------------------------------ SARIF

	@Test
	void theSchemaIsDraft04WhichTheValidatorSupports() {
		assertEquals("http://json-schema.org/draft-04/schema#", read(SCHEMA).get("$schema").asText());
	}

	@Test
	void validatorRejectsAResultWithoutMessage() {
		ObjectNode log = (ObjectNode) parse(sarif(seeds()));
		ObjectNode result = (ObjectNode) log.get("runs").get(0).get("results").get(0);
		assertTrue(errors(log).isEmpty(), errors(log).toString());
		result.remove("message");
		assertFalse(errors(log).isEmpty(), "a result without message passed: the validator checks nothing");
		ObjectNode wrongLevel = (ObjectNode) parse(sarif(seeds()));
		((ObjectNode) wrongLevel.get("runs").get(0).get("results").get(0)).put("level", "fatal");
		assertFalse(errors(wrongLevel).isEmpty(), "a result with level 'fatal' passed");
	}

	@Test
	void sarifOfTheSeedsIsValidWithARuleAtTheRightLevelForEveryResult() {
		Checked seeds = seeds();
		assertTrue(seeds.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR));
		JsonNode log = parse(sarif(seeds));
		assertEquals(List.of(), errors(log));
		assertEquals("2.1.0", log.get("version").asText());
		JsonNode run = log.get("runs").get(0);
		JsonNode driver = run.get("tool").get("driver");
		assertEquals("Seloste", driver.get("name").asText());
		assertEquals("9.9.9", driver.get("version").asText());
		JsonNode rules = driver.get("rules");
		Set<String> ids = new HashSet<>();
		rules.forEach(rule -> assertTrue(ids.add(rule.get("id").asText()), "duplicate rule " + rule.get("id")));
		for (SelosteCheck check : SelosteCheck.values()) {
			JsonNode rule = rule(rules, check.code());
			assertEquals(level(check.severity().name()), rule.get("defaultConfiguration").get("level").asText(), check.code());
			assertTrue(rule.get("help").get("text").asText().contains(sourceOf(check)), rule.toString());
		}
		JsonNode results = run.get("results");
		assertEquals(seeds.problems().size(), results.size());
		for (int i = 0; i < results.size(); i++) {
			JsonNode result = results.get(i);
			Problem problem = seeds.problems().get(i);
			JsonNode rule = rules.get(result.get("ruleIndex").asInt());
			assertEquals(rule.get("id").asText(), result.get("ruleId").asText(), "ruleIndex points at the rule");
			assertEquals(level(problem.severity().name()), result.get("level").asText());
			if (problem.code() != null && problem.code().startsWith("fi.seloste.")) {
				assertEquals(problem.code(), result.get("ruleId").asText());
				assertEquals(rule.get("defaultConfiguration").get("level").asText(), result.get("level").asText());
			}
			assertEquals(problem.message(), result.get("message").get("text").asText());
			JsonNode location = result.get("locations").get(0).get("physicalLocation");
			String uri = location.get("artifactLocation").get("uri").asText();
			assertTrue(uri.startsWith("examples/seeds/") && uri.endsWith(".seloste"), uri);
			assertEquals(problem.line(), location.get("region").get("startLine").asInt());
			assertEquals(problem.column(), location.get("region").get("startColumn").asInt());
			List<String> fixes = new ArrayList<>();
			if (result.has("properties")) {
				result.get("properties").get("fixes").forEach(label -> fixes.add(label.asText()));
			}
			assertEquals(problem.fixes(), fixes);
		}
		assertTrue(seeds.problems().stream().anyMatch(p -> !p.fixes().isEmpty()), "the seeds have fixes to report");
	}

	@Test
	void sarifOfACleanExampleIsValid() {
		Checked clean = clean();
		assertTrue(clean.problems().stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR), clean.problems().toString());
		JsonNode log = parse(sarif(clean));
		assertEquals(List.of(), errors(log));
		assertEquals(clean.problems().size(), log.get("runs").get(0).get("results").size());
		assertEquals(List.of(), errors(parse(SarifReport.render(List.of(), null, KeywordLanguage.FINNISH))));
	}

	@Test
	void sameInputGivesTheSameBytes() {
		assertEquals(sarif(seeds()), sarif(seeds()));
		Checked seeds = seeds();
		assertEquals(JunitReport.render(seeds.files(), seeds.problems()), JunitReport.render(seeds.files(), seeds.problems()));
	}

	@Test
	void syntaxAndUnknownCodesHaveRulesToo() {
		Path file = Path.of("broken.seloste");
		List<Problem> problems = List.of(
				new Problem(file, 2, 14, Problem.Severity.ERROR, "org.eclipse.xtext.diagnostics.Diagnostic.Syntax", "missing '}'"),
				new Problem(file, 3, 1, Problem.Severity.ERROR, null, "no code"),
				new Problem(file, 4, 1, Problem.Severity.ERROR, "org.eclipse.xtext.diagnostics.Diagnostic.Linking", "unresolved"),
				new Problem(file, 5, 1, Problem.Severity.INFO, "some.other.code", "other"),
				new Problem(file, 6, 1, Problem.Severity.ERROR, "fi.seloste.syntaxError", "Expected '}' before 'x'."),
				new Problem(file, 7, 1, Problem.Severity.ERROR, "fi.seloste.unresolvedReference", "No purpose 'P'."));
		JsonNode log = parse(SarifReport.render(problems, "1", KeywordLanguage.ENGLISH));
		assertEquals(List.of(), errors(log));
		JsonNode run = log.get("runs").get(0);
		List<String> ruleIds = new ArrayList<>();
		run.get("results").forEach(result -> ruleIds.add(result.get("ruleId").asText()));
		assertEquals(List.of("fi.seloste.syntaxError", "fi.seloste.syntaxError", "fi.seloste.unresolvedReference",
				"some.other.code", "fi.seloste.syntaxError", "fi.seloste.unresolvedReference"), ruleIds);
		JsonNode rules = run.get("tool").get("driver").get("rules");
		run.get("results").forEach(result -> assertEquals(result.get("ruleId").asText(),
				rules.get(result.get("ruleIndex").asInt()).get("id").asText()));
		assertEquals("note", run.get("results").get(3).get("level").asText());
		assertEquals("broken.seloste",
				run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
	}

	@Test
	void hostileTextIsEscapedInSarif() {
		Path base = Path.of("/work/project");
		Problem problem = new Problem(base.resolve("a b/#ä%?.seloste"), 1, 1, Problem.Severity.ERROR, "fi.seloste.placeholder",
				HOSTILE, List.of(HOSTILE));
		String text = SarifReport.render(List.of(problem), "1 \"<&>", KeywordLanguage.ENGLISH, base);
		JsonNode log = parse(text);
		assertEquals(List.of(), errors(log));
		JsonNode result = log.get("runs").get(0).get("results").get(0);
		assertEquals(HOSTILE, result.get("message").get("text").asText());
		assertEquals(HOSTILE, result.get("properties").get("fixes").get(0).asText());
		assertEquals("a%20b/%23%C3%A4%25%3F.seloste",
				result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
		Problem outside = new Problem(Path.of("/elsewhere/x y.seloste"), 1, 1, Problem.Severity.ERROR, null, "m");
		String uri = parse(SarifReport.render(List.of(outside), "1", KeywordLanguage.ENGLISH, base)).get("runs").get(0)
				.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
		assertEquals("file:///elsewhere/x%20y.seloste", uri);
	}

	// ------------------------------------------------------------------ JUnit

	@Test
	void junitHasOneTestCasePerFileAndAFailureExactlyForFilesWithErrors() {
		Checked checked = check(Fixtures.examples().resolve("seeds"), Fixtures.examples().resolve("privacy-notice.seloste"));
		Document xml = parseXml(JunitReport.render(checked.files(), checked.problems()));
		NodeList cases = xml.getElementsByTagName("testcase");
		assertEquals(checked.files().size(), cases.getLength());
		Map<String, Boolean> expected = new TreeMap<>();
		for (Path file : checked.files()) {
			expected.put(file.toString().replace('\\', '/'), checked.problems().stream()
					.anyMatch(p -> p.file().equals(file) && p.severity() == Problem.Severity.ERROR));
		}
		Map<String, Boolean> actual = new TreeMap<>();
		for (int i = 0; i < cases.getLength(); i++) {
			Element testCase = (Element) cases.item(i);
			actual.put(testCase.getAttribute("classname"), testCase.getElementsByTagName("failure").getLength() == 1);
		}
		assertEquals(expected, actual);
		assertTrue(actual.containsValue(true) && actual.containsValue(false), actual.toString());
		Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
		assertEquals("seloste", suite.getAttribute("name"));
		assertEquals(String.valueOf(checked.files().size()), suite.getAttribute("tests"));
		assertEquals(String.valueOf(expected.values().stream().filter(b -> b).count()), suite.getAttribute("failures"));
	}

	@Test
	void junitOfAFileWithWarningsOnlyPassesWithThemAsOutput() {
		Path file = Path.of("w.seloste");
		Problem warning = new Problem(file, 1, 1, Problem.Severity.WARNING, "fi.seloste.emptyFile", "The file is empty");
		Document xml = parseXml(JunitReport.render(List.of(file), List.of(warning)));
		Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
		assertEquals(0, testCase.getElementsByTagName("failure").getLength());
		assertEquals(warning.format() + "\n", testCase.getElementsByTagName("system-out").item(0).getTextContent());
	}

	@Test
	void hostileTextIsEscapedInJunit() {
		Path file = Path.of("dir/<a & \"b\">.seloste");
		Problem problem = new Problem(file, 3, 4, Problem.Severity.ERROR, "fi.seloste.placeholder", HOSTILE);
		Document xml = parseXml(JunitReport.render(List.of(file), List.of(problem)));
		Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
		assertEquals("dir/<a & \"b\">.seloste", testCase.getAttribute("classname"));
		Element failure = (Element) testCase.getElementsByTagName("failure").item(0);
		assertNotNull(failure);
		// XML 1.0 cannot carry most control characters nor a lone surrogate: they become U+FFFD, the rest survives
		String readable = HOSTILE.replaceAll("[\u0000-\u0008\u000b\u000c\u000e-\u001f]", "\uFFFD")
				.replace("\uD800", "\uFFFD");
		assertEquals(problem.format().replace(HOSTILE, readable) + "\n", failure.getTextContent());
		assertEquals("1 error(s): " + readable, failure.getAttribute("message"));
	}

	// ------------------------------------------------------------------ helpers

	private static JsonNode rule(JsonNode rules, String id) {
		for (JsonNode rule : rules) {
			if (rule.get("id").asText().equals(id)) {
				return rule;
			}
		}
		throw new AssertionError("no rule " + id);
	}

	private static String sourceOf(SelosteCheck check) {
		return new fi.seloste.validation.SelosteMessages().source(check, KeywordLanguage.ENGLISH);
	}

	private static String level(String severity) {
		return switch (severity) {
			case "ERROR" -> "error";
			case "WARNING" -> "warning";
			default -> "note";
		};
	}

	private static JsonSchema schema;

	/** The official schema; the version flag names its draft, so the validator never fetches a meta-schema by address. */
	private static synchronized JsonSchema schema() {
		if (schema == null) {
			ObjectNode node = (ObjectNode) read(SCHEMA);
			node.remove("$schema");
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(node);
		}
		return schema;
	}

	private static List<String> errors(JsonNode document) {
		Set<ValidationMessage> messages = schema().validate(document);
		return messages.stream().map(ValidationMessage::toString).sorted().toList();
	}

	private static JsonNode read(Path file) {
		try {
			return MAPPER.readTree(file.toFile());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonNode parse(String json) {
		try {
			return MAPPER.readTree(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Document parseXml(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		} catch (Exception e) {
			throw new AssertionError("not well-formed XML: " + e + "\n" + xml, e);
		}
	}
}
