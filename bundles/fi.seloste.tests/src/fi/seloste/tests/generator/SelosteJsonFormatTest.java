package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
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
import fi.seloste.seloste.SelosteFile;
import fi.seloste.tests.Golden;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * Seloste JSON of every clean example: equal to its golden file {@code fixtures/generator/NAME.json}
 * (re-record with {@code -Dseloste.rerecord=true}), valid against the published schema
 * {@code docs/schema/seloste.schema.json}, and the same bytes every time. On the DPV tests' probe
 * notice: what applies to each purpose and where it was stated, the parties' third-country status,
 * and the statements the language added (purposes of a party or transfer, no DPO, a register's basis,
 * the notice's retention).
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

	// ---------------------------------------------------------------- the resolved facts, on a probe notice

	/** The DPV tests' probe, stating that no data protection officer is appointed. */
	private JsonNode probe() {
		return probe(DpvFormatTest.PROBE.replace("\tretention criteria", "\tno-data-protection-officer \"Art 37 does not apply.\"\n\tretention criteria"));
	}

	private JsonNode probe(String text) {
		XtextResource resource = models.parse(text);
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		Notice notice = (Notice) ((SelosteFile) resource.getContents().get(0)).getElements().get(0);
		JsonNode document = JsonSchemas.parse(GeneratedExamples.utf8(render(notice).content()));
		assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.seloste(), document));
		return document;
	}

	private static JsonNode purpose(JsonNode doc, String register, String purpose) {
		for (JsonNode r : doc.get("registers")) {
			if (r.get("id").asText().equals(register)) {
				for (JsonNode p : r.get("purposes")) {
					if (p.get("id").asText().equals(purpose)) {
						return p.get("applies");
					}
				}
			}
		}
		throw new AssertionError(register + "." + purpose);
	}

	private static String compact(JsonNode node) {
		return node.toString();
	}

	@Test
	void eachPurposeSaysWhatAppliesAndWhereItWasStated() {
		JsonNode doc = probe();
		JsonNode ordering = purpose(doc, "Customers", "Ordering");
		assertEquals("[{\"code\":\"GDPR-6-1-b\",\"origin\":\"purpose\"}]", compact(ordering.get("legalBases")));
		assertEquals("[{\"origin\":\"category\",\"statedBy\":\"Customers.Orders\",\"period\":"
				+ "{\"kind\":\"duration\",\"duration\":\"P6Y\",\"anchor\":\"end-of-financial-year\"}},"
				+ "{\"origin\":\"register\",\"statedBy\":\"Customers\",\"period\":"
				+ "{\"kind\":\"until\",\"anchor\":\"end-of-customer-relationship\"}}]", compact(ordering.get("retention")));
		// the register's recipient with its scope; the purpose's own; never one of another purpose
		assertEquals("[{\"id\":\"Customers.Hosting\",\"scope\":\"register\"},{\"id\":\"Customers.Courier\",\"scope\":\"purpose\"}]",
				compact(ordering.get("recipients")));
		assertEquals("[]", compact(ordering.get("transfers")));
		JsonNode newsletter = purpose(doc, "Customers", "Newsletter");
		assertEquals("[{\"index\":0,\"id\":\"MailerTransfer\",\"scope\":\"purpose\"}]", compact(newsletter.get("transfers")));
		JsonNode salaries = purpose(doc, "Staff", "Salaries");
		assertEquals("[{\"code\":\"GDPR-6-1-c\",\"origin\":\"register\"}]", compact(salaries.get("legalBases")));
		assertEquals("[{\"origin\":\"notice\",\"statedBy\":\"Probe\",\"period\":"
				+ "{\"kind\":\"criteria\",\"criteria\":{\"en\":\"as long as the law requires\"}}}]", compact(salaries.get("retention")));
		assertEquals("[{\"index\":0,\"scope\":\"register\"}]", compact(salaries.get("transfers")));
	}

	@Test
	void partiesHaveTheirResolvedThirdCountryStatusAndPurposes() {
		JsonNode doc = probe();
		List<String> parties = new java.util.ArrayList<>();
		doc.get("parties").forEach(p -> parties.add(p.get("id").asText() + " " + compact(p.get("location"))
				+ (p.has("thirdCountry") ? " " + p.get("thirdCountry").asBoolean() : "") + " " + compact(p.get("purposes"))));
		assertEquals(List.of(
				"Customers.Hosting {\"status\":\"stated-eea\",\"country\":\"FI\"} false []",
				"Customers.Mailer {\"status\":\"stated-third-country\",\"country\":\"US\"} true [\"Customers.Newsletter\"]",
				"Customers.Courier {\"status\":\"stated-eea\",\"country\":\"FI\"} false [\"Customers.Ordering\"]",
				// inferred from the name "Google Analytics", and said to be inferred
				"Staff.Analytics {\"status\":\"inferred-third-country\",\"country\":\"US\"} []"), parties);
	}

	@Test
	void theNewStatementsAreExported() {
		JsonNode doc = probe();
		assertEquals("{\"stated\":true,\"text\":{\"en\":\"Art 37 does not apply.\"}}", compact(doc.get("noDataProtectionOfficer")));
		assertEquals("[{\"kind\":\"criteria\",\"criteria\":{\"en\":\"as long as the law requires\"}}]", compact(doc.get("retention")));
		JsonNode staff = doc.get("registers").get(1);
		assertEquals("GDPR-6-1-c", staff.get("legalBases").get(0).get("code").asText());
		assertEquals("[]", compact(doc.get("registers").get(0).get("legalBases")));
		JsonNode transfer = doc.get("registers").get(0).get("transfers").get(0);
		assertEquals("[]", compact(transfer.get("purposes")), "the transfer names no purpose itself");
		// without the statement, no key: saying nothing is not saying there is none
		Notice plain = GeneratedExamples.notices(models).stream().filter(n -> n.getName().equals("NorthwindAnalytics"))
				.findFirst().orElseThrow();
		assertFalse(JsonSchemas.parse(GeneratedExamples.utf8(render(plain).content())).has("noDataProtectionOfficer"));
	}

	@Test
	void theLawOfABasisAPersonsOrganisationAndEveryControllerAreExported() {
		JsonNode doc = probe(DpvFormatTest.PROBE
				.replace("basis legal-obligation \"Accounting Act\"", "basis legal-obligation law \"Accounting Act (1336/1997)\"")
				.replace("\tretention criteria", DpvFormatTest.SECOND_CONTROLLER_AND_EXTERNAL_DPO + "\tretention criteria"));
		JsonNode staff = doc.get("registers").get(1);
		assertEquals("{\"en\":\"Accounting Act (1336/1997)\"}", compact(staff.get("legalBases").get(0).get("statute")));
		assertFalse(staff.get("legalBases").get(0).has("text"), "the law is not the basis's text");
		assertEquals("[{\"code\":\"GDPR-6-1-c\",\"origin\":\"register\",\"statute\":{\"en\":\"Accounting Act (1336/1997)\"}}]",
				compact(purpose(doc, "Staff", "Salaries").get("legalBases")));
		assertFalse(doc.get("registers").get(0).get("purposes").get(2).get("legalBases").get(0).has("statute"),
				"no law named, no key");
		List<String> controllers = new java.util.ArrayList<>();
		doc.get("controllers").forEach(c -> controllers.add(c.get("id").asText() + " " + c.get("kind").asText()));
		assertEquals(List.of("Cafe controller", "Bakery controller"), controllers);
		assertEquals("[{\"kind\":\"name\",\"value\":{\"en\":\"Eva Example\"}},"
				+ "{\"kind\":\"position\",\"value\":{\"en\":\"data protection officer\"}},"
				+ "{\"kind\":\"organisation\",\"value\":{\"en\":\"Privacy Partners Oy\"}},"
				+ "{\"kind\":\"email\",\"value\":{\"en\":\"dpo@privacy-partners.fi\"}}]",
				compact(doc.get("persons").get(0).get("details")));
	}

	@Test
	void aDerogationKeepsTheWholeArticle49CodeAsTheNoticeStatesNoPoint() {
		JsonNode doc = probe();
		JsonNode safeguard = doc.get("registers").get(1).get("transfers").get(0).get("safeguards").get(0);
		assertEquals("derogation", safeguard.get("kind").asText());
		assertEquals("GDPR-49-1", safeguard.get("code").asText());
	}
}
