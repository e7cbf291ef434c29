package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.ide.cli.Main;

/**
 * {@code format} and {@code check --fix} write a source as its author saved it: line ends, byte-order
 * mark, permissions and symbolic link kept; leftovers of an interrupted run removed.
 */
class SourceWritesCliTest {

	private static final String BOM = "\uFEFF";
	private static final String MESSY = "seloste S {otsikko \"T\"   kielet fi,en\n}\n";
	private static final String FORMATTED = "seloste S {\n\totsikko \"T\"\n\tkielet fi, en\n}\n";

	@TempDir
	Path dir;

	private int run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static String crlf(String text) {
		return text.replace("\n", "\r\n");
	}

	@Test
	void formatKeepsCrlfLineEndsAndTheByteOrderMark() throws IOException {
		Path file = write("crlf.seloste", BOM + crlf(MESSY));
		assertEquals(Main.OK, run("format", file.toString()));
		assertEquals(BOM + crlf(FORMATTED), Files.readString(file));
		// a CRLF file in canonical layout is formatted: --check does not list it, format leaves it
		assertEquals(Main.OK, run("format", "--check", file.toString()));
	}

	@Test
	void formatKeepsLfWithoutAMark() throws IOException {
		Path file = write("lf.seloste", MESSY);
		assertEquals(Main.OK, run("format", file.toString()));
		assertEquals(FORMATTED, Files.readString(file));
	}

	@Test
	void fixKeepsCrlfLineEndsAndTheByteOrderMark() throws IOException {
		Path valid = Fixtures.fixtures().resolve("validation/base.seloste");
		String text = Files.readString(valid).replace("\r\n", "\n");
		assertTrue(text.contains("\"2701131-6\""), "the base notice has the business ID this test changes");
		Path file = write("vat.seloste", BOM + crlf(text.replace("\"2701131-6\"", "\"FI27011316\"")));
		run("check", "--fix", file.toString());
		assertEquals(BOM + crlf(text), Files.readString(file));
	}

	@Test
	void formatWritesASymlinkedSourceAtItsTargetAndKeepsTheLink() throws IOException {
		Path target = write("real/s.seloste", MESSY);
		Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("src")).resolve("s.seloste"),
				Path.of("../real/s.seloste"));
		assertEquals(Main.OK, run("format", link.toString()));
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals(FORMATTED, Files.readString(target));
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions only")
	void formatKeepsTheFilesPermissions() throws IOException {
		Path file = write("shared.seloste", MESSY);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		assertEquals(Main.OK, run("format", file.toString()));
		assertEquals(FORMATTED, Files.readString(file));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void formatRemovesTheTemporaryFileAnInterruptedRunLeft() throws IOException {
		Path file = write("s.seloste", MESSY);
		Path leftover = write(".seloste-00000000000000ff.tmp", "half");
		Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
		assertEquals(Main.OK, run("format", file.toString()));
		assertTrue(Files.notExists(leftover));
	}

	@Test
	void formatAndFixRemoveTheLeftoversBesideTheSourcesEvenWhenNothingChanges() throws IOException {
		// regression: the leftovers were removed only by a write into the folder, so a run that changed
		// nothing (the interrupted run had done the work) left them
		Path file = write("s.seloste", FORMATTED);
		for (String[] command : List.of(new String[] { "format", file.toString() },
				new String[] { "check", "--fix", file.toString() })) {
			Path leftover = write(".seloste-00000000000000fe.tmp", "half");
			Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
			run(command);
			assertTrue(Files.notExists(leftover), String.join(" ", command));
			assertEquals(FORMATTED, Files.readString(file));
		}
		// format --check and check write nothing, so they remove nothing either
		Path kept = write(".seloste-00000000000000fd.tmp", "half");
		Files.setLastModifiedTime(kept, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
		run("format", "--check", file.toString());
		run("check", file.toString());
		assertTrue(Files.exists(kept));
	}
}
