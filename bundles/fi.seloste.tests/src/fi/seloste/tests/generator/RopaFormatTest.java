package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.OutputFile;
import fi.seloste.generator.RopaFormat;
import fi.seloste.generator.RopaFormat.Column;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.tests.Golden;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * The record of processing activities (Art 30 GDPR) of every clean example: {@code NOTICE.ropa.html} and
 * {@code NOTICE.ropa.csv} equal their golden files in {@code fixtures/generator/}, render to the same bytes
 * twice, the CSV is RFC 4180 with a BOM (read back with the tests' own reader {@link Rfc4180}: one header row, one row
 * per purpose, the register and purpose in their columns), cells are guarded against formula injection
 * and the HTML escapes hostile strings.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class RopaFormatTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private RopaFormat format;

	@Inject
	private NoticeFormats formats;

	private Stream<DynamicTest> perNotice(String what, java.util.function.Consumer<Notice> test) {
		List<Notice> notices = GeneratedExamples.notices(models);
		assertFalse(notices.isEmpty(), "no clean example notices found");
		return notices.stream().map(n -> DynamicTest.dynamicTest(what + " " + n.getName(), () -> test.accept(n)));
	}

	private List<OutputFile> render(Notice notice) {
		return format.render(notice, GeneratedExamples.languagesOf(notice));
	}

	@Test
	void isListedAsRopaAmongTheDocumentsBeforeTheMachineReadableFormats() {
		assertEquals(RopaFormat.class, formats.byId("ropa").orElseThrow().getClass());
		List<String> ids = formats.all().stream().map(f -> f.id()).toList();
		assertTrue(ids.indexOf("md") < ids.indexOf("ropa") && ids.indexOf("ropa") < ids.indexOf("json"), ids.toString());
	}

	@TestFactory
	Stream<DynamicTest> equalsTheGoldenFiles() {
		return perNotice("golden", notice -> {
			List<OutputFile> files = render(notice);
			assertEquals(List.of(notice.getName() + ".ropa.html", notice.getName() + ".ropa.csv"),
					files.stream().map(OutputFile::name).toList());
			for (OutputFile file : files) {
				String actual = GeneratedExamples.utf8(file.content());
				Golden.assertMatches(GeneratedExamples.golden(file.name()), actual);
			}
		});
	}

	@TestFactory
	Stream<DynamicTest> isDeterministic() {
		return perNotice("twice", notice -> {
			List<OutputFile> first = render(notice);
			List<OutputFile> second = render(notice);
			for (int i = 0; i < first.size(); i++) {
				assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).name());
			}
		});
	}

	@TestFactory
	Stream<DynamicTest> csvReadsBackAsOneRowPerPurpose() {
		return perNotice("csv", notice -> {
			byte[] bytes = render(notice).get(1).content();
			assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, java.util.Arrays.copyOf(bytes, 3),
					"UTF-8 byte order mark");
			String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
			assertTrue(csv.endsWith("\r\n"), "the last record ends with CRLF");
			List<List<String>> records = Rfc4180.read(csv);
			Language language = Texts.outputLanguages(notice).get(0);
			assertEquals(Column.values().length, records.get(0).size(), "header " + records.get(0));
			assertEquals(language == Language.FI ? "Rekisteri" : "Register", records.get(0).get(0));
			List<String[]> expected = new ArrayList<>();
			for (Register register : Selostes.registers(notice)) {
				String label = Texts.variants(register.getLabel()).get(language);
				List<Purpose> purposes = Selostes.purposes(register);
				if (purposes.isEmpty()) {
					expected.add(new String[] { label, null });
				}
				for (Purpose purpose : purposes) {
					expected.add(new String[] { label, Texts.variants(purpose.getLabel()).get(language) });
				}
			}
			assertEquals(expected.size() + 1, records.size(), "one header and one row per purpose");
			for (int i = 0; i < expected.size(); i++) {
				List<String> row = records.get(i + 1);
				assertEquals(Column.values().length, row.size(), "columns of row " + (i + 1));
				assertEquals(expected.get(i)[0], row.get(Column.REGISTER.ordinal()));
				if (expected.get(i)[1] != null) {
					assertEquals(expected.get(i)[1], row.get(Column.PURPOSE.ordinal()));
				}
				assertFalse(row.get(Column.CONTROLLER.ordinal()).isEmpty(), "controller of row " + (i + 1));
			}
		});
	}

	/** The Art 30 content of NorthwindAnalytics: a transfer, a third-country processor and a processor register. */
	@Test
	void rowsHoldTheArticle30Content() {
		Notice northwind = GeneratedExamples.notices(models).stream()
				.filter(n -> n.getName().equals("NorthwindAnalytics")).findFirst().orElseThrow();
		List<RopaFormat.Row> rows = RopaFormat.rows(northwind, Language.EN);
		String transfers = String.join("; ", rows.stream().flatMap(r -> r.cell(Column.TRANSFERS).stream())
				.map(RopaFormat.Item::text).distinct().toList());
		assertTrue(transfers.contains("Cascade Support Inc., United States (US)"), transfers);
		assertTrue(transfers.contains("standard data protection clauses"), transfers);
		RopaFormat.Row processor = rows.get(rows.size() - 1);
		assertEquals("the customer organisation that uses the Northwind platform",
				processor.cell(Column.ON_BEHALF_OF).get(0).text());
		assertTrue(rows.stream().anyMatch(r -> r.cell(Column.RECIPIENTS).stream()
				.anyMatch(i -> "third country".equals(i.mark()))), "a third-country recipient is marked");
		assertFalse(rows.get(0).cell(Column.SECURITY).isEmpty(), "security measures");
		assertFalse(rows.get(0).cell(Column.RETENTION).isEmpty(), "time limits for erasure");
	}

	@Test
	void csvFieldsAreQuotedAndGuardedAgainstFormulas() {
		assertEquals("plain", RopaFormat.csvField("plain"));
		assertEquals("\"a, b\"", RopaFormat.csvField("a, b"));
		assertEquals("\"say \"\"hi\"\"\"", RopaFormat.csvField("say \"hi\""));
		assertEquals("\"line\r\nbreak\"", RopaFormat.csvField("line\r\nbreak"));
		assertEquals("\"x\ny\"", RopaFormat.csvField("x\ny"));
		assertEquals("'=1+1", RopaFormat.csvField("=1+1"));
		assertEquals("'+358 40 123", RopaFormat.csvField("+358 40 123"));
		assertEquals("'-2", RopaFormat.csvField("-2"));
		assertEquals("'@SUM(A1)", RopaFormat.csvField("@SUM(A1)"));
		assertEquals("'\tx", RopaFormat.csvField("\tx"));
		assertEquals("\"'\rx\"", RopaFormat.csvField("\rx"));
		assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
				RopaFormat.csvField("=HYPERLINK(\"http://evil.example\",\"x\")"));
		assertEquals("a=b", RopaFormat.csvField("a=b"));
		assertEquals("", RopaFormat.csvField(""));
	}

	// ------------------------------------------------------------ hostile input

	private static final String HOSTILE = """
			seloste Paha {
				otsikko "<script>alert(1)</script>"
				kielet fi
				rekisterinpitäjä Ohjain {
					nimi "=cmd|' /C calc'!A0"
					verkkosivu "javascript:alert(1)"
					sähköposti "x@example.fi\\"><script>alert(1)</script>"
					puhelin "+358 40 123 4567"
				}
				rekisteri R "=HYPERLINK(\\"http://evil.example\\",\\"klikkaa\\")" {
					rekisteröidyt S "@SUM(1+1)"
					tietoryhmä T "<img src=x onerror=alert(1)>" erityinen henkilötunnus
					tarkoitus P "-2+3, \\"lainaus\\"\\nrivi" {
						peruste sopimus
						tiedot T
						koskee S
						säilytys kriteeri "+1 vuosi"
					}
					käsittelijä V "<a href='javascript:alert(1)'>x</a>" {
						maa "US"
					}
					siirto {
						vastaanottaja V
						suojatoimi vakiolausekkeet
					}
				}
				suojaus {
					tekninen "</td></tr></table><script>alert(1)</script>"
				}
			}
			""";

	private Notice hostile() {
		XtextResource resource = models.parse(HOSTILE);
		assertFalse(resource.getParseResult().getSyntaxErrors().iterator().hasNext(),
				() -> "the test notice does not parse: " + resource.getErrors());
		return (Notice) ((SelosteFile) resource.getContents().get(0)).getElements().get(0);
	}

	@Test
	void csvCellsStartingWithAFormulaCharacterGetAnApostrophe() {
		String csv = RopaFormat.csv(hostile(), Language.FI).substring(1);
		List<List<String>> records = Rfc4180.read(csv);
		assertEquals(2, records.size(), csv);
		List<String> row = records.get(1);
		assertEquals("'=HYPERLINK(\"http://evil.example\",\"klikkaa\")", row.get(Column.REGISTER.ordinal()));
		assertEquals("'-2+3, \"lainaus\"\nrivi", row.get(Column.PURPOSE.ordinal()));
		assertEquals("'@SUM(1+1)", row.get(Column.SUBJECTS.ordinal()));
		assertEquals("'+1 vuosi", row.get(Column.RETENTION.ordinal()));
		assertTrue(row.get(Column.DATA.ordinal()).contains("erityinen henkilötietoryhmä"), row.toString());
		assertTrue(row.get(Column.DATA.ordinal()).contains("henkilötunnus"), row.toString());
		assertTrue(row.get(Column.RECIPIENTS.ordinal()).contains("kolmas maa"), row.toString());
		for (List<String> record : records) {
			for (String field : record) {
				assertFalse(!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0, "unguarded field " + field);
			}
		}
	}

	private static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "main", "header",
			"h1", "h2", "h3", "p", "ul", "li", "a", "section", "dl", "dt", "dd", "div", "table", "thead", "tbody", "tr",
			"th", "td", "strong", "span");

	@Test
	void htmlHasOnlyItsOwnElementsAndSafeLinks() {
		String html = RopaFormat.html(hostile(), Language.FI);
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fi\">"));
		String body = html.substring(html.indexOf("</style>") + "</style>".length());
		Set<String> tags = new TreeSet<>();
		Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(body);
		int open = 0;
		while (tag.find()) {
			tags.add(tag.group(1).toLowerCase());
			open++;
		}
		assertTrue(TAGS.containsAll(tags), "unexpected elements " + tags);
		Matcher element = Pattern.compile("<[a-z0-9]+((?:\\s+[a-z-]+=\"[^\"]*\")*)\\s*>").matcher(body);
		int elements = 0;
		while (element.find()) {
			elements++;
			Matcher attribute = Pattern.compile("([a-z-]+)=\"([^\"]*)\"").matcher(element.group(1));
			while (attribute.find()) {
				assertTrue(Set.of("href", "id", "lang", "class", "scope").contains(attribute.group(1)),
						"attribute " + attribute.group(1));
				if (attribute.group(1).equals("href")) {
					assertTrue(attribute.group(2).matches("(https?://|mailto:|tel:|#).*"), "link " + attribute.group(2));
				}
			}
		}
		assertEquals(open, elements, "an element with an unexpected attribute shape");
		assertFalse(html.contains("<script"), "a script element");
		assertTrue(body.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;"), "security text escaped");
		assertTrue(body.contains("&lt;img src=x onerror=alert(1)&gt; <strong class=\"flag\">("), "flag marked");
		assertTrue(body.contains("href=\"tel:+358401234567\""), "the phone number is a tel: link");
		assertFalse(body.contains("href=\"javascript"), "no javascript: link");
		assertFalse(Pattern.compile("<link\\b|src=\"").matcher(html).find(), "no external resources");
	}

	@Test
	void theReaderReadsRfc4180() {
		assertEquals(List.of(List.of("a", "b, c", "say \"hi\"", "x\r\ny", "")),
				Rfc4180.read("a,\"b, c\",\"say \"\"hi\"\"\",\"x\r\ny\",\r\n"));
	}
}
