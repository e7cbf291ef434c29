package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import fi.seloste.ide.cli.Main;

/** The command line: exit codes, the problem format, --lang, --format json, --fix, and clear messages for bad calls. */
class CliTest {

	/** A notice without any problem. */
	private static final String VALID = """
			seloste Kahvila {
				otsikko "Tietosuojaseloste"
				kielet fi
				päivitetty 2026-04-23
				rekisterinpitäjä Kahvila {
					nimi "Kahvila Oy"
					y-tunnus "2701131-6"
					sähköposti "tietosuoja@kahvila.fi"
				}
				rekisteri Asiakkaat "asiakasrekisteri" {
					tietoryhmä Yhteystiedot "nimi ja sähköpostiosoite"
					tarkoitus Asiakassuhde "asiakassuhteen hoito" {
						peruste sopimus
						tiedot Yhteystiedot
						säilytys kunnes asiakassuhteen-päättyminen
					}
					lähde rekisteröity
					ei-vastaanottajia
					ei-siirtoja
				}
				oikeudet {
					oikeus tarkastus
					oikeus oikaisu
					oikeus poisto
					oikeus rajoitus
					oikeus siirrettävyys
					oikeus valitus
					vastausaika 1 kuukausi
				}
				valvontaviranomainen Tietosuojavaltuutettu {
					nimi "Tietosuojavaltuutetun toimisto"
					osoite "Lintulahdenkuja 4, 00530 Helsinki"
				}
				tietojen-antaminen sopimuksen-edellytys seuraukset "Ilman tietoja sopimusta ei voi tehdä."
				automaattinen-päätöksenteko ei-käytössä
			}
			""";

	/** VALID with a VAT number for a business ID: one error (7:12) with one quick fix. */
	private static final String VAT_NUMBER = VALID.replace("\"2701131-6\"", "\"FI27011316\"");

	/** A business ID with a wrong check digit: an error (it misidentifies the controller), with no fix. */
	private static final String WRONG_CHECK_DIGIT = VALID.replace("\"2701131-6\"", "\"2701131-5\"");

	private static final String CHECK_DIGIT_ERROR = "error: [fi.seloste.businessIdCheckDigit] "
			+ "Y-tunnuksen '2701131-5' tarkistenumero on väärä. (yritys- ja yhteisötietolaki (244/2001))";

	@TempDir
	Path dir;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	// ------------------------------------------------------------------ check

