package fi.seloste.maven.worker;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import fi.seloste.ide.cli.Problem;
import fi.seloste.keywords.KeywordLanguage;

/**
 * The machine-readable reports of a check: SARIF 2.1.0 for code-scanning views and JUnit XML for test
 * report views. Each has the signature of its writer in {@code fi.seloste.ide.cli} ({@code SarifReport.render},
 * {@code JunitReport.render}), the one place the formats are written; this class only calls it.
 */
final class Reports {

	private Reports() {
	}

	static String sarif(List<Problem> problems, String toolVersion, KeywordLanguage language) {
		java.io.StringWriter text = new java.io.StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent("  ");
			json.beginObject();
			json.name("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
			json.name("version").value("2.1.0");
			json.name("runs").beginArray().beginObject();
			json.name("tool").beginObject().name("driver").beginObject();
			json.name("name").value("Seloste").name("version").value(toolVersion);
			json.name("informationUri").value("https://github.com/seloste/seloste");
			json.endObject().endObject();
			json.name("results").beginArray();
			for (Problem problem : problems) {
				json.beginObject();
				if (problem.code() != null) {
					json.name("ruleId").value(problem.code());
				}
				json.name("level").value(switch (problem.severity()) {
					case ERROR -> "error";
					case WARNING -> "warning";
					case INFO -> "note";
				});
				json.name("message").beginObject().name("text").value(problem.message()).endObject();
				json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
				json.name("artifactLocation").beginObject().name("uri")
						.value(problem.file().toAbsolutePath().normalize().toUri().toString()).endObject();
				json.name("region").beginObject().name("startLine").value(problem.line()).name("startColumn")
						.value(problem.column()).endObject();
				json.endObject().endObject().endArray();
				json.endObject();
			}
			json.endArray();
			json.endObject().endArray();
			json.endObject();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return text.toString();
	}

	static String junit(List<Path> files, List<Problem> problems) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		long failures = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).map(Problem::file)
				.distinct().count();
		xml.append("<testsuite name=\"seloste\" tests=\"").append(files.size()).append("\" failures=\"")
				.append(failures).append("\">\n");
		for (Path file : files) {
			xml.append("  <testcase classname=\"seloste\" name=\"").append(escape(file.toString())).append("\">");
			List<Problem> errors = problems.stream()
					.filter(p -> p.file().equals(file) && p.severity() == Problem.Severity.ERROR).toList();
			if (!errors.isEmpty()) {
				xml.append("<failure message=\"").append(errors.size()).append(" error(s)\">");
				errors.forEach(p -> xml.append(escape(p.format())).append('\n'));
				xml.append("</failure>");
			}
			xml.append("</testcase>\n");
		}
		return xml.append("</testsuite>\n").toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
