package fi.seloste.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fi.seloste.diff.DiffJson;
import fi.seloste.diff.DiffMarkdown;
import fi.seloste.diff.DiffReport;
import fi.seloste.diff.DiffText;
import fi.seloste.diff.DiffWording;
import fi.seloste.diff.MaterialReason;
import fi.seloste.diff.Subject;
import fi.seloste.seloste.Language;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.Golden;
import fi.seloste.tests.generator.JsonSchemas;

/**
 * The outputs of {@code seloste diff} on every pair of {@code fixtures/diff/cases}: text in English and
 * Finnish, Markdown and JSON (valid against {@code docs/schema/seloste-diff.schema.json}); the real pair
 * also in Swedish. Re-record with {@code -Dseloste.rerecord=true} (docs/tests.md).
 */
class DiffGoldenTest {

	static Stream<String> cases() {
		try (Stream<Path> folders = Files.list(DiffSupport.cases())) {
			return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList().stream();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@ParameterizedTest
	@MethodSource("cases")
	void outputsMatchTheirGoldenFiles(String name) {
		DiffReport report = DiffSupport.report(name);
		Path folder = DiffSupport.cases().resolve(name);
		Map<Path, String> outputs = new LinkedHashMap<>();
		outputs.put(folder.resolve("expected.en.txt"), DiffText.render(report, Language.EN));
		outputs.put(folder.resolve("expected.fi.txt"), DiffText.render(report, Language.FI));
		outputs.put(folder.resolve("expected.md"), DiffMarkdown.render(report, Language.EN));
		outputs.put(folder.resolve("expected.json"), DiffJson.render(report, Language.EN));
		if (name.startsWith("real-")) {
			outputs.put(folder.resolve("expected.sv.txt"), DiffText.render(report, Language.SV));
			outputs.put(folder.resolve("expected.fi.md"), DiffMarkdown.render(report, Language.FI));
		}
		Golden.assertAllMatch(outputs);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void jsonFollowsTheSchema(String name) {
		DiffReport report = DiffSupport.report(name);
		for (Language language : Language.values()) {
			assertEquals(List.of(),
					JsonSchemas.errors(JsonSchemas.diff(), JsonSchemas.parse(DiffJson.render(report, language))),
					name + " in " + language);
		}
	}

	@Test
	void theWordingHasEveryKeyInEveryLanguage() throws IOException {
		Path folder = Fixtures.root().resolve("bundles/fi.seloste/src/fi/seloste/diff");
		java.util.Set<String> english = keys(folder.resolve("diff.properties"));
		assertEquals(english, keys(folder.resolve("diff_fi.properties")));
		assertEquals(english, keys(folder.resolve("diff_sv.properties")));
		for (Language language : Language.values()) {
			DiffWording wording = DiffWording.of(language);
			for (Subject subject : Subject.values()) {
				assertTrue(!wording.subject(subject).isBlank() && !wording.get("word." + subject.name()).isBlank());
			}
			for (MaterialReason reason : MaterialReason.values()) {
				assertTrue(wording.explanation(reason).endsWith(").") , reason + " " + language);
			}
		}
	}

	private static java.util.Set<String> keys(Path file) throws IOException {
		java.util.Properties properties = new java.util.Properties();
		try (java.io.Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		return new java.util.TreeSet<>(properties.stringPropertyNames());
	}

	@Test
	void everyCaseSaysWhatItShows() {
		cases().forEach(name -> assertEquals(true, Files.isRegularFile(DiffSupport.cases().resolve(name).resolve("README")),
				name + " has no README"));
	}
}
