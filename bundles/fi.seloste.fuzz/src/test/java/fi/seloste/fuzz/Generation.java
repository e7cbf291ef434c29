package fi.seloste.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import fi.seloste.generator.DraftDocuments;
import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.NoticeRendering;
import fi.seloste.generator.OutputFile;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;

/**
 * The fuzz target of one output format: a mutated example that has no errors must generate (what
 * {@code check} accepts, {@code generate} writes), each file complete: HTML and PDF documents, JSON that
 * parses, Seloste JSON and TILT valid against their schemas. One with errors that still parses is
 * written as drafts (HTML and Markdown only, as {@code generate --draft} does).
 */
final class Generation {

	private static final NoticeFormats FORMATS = Seloste.INJECTOR.getInstance(NoticeFormats.class);
	private static final ObjectMapper JSON = new ObjectMapper();
	private static JsonSchema selosteSchema;
	private static JsonSchema tiltSchema;

	private Generation() {
	}

	static void fuzz(String formatId, FuzzedDataProvider data) throws Exception {
		NoticeMutator.Mutant mutant = NoticeMutator.mutateClean(data);
		Failures.on(mutant, () -> generate(formatId, mutant));
	}

	private static void generate(String formatId, NoticeMutator.Mutant mutant) {
		Seloste.Loaded loaded = Seloste.load(mutant.example(), mutant.text());
		if (!loaded.parsed()) {
			return;
		}
		NoticeFormat format = FORMATS.byId(formatId).orElseThrow();
		boolean draft = !loaded.errors().isEmpty();
		for (Notice notice : loaded.notices()) {
			List<Language> languages = NoticeRendering.languages(notice, null, (skipped, language) -> {
			});
			if (languages.isEmpty()) {
				continue;
			}
			if (!draft) {
				for (OutputFile output : format.render(notice, languages)) {
					check(formatId, output);
				}
			} else if (formatId.equals("html") || formatId.equals("md")) {
				for (OutputFile output : DraftDocuments.render(notice, languages)) {
					check(output.name().endsWith(".html") ? "html" : "md", output);
				}
			}
		}
	}

	private static void check(String formatId, OutputFile output) {
		byte[] content = output.content();
		if (content.length == 0) {
			throw new AssertionError(output.name() + " is empty");
		}
		String text = formatId.equals("pdf") ? "" : new String(content, StandardCharsets.UTF_8);
		switch (formatId) {
			case "pdf" -> expect(new String(content, 0, Math.min(5, content.length), StandardCharsets.ISO_8859_1).equals("%PDF-"),
					output, "is not a PDF");
			case "html" -> expect(text.startsWith("<!DOCTYPE html>") && text.stripTrailing().endsWith("</html>"), output,
					"is not a complete HTML document");
			case "json" -> valid(selosteSchema(), output, text);
			case "tilt" -> valid(tiltSchema(), output, text);
			case "dpv" -> parse(output, text);
			default -> {
			}
		}
	}

	private static void valid(JsonSchema schema, OutputFile output, String text) {
		Set<ValidationMessage> errors = schema.validate(parse(output, text));
		expect(errors.isEmpty(), output, "is not valid against its schema: " + errors);
	}

	private static JsonNode parse(OutputFile output, String text) {
		try {
			return JSON.readTree(text);
		} catch (IOException e) {
			throw new AssertionError(output.name() + " is not JSON: " + e.getMessage(), e);
		}
	}

	private static void expect(boolean condition, OutputFile output, String failure) {
		if (!condition) {
			throw new AssertionError(output.name() + " " + failure);
		}
	}

	private static synchronized JsonSchema selosteSchema() {
		if (selosteSchema == null) {
			selosteSchema = schema(Seloste.home().resolve("docs/schema/seloste.schema.json"), SpecVersion.VersionFlag.V202012);
		}
		return selosteSchema;
	}

	private static synchronized JsonSchema tiltSchema() {
		if (tiltSchema == null) {
			tiltSchema = schema(Seloste.home().resolve("bundles/fi.seloste.tests/fixtures/generator/tilt/tilt-schema.json"),
					SpecVersion.VersionFlag.V7);
		}
		return tiltSchema;
	}

	/** A schema from a local file; its {@code $schema} dropped so that no meta-schema is fetched. */
	private static JsonSchema schema(Path file, SpecVersion.VersionFlag version) {
		try {
			ObjectNode node = (ObjectNode) JSON.readTree(file.toFile());
			node.remove("$schema");
			return JsonSchemaFactory.getInstance(version).getSchema(node);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
