package fi.seloste.tests.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import fi.seloste.ide.cli.Main;
import fi.seloste.tests.Fixtures;

/**
 * The CI recipes of docs/ci.md can be copied as they are: every YAML block parses (SnakeYAML), the
 * Maven recipe's pom snippet is XML, and the recipes name the plugin, its goal and its parameters,
 * and the report paths, consistently. The parameter names are checked against the plugin's mojo when
 * its source is in the repository, else against the names agreed for it.
 */
class CiRecipesTest {

	private static final String PLUGIN = "fi.seloste:seloste-maven-plugin";
	private static final String GOAL = "check";
	private static final List<String> PARAMETERS = List.of("sarifFile", "junitReport");
	private static final Path MOJOS = Fixtures.root().resolve("releng/fi.seloste.maven-plugin/src/main/java");

	private static String page() {
		return Fixtures.read(Fixtures.root().resolve("docs/ci.md"));
	}

	private static List<String> blocks(String language) {
		List<String> blocks = new ArrayList<>();
		Matcher block = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```$").matcher(page());
		while (block.find()) {
			blocks.add(block.group(1));
		}
		return blocks;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> yamlBlocks() {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (String block : blocks("yaml")) {
			// the safe constructor builds only maps, lists and scalars, as a CI system reads the file
			Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(block);
			assertTrue(document instanceof Map, "a YAML block is not a mapping:\n" + block);
			documents.add((Map<String, Object>) document);
		}
		return documents;
	}

	@Test
	void everyYamlBlockParses() {
		assertEquals(3, yamlBlocks().size(), "GitHub with the plugin, GitLab, GitHub with the command line");
	}

	@Test
	void gitHubRecipeChecksWithThePluginAndUploadsItsSarifFile() {
		Map<String, Object> workflow = yamlBlocks().get(0);
		assertEquals("write", map(workflow.get("permissions")).get("security-events"));
		List<Object> steps = steps(workflow);
		assertTrue(steps.stream().map(s -> String.valueOf(map(s).get("run"))).anyMatch(r -> r.contains(PLUGIN + ":" + GOAL)));
		Map<String, Object> upload = upload(steps);
		assertEquals("always()", upload.get("if"));
		assertEquals("target/seloste.sarif", map(upload.get("with")).get("sarif_file"));
		assertEquals("${project.build.directory}/seloste.sarif", pomParameters().get("sarifFile"));
	}

	@Test
	void gitLabRecipePublishesThePluginsJunitReport() {
		Map<String, Object> job = map(yamlBlocks().get(1).get("seloste"));
		assertTrue(String.valueOf(job.get("script")).contains(PLUGIN + ":" + GOAL), job.toString());
		Map<String, Object> artifacts = map(job.get("artifacts"));
		assertEquals("always", artifacts.get("when"));
		assertEquals("target/seloste-junit.xml", map(artifacts.get("reports")).get("junit"));
		assertEquals("${project.build.directory}/seloste-junit.xml", pomParameters().get("junitReport"));
	}

	@Test
	void commandLineRecipeUsesFormatsTheCommandLineHas() {
		List<Object> steps = steps(yamlBlocks().get(2));
		String run = steps.stream().map(s -> String.valueOf(map(s).get("run"))).filter(r -> r.contains("./seloste"))
				.findFirst().orElseThrow();
		assertTrue(run.contains("check --format sarif") && run.contains("check --format junit"), run);
		assertEquals("seloste.sarif", map(upload(steps).get("with")).get("sarif_file"));
		ByteArrayOutputStream help = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(help, true, StandardCharsets.UTF_8);
		assertEquals(Main.OK, new Main(out, out).run("--help"));
		assertTrue(help.toString(StandardCharsets.UTF_8).contains("--format text|json|sarif|junit"));
	}

	@Test
	void pomSnippetNamesThePluginItsGoalAndParameters() {
		Map<String, String> parameters = pomParameters();
		assertEquals(PARAMETERS, List.copyOf(parameters.keySet()));
		for (String parameter : parameters.keySet()) {
			assertTrue(PARAMETERS.contains(parameter), "unknown parameter " + parameter);
		}
		if (Files.isDirectory(MOJOS)) {
			String mojos = mojoSources();
			assertTrue(mojos.contains("name = \"" + GOAL + "\""), "the plugin has no goal " + GOAL);
			for (String parameter : PARAMETERS) {
				assertTrue(Pattern.compile("\\b" + parameter + "\\s*;").matcher(mojos).find(), "no parameter " + parameter);
			}
		}
	}

	/** The configuration of the pom snippet, parameter to value, in order; also checks plugin and goal. */
	private static Map<String, String> pomParameters() {
		List<String> xml = blocks("xml");
		assertEquals(1, xml.size());
		Document pom = parseXml(xml.get(0));
		assertEquals("fi.seloste", text(pom, "groupId"));
		assertEquals("seloste-maven-plugin", text(pom, "artifactId"));
		assertEquals(GOAL, text(pom, "goal"));
		Map<String, String> parameters = new java.util.LinkedHashMap<>();
		Element configuration = (Element) pom.getElementsByTagName("configuration").item(0);
		for (Node child = configuration.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element parameter) {
				parameters.put(parameter.getTagName(), parameter.getTextContent().trim());
			}
		}
		assertFalse(parameters.isEmpty());
		return parameters;
	}

	private static String mojoSources() {
		try (Stream<Path> files = Files.walk(MOJOS)) {
			StringBuilder text = new StringBuilder();
			files.filter(f -> f.toString().endsWith(".java")).map(Fixtures::read).filter(s -> s.contains("@Mojo"))
					.forEach(text::append);
			return text.toString();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, Object> upload(List<Object> steps) {
		return steps.stream().map(CiRecipesTest::map)
				.filter(step -> String.valueOf(step.get("uses")).startsWith("github/codeql-action/upload-sarif@"))
				.findFirst().orElseThrow(() -> new AssertionError("no upload-sarif step"));
	}

	private static List<Object> steps(Map<String, Object> workflow) {
		Map<String, Object> jobs = map(workflow.get("jobs"));
		assertEquals(1, jobs.size());
		return list(map(jobs.values().iterator().next()).get("steps"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object node) {
		assertTrue(node instanceof Map, "not a mapping: " + node);
		return (Map<String, Object>) node;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object node) {
		assertTrue(node instanceof List, "not a sequence: " + node);
		return (List<Object>) node;
	}

	private static String text(Document document, String tag) {
		return document.getElementsByTagName(tag).item(0).getTextContent().trim();
	}

	private static Document parseXml(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		} catch (Exception e) {
			throw new AssertionError("the pom snippet is not XML: " + e, e);
		}
	}
}
