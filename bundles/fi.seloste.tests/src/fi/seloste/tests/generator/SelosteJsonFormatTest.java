package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Inject;

import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.OutputFile;
import fi.seloste.generator.SelosteJsonFormat;
import fi.seloste.seloste.Notice;
import fi.seloste.tests.Golden;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * Seloste JSON of every clean example: equal to its golden file {@code fixtures/generator/NAME.json}
 * (re-record with {@code -Dseloste.rerecord=true}), valid against the published schema
 * {@code docs/schema/seloste.schema.json}, and the same bytes every time.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class SelosteJsonFormatTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private SelosteJsonFormat format;

	@Inject
	private NoticeFormats formats;

	private Stream<DynamicTest> perNotice(String what, java.util.function.Consumer<Notice> test) {
		List<Notice> notices = GeneratedExamples.notices(models);
		assertFalse(notices.isEmpty(), "no clean example notices found");
		return notices.stream().map(n -> DynamicTest.dynamicTest(what + " " + n.getName(), () -> test.accept(n)));
	}

	private OutputFile render(Notice notice) {
		List<OutputFile> files = format.render(notice, GeneratedExamples.languagesOf(notice));
		assertEquals(1, files.size());
		return files.get(0);
	}

	@Test
	void isListedAsJson() {
		assertTrue(formats.byId("json").isPresent());
		assertEquals(SelosteJsonFormat.class, formats.byId("json").get().getClass());
	}

	@TestFactory
	Stream<DynamicTest> equalsTheGoldenFile() {
		return perNotice("golden", notice -> {
			OutputFile file = render(notice);
			assertEquals(notice.getName() + ".json", file.name());
			String actual = GeneratedExamples.utf8(file.content());
			Golden.assertMatches(GeneratedExamples.golden(file.name()), actual);
		});
	}

	@TestFactory
	Stream<DynamicTest> isValidAgainstThePublishedSchema() {
		var schema = JsonSchemas.seloste();
		return perNotice("schema", notice -> {
			JsonNode document = JsonSchemas.parse(GeneratedExamples.utf8(render(notice).content()));
			assertEquals(List.of(), JsonSchemas.errors(schema, document));
			assertEquals(SelosteJsonFormat.SCHEMA_ID, document.get("$schema").asText());
		});
	}

	@TestFactory
	Stream<DynamicTest> isDeterministic() {
		return perNotice("twice", notice -> {
			byte[] first = render(notice).content();
			byte[] second = render(notice).content();
			assertArrayEquals(first, second);
			// a fresh load gives the same bytes too
			Notice again = GeneratedExamples.notices(models).stream().filter(n -> n.getName().equals(notice.getName()))
					.findFirst().orElseThrow();
			assertArrayEquals(first, render(again).content());
			String text = GeneratedExamples.utf8(first);
			assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"), "one trailing newline");
			assertFalse(text.contains("\t") || text.contains("\r"), "2-space indentation, LF only");
		});
	}

	@Test
	void publishedSchemaHasTheStableId() {
		JsonNode schema = JsonSchemas.read(JsonSchemas.selosteSchemaFile());
		assertEquals(SelosteJsonFormat.SCHEMA_ID, schema.get("$id").asText());
		assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
	}

	@Test
	void schemaRejectsWrongDocuments() {
		var schema = JsonSchemas.seloste();
		Notice notice = GeneratedExamples.notices(models).get(0);
		String valid = GeneratedExamples.utf8(render(notice).content());
		assertEquals(List.of(), JsonSchemas.errors(schema, JsonSchemas.parse(valid)));
		// a legal basis code that is not GDPR-6-1-a…f, an unknown key, a duration that is not ISO 8601
		assertFalse(JsonSchemas.errors(schema, JsonSchemas.parse(valid.replaceFirst("GDPR-6-1-[a-f]", "GDPR-6-1-x"))).isEmpty());
		assertFalse(JsonSchemas.errors(schema, JsonSchemas.parse(valid.replaceFirst("\"notice\":", "\"noticeX\":"))).isEmpty());
		assertFalse(JsonSchemas.errors(schema, JsonSchemas.parse(valid.replaceFirst("\"P([0-9]+)([DWMY])\"", "\"$1 $2\""))).isEmpty());
	}
}