	@Test
	void validFileExitsZeroAndPrintsNoProblem() throws IOException {
		CliRun run = run("check", write("ok.seloste", VALID).toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals("", run.out());
		assertTrue(run.err().contains("Checked 1 file(s): 0 error(s), 0 warning(s)"), run.err());
	}

	@Test
	void errorsArePrintedAsFileLineColumnSeverityCodeMessageAndExitOne() throws IOException {
		Path file = write("id.seloste", WRONG_CHECK_DIGIT);
		CliRun run = run("check", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit());
		assertEquals(List.of(file + ":7:12: " + CHECK_DIGIT_ERROR), run.outLines());
	}

	@Test
	void syntaxErrorsHaveTheirCodeToo() throws IOException {
		Path file = write("broken.seloste", "seloste S {\n\trekisteri R {\n\t}\n}\n");
		CliRun run = run("check", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit());
		assertTrue(run.outLines().stream().anyMatch(line -> line.matches(Pattern.quote(file.toString())
				+ ":2:14: error: \\[fi\\.seloste\\.syntaxError\\] .+")), run.out());
	}

	/** Every line of a text report is one problem: {@code file:line:column: severity: [code] message}. */
	private static void assertOneProblemPerLine(CliRun run, Path file) {
		Pattern problem = Pattern.compile(Pattern.quote(file.toString().replace("\n", "\\n"))
				+ ":\\d+:\\d+: (error|warning|info): \\[[^\\]]+\\] [^\\n]*");
		assertFalse(run.outLines().isEmpty(), run.err());
		run.outLines().forEach(line -> assertTrue(problem.matcher(line).matches(), "not one problem: " + line));
	}

	/** Issue 16: a quoted value with a line break spanned two output lines; JSON keeps the raw value. */
	@Test
	void aQuotedLineBreakIsEscapedInTheTextReportAndRawInJson() throws IOException {
		Path file = write("id.seloste", VALID.replace("\"2701131-6\"", "\"2701131\n-6\""));
		CliRun run = run("check", file.toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err()); // a business ID in another form is a warning
		assertOneProblemPerLine(run, file);
		assertTrue(run.out().contains("'2701131\\n-6'"), run.out());
		CliRun json = run("check", "--format", "json", file.toString());
		String message = JsonParser.parseString(json.out()).getAsJsonArray().get(0).getAsJsonObject().get("message")
				.getAsString();
		assertTrue(message.contains("'2701131\n-6'"), message);
	}

	/** Issue 16: a file name with a line break forged a second problem line. */
	@Test
	void aFileNameWithALineBreakCannotForgeAProblemLine() throws IOException {
		Path file = write("a\nb.seloste:1:1: error: [fi.seloste.forged] x.seloste", WRONG_CHECK_DIGIT);
		CliRun run = run("check", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
		assertEquals(1, run.outLines().size(), run.out());
		assertTrue(run.out().startsWith(dir + "/a\\nb.seloste:1:1: error: [fi.seloste.forged] x.seloste:7:12: error: "
				+ "[fi.seloste.businessIdCheckDigit] "), run.out());
	}

	/** Issue 16: bidi overrides, zero-width characters and controls in a message are shown as escapes. */
	@Test
	void invisibleCharactersInMessagesAreShownEscaped() throws IOException {
		String[][] cases = { { "\u202E", "\\u202E" }, { "\u2067", "\\u2067" }, { "\u200B", "\\u200B" },
				{ "\uFEFF", "\\uFEFF" }, { "\u0007", "\\u0007" }, { "\r", "\\r" } };
		for (String[] c : cases) {
			Path file = write("id" + (int) c[0].charAt(0) + ".seloste",
					VALID.replace("\"2701131-6\"", "\"2701131" + c[0] + "-6\""));
			CliRun run = run("check", file.toString());
			// a business ID in another form is a warning; a control character in a text is an error
			assertTrue(run.exit() == Main.OK || run.exit() == Main.INPUT_ERRORS, run.out() + run.err());
			assertOneProblemPerLine(run, file);
			assertTrue(run.out().contains("'2701131" + c[1] + "-6'"), run.out());
			assertFalse(run.out().contains(c[0]), run.out());
		}
	}

	/** Issue 16: an invisible character where a name belongs gave a syntax error showing it raw. */
	@Test
	void aSyntaxErrorShowsAnInvisibleCharacterEscaped() throws IOException {
		String[][] cases = { { "\u200B", "\\u200B" }, { "\u0000", "\\u0000" } };
		for (String[] c : cases) {
			Path file = write("syntax" + (int) c[0].charAt(0) + ".seloste", VALID.replace("seloste Kahvila {",
					"seloste Kahvila " + c[0] + "{"));
			CliRun run = run("check", file.toString());
			assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
			assertOneProblemPerLine(run, file);
			assertTrue(run.outLines().stream().anyMatch(line -> line.contains(
					": error: [fi.seloste.syntaxError] ") && line.contains(c[1])), run.out());
			assertFalse(run.out().contains(c[0]), run.out());
		}
	}

	/**
	 * Issue 10: a file with a syntax error and a broken reference listed a dozen completeness findings
	 * first, then ANTLR's and Xtext's English messages with Xtext's codes.
	 */
	@Test
	void aBrokenFileShowsItsSyntaxErrorFirstThenTheBrokenReferenceInTheChosenLanguage() throws IOException {
		Path file = write("broken.seloste", VALID
				.replace("sähköposti \"tietosuoja@kahvila.fi\"\n\t}\n", "sähköposti \"tietosuoja@kahvila.fi\"\n")
				.replace("tiedot Yhteystiedot", "tiedot Puuttuu"));
		CliRun finnish = run("check", "--lang", "fi", file.toString());
		assertEquals(Main.INPUT_ERRORS, finnish.exit(), finnish.out() + finnish.err());
		assertEquals(List.of(
				file + ":9:2: error: [fi.seloste.syntaxError] Rivillä odotettiin '}' ennen sanaa 'rekisteri' (lohko jäi sulkematta).",
				file + ":13:11: error: [fi.seloste.unresolvedReference] Tietoryhmää 'Puuttuu' ei löydy tästä selosteesta eikä sen tuomista tiedostoista."),
				finnish.outLines().subList(0, 2));
		assertEquals(2, finnish.outLines().size(), finnish.out());
		CliRun english = run("check", "--lang", "en", file.toString());
		assertEquals(List.of(
				file + ":9:2: error: [fi.seloste.syntaxError] Expected '}' before 'rekisteri' (a block is not closed).",
				file + ":13:11: error: [fi.seloste.unresolvedReference] No data category 'Puuttuu' in this notice or what it imports."),
				english.outLines());
		assertEquals(finnish.outLines(), run("check", file.toString()).outLines(), "a Finnish file's messages are in Finnish");
	}

	/** Issue 16: a file with CR-only line ends failed at its first comment, every problem on lines 1 to 3. */
	@Test
	void crOnlyLineEndsEndCommentsAndCountAsLines() throws IOException {
		String text = "// Kahvila\n" + WRONG_CHECK_DIGIT.replace("päivitetty 2026-04-23", "// päiväys\n\tpäivitetty 2026-04-23");
		List<String> lineEnds = List.of("\r", "\r\n", "\n");
		for (int i = 0; i < lineEnds.size(); i++) {
			String lineEnd = lineEnds.get(i);
			Path file = write("lineEnds" + i + ".seloste", text.replace("\n", lineEnd));
			CliRun run = run("check", file.toString());
			assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
			assertEquals(List.of(file + ":9:12: " + CHECK_DIGIT_ERROR), run.outLines(), lineEnd);
		}
	}

	/** Issue 16: one unreadable file of a folder made the readable ones uncheckable (exit 2). */
	@Test
	void anUnreadableFileIsAProblemOfItsOwnWithTheReasonAndTheOthersAreChecked() throws IOException {
		// Tests run as root too, where no permission makes a file unreadable; reading this one fails on Linux.
		Path mem = Path.of("/proc/self/mem");
		assertTrue(Files.isRegularFile(mem), "the tests run on Linux, where /proc/self/mem exists");
		Path ok = write("folder/id.seloste", WRONG_CHECK_DIGIT);
		Path bad = Files.createSymbolicLink(dir.resolve("folder/bad.seloste"), mem);
		CliRun run = run("check", dir.resolve("folder").toString());
		assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
		assertEquals(2, run.outLines().size(), run.out());
		assertEquals(bad + ":1:1: error: [read] cannot read the file: input/output error of the disk",
				run.outLines().get(0));
		assertTrue(run.outLines().get(1).startsWith(ok + ":7:12: error: [fi.seloste.businessIdCheckDigit] "), run.out());
	}

	@Test
	void warningsAloneExitZero() throws IOException {
		CliRun run = run("check", "--lang", "en", write("empty.seloste", "").toString());
		assertEquals(Main.OK, run.exit());
		assertTrue(run.out().contains("empty.seloste:1:1: warning: [fi.seloste.emptyFile] The file is empty"), run.out());
	}

	@Test
	void messagesAreInTheFilesKeywordLanguageUnlessLangChoosesOne() throws IOException {
		Path finnish = write("fi.seloste", VAT_NUMBER);
		Path english = write("en.seloste", "notice Cafe {\n\tcontroller Cafe {\n\t\tbusiness-id \"FI27011316\"\n\t}\n}\n");
		String finnishMessage = "'FI27011316' on arvonlisäverotunniste";
		String englishMessage = "'FI27011316' is a VAT number";

		CliRun byFile = run("check", finnish.toString(), english.toString());
		assertTrue(lineOf(byFile, finnish, "businessIdVatForm").contains(finnishMessage), byFile.out());
		assertTrue(lineOf(byFile, english, "businessIdVatForm").contains(englishMessage), byFile.out());

		CliRun inEnglish = run("check", "--lang", "en", finnish.toString(), english.toString());
		assertTrue(lineOf(inEnglish, finnish, "businessIdVatForm").contains(englishMessage), inEnglish.out());
		assertTrue(lineOf(inEnglish, english, "businessIdVatForm").contains(englishMessage), inEnglish.out());

		CliRun inFinnish = run("check", "--lang=fi", english.toString());
		assertTrue(lineOf(inFinnish, english, "businessIdVatForm").contains(finnishMessage), inFinnish.out());
	}

	private static String lineOf(CliRun run, Path file, String code) {
		return run.outLines().stream().filter(l -> l.startsWith(file + ":") && l.contains("[fi.seloste." + code + "]"))
				.findFirst().orElseThrow(() -> new AssertionError("no " + code + " for " + file + " in\n" + run.out()));
	}

	@Test
	void jsonFormatIsOneDocumentWithTheLabelsOfTheFixes() throws IOException {
		Path file = write("vat.seloste", VAT_NUMBER);
		Path empty = write("empty.seloste", "");
		CliRun run = run("check", "--format", "json", "--lang", "en", file.toString(), empty.toString());
		assertEquals(Main.OK, run.exit(), run.err()); // a VAT-form business ID and an empty file are warnings
		JsonArray problems = JsonParser.parseString(run.out()).getAsJsonArray();
		assertEquals(2, problems.size(), run.out());
		for (JsonElement problem : problems) {
			assertEquals(List.of("file", "line", "column", "severity", "code", "message", "fixes"),
					List.copyOf(problem.getAsJsonObject().keySet()), "the keys and their order");
		}
		JsonObject vat = problems.get(1).getAsJsonObject();
		assertEquals(file.toString(), vat.get("file").getAsString());
		assertEquals(7, vat.get("line").getAsInt());
		assertEquals(12, vat.get("column").getAsInt());
		assertEquals("warning", vat.get("severity").getAsString());
		assertEquals("fi.seloste.businessIdVatForm", vat.get("code").getAsString());
		assertTrue(vat.get("message").getAsString().startsWith("'FI27011316' is a VAT number"), run.out());
		assertEquals("Write the business ID: 2701131-6", vat.get("fixes").getAsJsonArray().get(0).getAsString());
		JsonObject emptyFile = problems.get(0).getAsJsonObject();
		assertEquals("fi.seloste.emptyFile", emptyFile.get("code").getAsString());
		assertEquals(0, emptyFile.get("fixes").getAsJsonArray().size());
	}

	@Test
	void jsonOfACleanFileIsAnEmptyArray() throws IOException {
		CliRun run = run("check", "--format=json", write("ok.seloste", VALID).toString());
		assertEquals(Main.OK, run.exit());
		assertEquals(0, JsonParser.parseString(run.out()).getAsJsonArray().size());
	}

	@Test
	void sarifFormatIsOneSarifLogWithTheSameExitCode() throws IOException {
		Path file = write("vat.seloste", VAT_NUMBER);
		CliRun run = run("check", "--format", "sarif", "--lang", "en", file.toString());
		assertEquals(Main.OK, run.exit(), run.err()); // a VAT-form business ID is a warning
		JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("2.1.0", log.get("version").getAsString());
		JsonObject sarifRun = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		assertEquals("Seloste", sarifRun.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());
		JsonArray results = sarifRun.getAsJsonArray("results");
		assertEquals(1, results.size(), run.out());
		JsonObject result = results.get(0).getAsJsonObject();
		assertEquals("fi.seloste.businessIdVatForm", result.get("ruleId").getAsString());
		assertEquals("warning", result.get("level").getAsString());
		assertTrue(result.getAsJsonObject("message").get("text").getAsString().startsWith("'FI27011316' is a VAT number"));
		assertEquals("Write the business ID: 2701131-6",
				result.getAsJsonObject("properties").getAsJsonArray("fixes").get(0).getAsString());
		assertTrue(run.err().contains("Checked 1 file(s): 0 error(s), 1 warning(s)"), run.err());
		CliRun withError = run("check", "--format", "sarif", write("id.seloste", WRONG_CHECK_DIGIT).toString());
		assertEquals(Main.INPUT_ERRORS, withError.exit(), withError.err());

		CliRun clean = run("check", "--format=sarif", write("ok.seloste", VALID).toString());
		assertEquals(Main.OK, clean.exit());
		assertEquals(0, JsonParser.parseString(clean.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
				.getAsJsonObject().getAsJsonArray("results").size());
	}

	@Test
	void junitFormatIsOneTestCasePerFile() throws IOException {
		Path vat = write("id.seloste", WRONG_CHECK_DIGIT);
		Path ok = write("ok.seloste", VALID);
		CliRun run = run("check", "--format", "junit", vat.toString(), ok.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit(), run.err());
		assertTrue(run.out().startsWith("<?xml"), run.out());
		assertEquals(2, run.out().split("<testcase ", -1).length - 1, run.out());
		assertEquals(1, run.out().split("<failure ", -1).length - 1, run.out());
	}

	@Test
	void folderIsCheckedRecursivelyAndAFileLinksToItsSiblings() throws IOException {
		write("org/organisation.seloste", "organisaatio Kuura {\n\trekisterinpitäjä KuuraOy {\n\t}\n}\n");
		Path notice = write("org/notice.seloste", "seloste N {\n\tkäytä Kuura.KuuraOy\n}\n");
		write("org/deeper/other.seloste", VALID);
		String linking = "[fi.seloste.unresolvedReference]";
		CliRun folder = run("check", dir.toString());
		assertFalse(folder.out().contains(linking), folder.out());
		assertTrue(folder.err().contains("Checked 3 file(s)"), folder.err());
		CliRun single = run("check", notice.toString());
		assertFalse(single.out().contains(linking), single.out());
		assertTrue(single.out().lines().allMatch(l -> l.startsWith(notice + ":")), single.out());
		assertTrue(single.err().contains("Checked 1 file(s)"), single.err());
	}

	@Test
	void nonUtf8FileIsAnInputErrorWithPosition() throws IOException {
		Path file = dir.resolve("latin1.seloste");
		Files.write(file, "seloste S {\n\totsikko \"Selosteen päivitys\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		CliRun run = run("check", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit());
		assertTrue(run.out().startsWith(file + ":2:"), run.out());
		assertTrue(run.out().contains("error: [encoding] the file is not valid UTF-8"), run.out());
	}

	// ------------------------------------------------------------------ check --fix

	@Test
	void fixAppliesEveryEditorialFixWithOneResolutionAndWritesTheFileAtomically() throws IOException {
		String broken = VAT_NUMBER.replace("\t\tsähköposti \"tietosuoja@kahvila.fi\"\n",
				"\t\tsähköposti \"tietosuoja(at)kahvila.fi\"\n\t\tverkkosivu \"http://www.kahvila.fi\"\n");
		Path file = write("notice.seloste", broken);
		Object before = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

		CliRun run = run("check", "--fix", "--lang", "en", file.toString());

		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals(VALID.replace("\t\tsähköposti \"tietosuoja@kahvila.fi\"\n",
				"\t\tsähköposti \"tietosuoja@kahvila.fi\"\n\t\tverkkosivu \"https://www.kahvila.fi\"\n"),
				Files.readString(file));
		List<String> changes = run.outLines().stream().filter(l -> l.contains(": fixed [")).toList();
		assertEquals(List.of(file + ":7: fixed [fi.seloste.businessIdVatForm] Write the business ID: 2701131-6",
				file + ":8: fixed [fi.seloste.emailFormat] Write the e-mail address as tietosuoja@kahvila.fi",
				file + ":9: fixed [fi.seloste.insecureUrl] Use https://www.kahvila.fi"), changes);
		assertTrue(run.err().contains("Fixed 3 problem(s) in 1 file(s)."), run.err());
		assertTrue(run.err().contains("Checked 1 file(s): 0 error(s), 0 warning(s)."), run.err());
		// written by moving a complete temporary file over the old one
		assertNotEquals(before, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
		assertEquals(List.of(file), filesIn(dir));
	}

	@Test
	void fixReportsTheLinesOfTheFileAsGiven() throws IOException {
		// the repeated line 4 is removed first, which moves the business ID of line 8 a line up
		Path file = write("notice.seloste", VAT_NUMBER.replace("\tkielet fi\n", "\tkielet fi\n\tkielet fi\n"));
		CliRun run = run("check", "--fix", file.toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		List<String> changes = run.outLines().stream().filter(l -> l.contains(": fixed [")).toList();
		assertEquals(2, changes.size(), run.out());
		assertTrue(changes.get(0).startsWith(file + ":4: fixed [fi.seloste.duplicateEntry]"), run.out());
		assertTrue(changes.get(1).startsWith(file + ":8: fixed [fi.seloste.businessIdVatForm]"), run.out());
		assertEquals(VALID, Files.readString(file));
	}

	@Test
	void fixLeavesSubstantiveFixesToTheAuthorEvenWithOneResolution() throws IOException {
		// a one-month response time and the standard wording of the erasure right are single
		// resolutions, but they are commitments of the controller: --fix does not make them
		String substantive = VALID.replace("vastausaika 1 kuukausi", "vastausaika 3 kuukautta")
				.replace("\t\toikeus poisto\n", "");
		Path file = write("notice.seloste", substantive.replace("\"2701131-6\"", "\"FI27011316\""));
		CliRun run = run("check", "--fix", "--lang", "en", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
		assertEquals(substantive, Files.readString(file));
		assertTrue(run.out().contains(file + ":7: fixed [fi.seloste.businessIdVatForm]"), run.out());
		assertTrue(run.out().contains("[fi.seloste.responseTimeTooLong]"), run.out());
		assertTrue(run.out().contains("[fi.seloste.rightMissing]"), run.out());
		assertTrue(run.err().contains("Fixed 1 problem(s) in 1 file(s)."), run.err());
	}

	@Test
	void fixLeavesChoicesToTheAuthorAndExitsOneWhenErrorsRemain() throws IOException {
		String withoutBasis = VAT_NUMBER.replace("\t\t\tperuste sopimus\n", "");
		Path file = write("notice.seloste", withoutBasis);
		CliRun run = run("check", "--fix", "--lang", "en", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
		assertEquals(withoutBasis.replace("FI27011316", "2701131-6"), Files.readString(file));
		assertTrue(run.out().contains(file + ":7: fixed [fi.seloste.businessIdVatForm]"), run.out());
		assertTrue(run.out().contains(file + ":12:13: error: [fi.seloste.purposeWithoutBasis]"), run.out());
	}

	@Test
	void fixNeverTouchesAFileThatDoesNotParse() throws IOException {
		String broken = "seloste S {\n\ty-tunnus \"FI27011316\"\n\trekisteri R {\n";
		Path unparsable = write("broken.seloste", broken);
		Path fixable = write("vat.seloste", VAT_NUMBER);
		Object before = Files.readAttributes(unparsable, BasicFileAttributes.class).fileKey();
		CliRun run = run("check", "--fix", dir.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit());
		assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(unparsable));
		assertEquals(before, Files.readAttributes(unparsable, BasicFileAttributes.class).fileKey());
		assertTrue(run.out().contains(unparsable + ": not fixed: it does not parse"), run.out());
		assertEquals(VALID, Files.readString(fixable));
	}

	@Test
	void fixOfACleanFileChangesNothing() throws IOException {
		Path file = write("ok.seloste", VALID);
		Object before = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
		CliRun run = run("check", "--fix", file.toString());
		assertEquals(Main.OK, run.exit());
		assertEquals("", run.out());
		assertEquals(before, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
		assertTrue(run.err().contains("Fixed 0 problem(s) in 0 file(s)."), run.err());
	}

	@Test
	void fixWithJsonKeepsStandardOutputOneDocument() throws IOException {
		Path file = write("vat.seloste", VAT_NUMBER);
		CliRun run = run("check", "--fix", "--format", "json", file.toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals(0, JsonParser.parseString(run.out()).getAsJsonArray().size());
		assertTrue(run.err().contains(file + ":7: fixed [fi.seloste.businessIdVatForm]"), run.err());
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return new ArrayList<>(files.sorted().toList());
		}
	}

	// ------------------------------------------------------------------ usage

	@Test
	void missingFileIsAUsageErrorWithoutStackTrace() {
		CliRun run = run("check", dir.resolve("nothing.seloste").toString());
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("no such file or folder"), run.err());
		assertFalse(run.err().contains("Exception"), run.err());
	}

	@Test
	void folderWithoutSelosteFilesIsAUsageError() throws IOException {
		write("readme.txt", "hello");
		CliRun run = run("check", dir.toString());
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("contains no .seloste files"), run.err());
	}

	@Test
	void unknownCommandOrOptionOrNoArgumentsIsAUsageError() {
		assertEquals(Main.USAGE, run().exit());
		assertEquals(Main.USAGE, run("frobnicate").exit());
		CliRun option = run("check", "--colour", "x.seloste");
		assertEquals(Main.USAGE, option.exit());
		assertTrue(option.err().contains("unknown option --colour"), option.err());
		assertEquals(Main.USAGE, run("format", "--fix", "x.seloste").exit());
		assertEquals(Main.OK, run("--help").exit());
	}

	@Test
	void badOptionValuesAreUsageErrors() throws IOException {
		String file = write("ok.seloste", VALID).toString();
		CliRun lang = run("check", "--lang", "sv", file);
		assertEquals(Main.USAGE, lang.exit());
		assertTrue(lang.err().contains("--lang must be fi or en, not 'sv'"), lang.err());
		CliRun format = run("check", "--format", "xml", file);
		assertEquals(Main.USAGE, format.exit());
		assertTrue(format.err().contains("--format must be text, json, sarif or junit, not 'xml'"), format.err());
		CliRun missing = run("check", file, "--lang");
		assertEquals(Main.USAGE, missing.exit());
		assertTrue(missing.err().contains("--lang needs a value"), missing.err());
		assertFalse((lang.err() + format.err() + missing.err()).contains("Exception"));
	}

	// ------------------------------------------------------------------ format

	@Test
	void formatRewritesTheFileInCanonicalLayoutAndCheckListsIt() throws IOException {
		Path file = write("messy.seloste", "seloste S {otsikko \"T\"   kielet fi,en}");
		CliRun check = run("format", "--check", file.toString());
		assertEquals(Main.INPUT_ERRORS, check.exit());
		assertEquals(file + ": not formatted\n", check.out());
		assertEquals("seloste S {otsikko \"T\"   kielet fi,en}", Files.readString(file));

		CliRun format = run("format", file.toString());
		assertEquals(Main.OK, format.exit(), format.err());
		assertEquals("seloste S {\n\totsikko \"T\"\n\tkielet fi, en\n}\n", Files.readString(file));
		assertEquals(Main.OK, run("format", "--check", file.toString()).exit());
	}

	@Test
	void formatNeverTouchesAFileWithSyntaxErrors() throws IOException {
		String broken = "seloste S {\n\trekisteri R {\n";
		Path file = write("broken.seloste", broken);
		CliRun run = run("format", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit());
		assertTrue(run.out().contains("syntax errors"), run.out());
		assertEquals(broken, Files.readString(file));
	}
}
