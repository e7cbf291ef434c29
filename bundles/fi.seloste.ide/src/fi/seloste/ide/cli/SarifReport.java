package fi.seloste.ide.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import fi.seloste.keywords.KeywordLanguage;

/**
 * Problems as a SARIF 2.1.0 log, the format code-scanning services (GitHub, GitLab, Azure DevOps)
 * display: one run of the tool "Seloste", every check as a rule with its legal source, one result per
 * problem. The same problems always give the same bytes.
 *
 * <p>SARIF requires a fix to carry the edits it makes ({@code artifactChanges}); problems carry only
 * the labels of their quick fixes, so the labels go into the result's property bag as {@code fixes}.
 */
public final class SarifReport {

	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

	private SarifReport() {
	}

	/** The log with file locations relative to the working directory. */
	public static String render(List<Problem> problems, String toolVersion, KeywordLanguage language) {
		return render(problems, toolVersion, language, Path.of(""));
	}

	/**
	 * The log with file locations relative to {@code base} (e.g. a Maven project's folder, which need not
	 * be the working directory); files outside it get {@code file:} URIs. Rule texts are in {@code language}.
	 */
	public static String render(List<Problem> problems, String toolVersion, KeywordLanguage language, Path base) {
		List<ReportRule> rules = ReportRule.of(problems, language);
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			index.put(rules.get(i).id(), i);
		}
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent("  ");
			json.beginObject();
			json.name("$schema").value(SCHEMA);
			json.name("version").value("2.1.0");
			json.name("runs").beginArray().beginObject();
			json.name("tool").beginObject().name("driver").beginObject();
			json.name("name").value("Seloste");
			if (toolVersion != null && !toolVersion.isBlank()) {
				json.name("version").value(toolVersion);
			}
			json.name("rules").beginArray();
			for (ReportRule rule : rules) {
				writeRule(json, rule);
			}
			json.endArray();
			json.endObject().endObject();
			json.name("columnKind").value("utf16CodeUnits");
			json.name("results").beginArray();
			for (Problem problem : problems) {
				String id = ReportRule.idOf(problem);
				writeResult(json, problem, id, index.get(id), base);
			}
			json.endArray();
			json.endObject().endArray();
			json.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}

	private static void writeRule(JsonWriter json, ReportRule rule) throws IOException {
		json.beginObject();
		json.name("id").value(rule.id());
		json.name("name").value(rule.name());
		json.name("shortDescription").beginObject().name("text").value(rule.description()).endObject();
		String full = rule.source() == null ? rule.description() : rule.description() + " (" + rule.source() + ")";
		json.name("fullDescription").beginObject().name("text").value(full).endObject();
		json.name("defaultConfiguration").beginObject().name("level").value(level(rule.severity())).endObject();
		String help = (rule.source() == null ? "" : "Legal source: " + rule.source() + ". ")
				+ "Every check of Seloste is described in docs/checks.md.";
		json.name("help").beginObject().name("text").value(help).endObject();
		json.endObject();
	}

	private static void writeResult(JsonWriter json, Problem problem, String ruleId, int ruleIndex, Path base)
			throws IOException {
		json.beginObject();
		json.name("ruleId").value(ruleId);
		json.name("ruleIndex").value(ruleIndex);
		json.name("level").value(level(problem.severity()));
		json.name("message").beginObject().name("text").value(problem.message() == null ? "" : problem.message())
				.endObject();
		json.name("locations").beginArray().beginObject();
		json.name("physicalLocation").beginObject();
		json.name("artifactLocation").beginObject().name("uri").value(ArtifactUris.of(problem.file(), base)).endObject();
		json.name("region").beginObject();
		json.name("startLine").value(Math.max(1, problem.line()));
		json.name("startColumn").value(Math.max(1, problem.column()));
		json.endObject();
		json.endObject();
		json.endObject().endArray();
		if (!problem.fixes().isEmpty()) {
			json.name("properties").beginObject().name("fixes").beginArray();
			for (String label : problem.fixes()) {
				json.value(label);
			}
			json.endArray().endObject();
		}
		json.endObject();
	}

	/** SARIF's level of a severity: an info is a note. */
	static String level(Problem.Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}
}
