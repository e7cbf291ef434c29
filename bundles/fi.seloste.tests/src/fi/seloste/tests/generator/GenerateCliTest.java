package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.ide.cli.Main;
import fi.seloste.tests.CliRun;
import fi.seloste.io.FolderLock;
import fi.seloste.tests.Fixtures;

/** {@code seloste generate}: files written, errors block, languages and formats, exit codes. */
class GenerateCliTest {

	/** A notice without any problem (as in CliTest). */
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

	/** VALID with a wrong check digit in its business ID: one error. */
	private static final String WITH_ERROR = VALID.replace("seloste Kahvila", "seloste Virheellinen")
			.replace("\"2701131-6\"", "\"2701131-5\"");

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

	private List<String> outputs() throws IOException {
		if (!Files.isDirectory(dir.resolve("out"))) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir.resolve("out"))) {
			// the lock file of the folder stays, empty (FolderLock)
			return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals(FolderLock.NAME)).sorted()
					.toList();
		}
	}

	@Test
	void twoFilesWithANoticeOfTheSameNameDoNotOverwriteEachOther() throws IOException {
		Path first = write("src/a.seloste", VALID);
		Path second = write("src/b.seloste", VALID.replace("\"Kahvila Oy\"", "\"Toinen Oy\""));
		CliRun run = run("generate", dir.resolve("src").toString(), "-o", dir.resolve("out").toString(), "--format", "html");
		assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains(second + ":1:9: error: [noticeNameTaken] notice Kahvila is also declared in " + first),
				run.out());
		assertTrue(run.out().contains(second + ": not generated: 1 error(s)"), run.out());
		assertEquals(List.of("Kahvila.fi.html"), outputs());
		assertTrue(Files.readString(dir.resolve("out/Kahvila.fi.html")).contains("Kahvila Oy"));
	}

	@Test
	void aSecondRunIntoALockedFolderIsRefusedWithExitTwo() throws IOException {
		Path file = write("src/ok.seloste", VALID);
		try (FolderLock held = FolderLock.acquire(dir.resolve("out"))) {
			CliRun run = run("generate", file.toString(), "-o", dir.resolve("out").toString());
			assertEquals(Main.USAGE, run.exit(), run.out() + run.err());
			// in the message language of the file (Finnish keywords); WriteFaultsTest has the whole message
			assertTrue(run.err().contains("kirjoittaa parhaillaan toinen Seloste-ajo"), run.err());
			assertEquals(List.of(), outputs());
		}
		assertEquals(Main.OK, run("generate", file.toString(), "-o", dir.resolve("out").toString(), "--format", "md").exit());
	}

	@Test
	void aRunThatWritesNothingRemovesTheLeftoversOfAnInterruptedRun() throws IOException {
		// regression: the leftovers were removed only by the first write into the folder
		Path file = write("src/bad.seloste", WITH_ERROR);
		Path out = Files.createDirectories(dir.resolve("out"));
		Path leftover = Files.writeString(out.resolve(".seloste-00000000000000ab.tmp"), "half");
		Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
		assertEquals(Main.INPUT_ERRORS, run("generate", file.toString(), "-o", out.toString()).exit());
		assertTrue(Files.notExists(leftover));
		assertEquals(List.of(), outputs());
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions only")
	void generatedFilesHonourTheUmaskAndReplacedOnesKeepTheirMode() throws IOException {
		Path file = write("src/ok.seloste", VALID);
		String umasked = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain"))));
		Path out = Files.createDirectories(dir.resolve("out"));
		Path leftover = Files.writeString(out.resolve(".seloste-0123456789abcdef.tmp"), "half");
		Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
		assertEquals(Main.OK, run("generate", file.toString(), "-o", out.toString(), "--format", "html,md").exit());
		assertEquals(umasked, PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("Kahvila.fi.html"))));
		assertTrue(Files.notExists(leftover), "the leftover of an interrupted run is removed");
		Files.setPosixFilePermissions(out.resolve("Kahvila.fi.md"), PosixFilePermissions.fromString("rw-rw-r--"));
		assertEquals(Main.OK, run("generate", file.toString(), "-o", out.toString(), "--format", "html,md").exit());
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("Kahvila.fi.md"))));
		assertEquals(List.of("Kahvila.fi.html", "Kahvila.fi.md"), outputs());
	}

	@Test
	void writesEveryFormatInTheNoticesLanguagesAndPrintsEachFile() throws IOException {
		Path file = write("src/ok.seloste", VALID);
		CliRun run = run("generate", file.toString(), "-o", dir.resolve("out").toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals(List.of("Kahvila.dpv.jsonld", "Kahvila.fi.html", "Kahvila.fi.md", "Kahvila.fi.pdf", "Kahvila.json",
				"Kahvila.ropa.csv", "Kahvila.ropa.html", "Kahvila.tilt.json"),
				outputs());
		assertTrue(run.out().contains(dir.resolve("out/Kahvila.fi.html").toAbsolutePath().toString()), run.out());
		assertTrue(Files.readString(dir.resolve("out/Kahvila.fi.html")).contains("Kahvila Oy"));
	}

	@Test
	void aNoticeWithErrorsIsNotGeneratedAndItsErrorsAreListed() throws IOException {
		write("src/ok.seloste", VALID);
		Path bad = write("src/bad.seloste", WITH_ERROR);
		CliRun run = run("generate", dir.resolve("src").toString(), "-o", dir.resolve("out").toString());
		assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains(bad + ":7:12: error: [fi.seloste.businessIdCheckDigit]"), run.out());
		assertTrue(run.out().contains(bad + ": not generated: 1 error(s)"), run.out());
		assertEquals(List.of("Kahvila.dpv.jsonld", "Kahvila.fi.html", "Kahvila.fi.md", "Kahvila.fi.pdf", "Kahvila.json",
				"Kahvila.ropa.csv", "Kahvila.ropa.html", "Kahvila.tilt.json"),
				outputs());
	}

	private static final List<String> EVERY_FORMAT = List.of("Kahvila.dpv.jsonld", "Kahvila.fi.html", "Kahvila.fi.md",
			"Kahvila.fi.pdf", "Kahvila.json", "Kahvila.ropa.csv", "Kahvila.ropa.html", "Kahvila.tilt.json");

	/** Issue 16: the grammar allows spaces in a date; check accepted them, generate stopped (NumberFormatException). */
	@Test
	void aDateWrittenWithSpacesIsCheckedAndGeneratedInEveryFormat() throws IOException {
		Path file = write("src/dates.seloste", VALID.replace("päivitetty 2026-04-23", """
				laadittu 2026 -04-23
					päivitetty 2026-04- 23
					muutos 2026 - 04 - 23 "Ensimmäinen versio."
				"""));
		CliRun check = run("check", file.toString());
		assertEquals(Main.OK, check.exit(), check.out() + check.err());
		assertFalse(check.out().contains("error"), check.out());
		CliRun run = run("generate", file.toString(), "-o", dir.resolve("out").toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals(EVERY_FORMAT, outputs());
		assertTrue(Files.readString(dir.resolve("out/Kahvila.json")).contains("\"2026-04-23\""));
		assertTrue(Files.readString(dir.resolve("out/Kahvila.tilt.json")).contains("\"2026-04-23\""));
		String html = Files.readString(dir.resolve("out/Kahvila.fi.html"));
		assertTrue(html.contains("23.4.2026") && !html.contains("2026 -04"), html);
		assertFalse(Files.readString(dir.resolve("out/Kahvila.ropa.html")).contains("2026-04- 23"));
	}

	/**
	 * Issue 16: a character no document can hold in a text (escaped or raw) passed check, then the PDF
	 * renderer stopped with an internal error (exit 2). Now check reports it, and generate agrees.
	 */
	@Test
	void aTextWithACharacterNoDocumentCanHoldIsAnErrorOfCheckAndGenerate() throws IOException {
		List<String> payloads = List.of("\\u0001", "\\uD800", "\\uFFFF", "\\uFFFE", "\\u0000", "\\u000B", "\u0001",
				"\u000B", "\u001F");
		for (int i = 0; i < payloads.size(); i++) {
			String payload = payloads.get(i);
			Path file = write("chars" + i + "/n.seloste", VALID.replace("\"Kahvila Oy\"", "\"Kahvila" + payload + " Oy\""));
			CliRun check = run("check", file.toString());
			assertEquals(Main.INPUT_ERRORS, check.exit(), payload + ": " + check.out() + check.err());
			assertTrue(check.out().startsWith(file + ":6:8: error: [fi.seloste.forbiddenCharacter] "), check.out());
			Path out = dir.resolve("out" + i);
			CliRun run = run("generate", file.toString(), "-o", out.toString());
			assertEquals(Main.INPUT_ERRORS, run.exit(), payload + ": " + run.out() + run.err());
			assertTrue(run.out().contains(file + ": not generated: 1 error(s)"), run.out());
		}
	}

	/** Issue 16: a file name with a line break could forge a line of generate's report too. */
	@Test
	void aFileNameWithALineBreakIsShownEscaped() throws IOException {
		Path bad = write("src/bad\nx.seloste", WITH_ERROR);
		CliRun run = run("generate", bad.toString(), "-o", dir.resolve("out").toString());
		assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
		String shown = dir.resolve("src") + "/bad\\nx.seloste";
		assertEquals(List.of(shown + ":7:12: error: [fi.seloste.businessIdCheckDigit]", shown + ": not generated: 1 error(s)"),
				run.out().lines().map(line -> line.replaceFirst("(\\]).*", "$1")).toList());
	}

	@Test
	void formatPdfWritesAPdfFilePerLanguage() throws IOException {
		Path file = write("ok.seloste", VALID);
		CliRun run = run("generate", file.toString(), "-o", dir.resolve("out").toString(), "--format", "pdf");
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals(List.of("Kahvila.fi.pdf"), outputs());
		assertTrue(run.out().contains(dir.resolve("out/Kahvila.fi.pdf").toAbsolutePath().toString()), run.out());
		// Nothing from openhtmltopdf or PDFBox logging: only the summary.
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().startsWith("Generated 1 file(s) into "), run.err());
		byte[] pdf = Files.readAllBytes(dir.resolve("out/Kahvila.fi.pdf"));
		assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertTrue(text.contains("Kahvila Oy"), text);
			assertTrue(text.contains("Rekisterinpitäjä"), text);
		}
	}

	@Test
	void formatAndLanguageOptions() throws IOException {
		Path file = write("ok.seloste", VALID);
		CliRun run = run("generate", file.toString(), "-o", dir.resolve("out").toString(), "--format", "md", "--lang",
				"fi,sv");
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals(List.of("Kahvila.fi.md"), outputs());
		assertTrue(run.err().contains("not written in 'sv'; skipped"), run.err());
	}

	@Test
	void afterTheFilesANotePerFileListsTheFieldsNotFilledFromTheSource() throws IOException {
		Path file = write("ok.seloste", VALID);
		CliRun run = run("generate", file.toString(), "-o", dir.resolve("out").toString(), "--format", "html,tilt");
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		List<String> notes = run.err().lines().filter(l -> l.contains(": note: ")).toList();
		assertEquals(List.of(file + ": note: Kahvila.tilt.json: not filled from the source: "
				+ "meta.version (no version stated), meta.url (no web address of the notice stated), "
				+ "controller.address (no controller address stated), "
				+ "controller.representative (no EU representative stated), dataProtectionOfficer (no DPO stated), "
				+ "dataDisclosed[].purposes[].description (no description of a purpose stated), "
				+ "sources[].sources[].url (no web address of a source stated), "
				+ "sources[].dataCategory (a source names no data category)"), notes, run.err());
		assertTrue(run.err().lines().toList().indexOf(notes.get(0)) < run.err().lines().toList().size() - 1,
				"the summary comes last: " + run.err());

		CliRun html = run("generate", file.toString(), "-o", dir.resolve("out").toString(), "--format", "html");
		assertFalse(html.err().contains("not filled from the source"), "HTML says only what the notice states: " + html.err());
	}

	@Test
	void organisationFilesProduceNothing() throws IOException {
		Path organisation = Fixtures.examples().resolve("organisation/organisation.seloste");
		CliRun run = run("generate", organisation.toString(), "-o", dir.resolve("out").toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertEquals(List.of(), outputs());
	}

	@Test
	void usageProblemsExitTwoWithoutStackTraces() throws IOException {
		Path file = write("ok.seloste", VALID);
		for (String[] args : List.of(new String[] { "generate", file.toString() },
				new String[] { "generate", "-o", dir.resolve("out").toString() },
				new String[] { "generate", file.toString(), "-o", dir.resolve("out").toString(), "--format", "docx" },
				new String[] { "generate", file.toString(), "-o", dir.resolve("out").toString(), "--lang", "de" },
				new String[] { "generate", dir.resolve("missing.seloste").toString(), "-o", dir.resolve("out").toString() },
				new String[] { "generate", file.toString(), "-o", file.toString() })) {
			CliRun run = run(args);
			assertEquals(Main.USAGE, run.exit(), String.join(" ", args) + "\n" + run.out() + run.err());
			assertTrue(run.err().startsWith("seloste: "), run.err());
			assertFalse(run.err().contains("\tat "), run.err());
		}
	}

	@Test
	void withDraftANoticeWithErrorsIsWrittenAsAMarkedDraftAndTheExitCodeStaysOne() throws IOException {
		write("src/bad.seloste", WITH_ERROR);
		CliRun run = run("generate", dir.resolve("src").toString(), "-o", dir.resolve("out").toString(), "--draft");
		assertEquals(Main.INPUT_ERRORS, run.exit(), run.out() + run.err());
		assertEquals(List.of("Virheellinen.fi.draft.html", "Virheellinen.fi.draft.md"), outputs());
		assertTrue(run.out().contains("Virheellinen.fi.draft.html (draft)"), run.out());
		String html = Files.readString(dir.resolve("out/Virheellinen.fi.draft.html"));
		assertTrue(html.contains("LUONNOS – ei julkaistavaksi"), html);
	}
}
