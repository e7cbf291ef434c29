package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.cli.Main;

/** The command line: exit codes, the problem format, and clear messages for bad calls. */
class CliTest {

	private static final String VALID = """
			seloste S {
				otsikko "Tietosuojaseloste"
			}
			""";

	@TempDir
	Path dir;

	private record Run(int exit, String out, String err) {
		List<String> outLines() {
			return out.isEmpty() ? List.of() : List.of(out.split("\n"));
		}
	}

	private Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void validFileExitsZeroAndPrintsNoProblem() throws IOException {
		Run run = run("check", write("ok.seloste", VALID).toString());
		assertEquals(Main.OK, run.exit(), run.err());
		assertEquals("", run.out());
		assertTrue(run.err().contains("Checked 1 file(s): 0 error(s)"), run.err());
	}

	@Test
	void errorsArePrintedAsFileLineColumnSeverityMessageAndExitOne() throws IOException {
		Path file = write("broken.seloste", "seloste S {\n\trekisteri R {\n\t}\n}\n");
		Run run = run("check", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit());
		assertEquals(1, run.outLines().size(), run.out());
		assertTrue(run.outLines().get(0).matches(java.util.regex.Pattern.quote(file.toString()) + ":2:14: error: .+"),
				run.out());
	}

	@Test
	void warningsAloneExitZero() throws IOException {
		Run run = run("check", write("empty.seloste", "").toString());
		assertEquals(Main.OK, run.exit());
		assertTrue(run.out().contains("empty.seloste:1:1: warning: The file is empty"), run.out());
	}

	@Test
	void folderIsCheckedRecursivelyAndAFileLinksToItsSiblings() throws IOException {
		write("org/organisation.seloste", "organisaatio Kuura {\n\trekisterinpitäjä KuuraOy {\n\t}\n}\n");
		Path notice = write("org/notice.seloste", "seloste N {\n\tkäytä Kuura.KuuraOy\n}\n");
		write("org/deeper/other.seloste", VALID.replace("S {", "T {"));
		Run folder = run("check", dir.toString());
		assertEquals(Main.OK, folder.exit(), folder.out() + folder.err());
		assertTrue(folder.err().contains("Checked 3 file(s)"), folder.err());
		Run single = run("check", notice.toString());
		assertEquals(Main.OK, single.exit(), single.out() + single.err());
		assertTrue(single.err().contains("Checked 1 file(s)"), single.err());
	}

	@Test
	void nonUtf8FileIsAnInputErrorWithPosition() throws IOException {
		Path file = dir.resolve("latin1.seloste");
		Files.write(file, "seloste S {\n\totsikko \"Selosteen päivitys\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		Run run = run("check", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit());
		assertTrue(run.out().startsWith(file + ":2:"), run.out());
		assertTrue(run.out().contains("error: the file is not valid UTF-8"), run.out());
	}

	@Test
	void missingFileIsAUsageErrorWithoutStackTrace() {
		Run run = run("check", dir.resolve("nothing.seloste").toString());
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("no such file or folder"), run.err());
		assertFalse(run.err().contains("Exception"), run.err());
	}

	@Test
	void folderWithoutSelosteFilesIsAUsageError() throws IOException {
		write("readme.txt", "hello");
		Run run = run("check", dir.toString());
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("contains no .seloste files"), run.err());
	}

	@Test
	void unknownCommandOrOptionOrNoArgumentsIsAUsageError() {
		assertEquals(Main.USAGE, run().exit());
		assertEquals(Main.USAGE, run("frobnicate").exit());
		Run option = run("check", "--colour", "x.seloste");
		assertEquals(Main.USAGE, option.exit());
		assertTrue(option.err().contains("unknown option --colour"), option.err());
		assertEquals(Main.OK, run("--help").exit());
	}

	@Test
	void formatRewritesTheFileInCanonicalLayoutAndCheckListsIt() throws IOException {
		Path file = write("messy.seloste", "seloste S {otsikko \"T\"   kielet fi,en}");
		Run check = run("format", "--check", file.toString());
		assertEquals(Main.INPUT_ERRORS, check.exit());
		assertEquals(file + ": not formatted\n", check.out());
		assertEquals("seloste S {otsikko \"T\"   kielet fi,en}", Files.readString(file));

		Run format = run("format", file.toString());
		assertEquals(Main.OK, format.exit(), format.err());
		assertEquals("seloste S {\n\totsikko \"T\"\n\tkielet fi, en\n}\n", Files.readString(file));
		assertEquals(Main.OK, run("format", "--check", file.toString()).exit());
	}

	@Test
	void formatNeverTouchesAFileWithSyntaxErrors() throws IOException {
		String broken = "seloste S {\n\trekisteri R {\n";
		Path file = write("broken.seloste", broken);
		Run run = run("format", file.toString());
		assertEquals(Main.INPUT_ERRORS, run.exit());
		assertTrue(run.out().contains("syntax errors"), run.out());
		assertEquals(broken, Files.readString(file));
	}
}
