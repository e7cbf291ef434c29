package fi.seloste.faults.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.faults.tests.Cli.Run;

/**
 * The output and source folders a user may give: read-only, the output folder the input folder, an
 * output "folder" that is a file, names with spaces, unicode and line breaks; a full disk at a real
 * write. Each ends with a clear message naming the file (shown escaped), the documented exit code, no
 * stack trace, and nothing lost.
 */
class FileSystemCasesTest {

	private static final String MESSY = "seloste S {otsikko \"T\"   kielet fi,en\n}\n";

	@TempDir
	Path dir;

	private static String valid(String name) throws IOException {
		return Cli.fixture("validation/base.seloste").replace("seloste Testiseloste", "seloste " + name);
	}

	private Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static boolean canRunAsAnotherUser() {
		return !Cli.isRoot() || Files.isExecutable(Path.of("/usr/bin/setpriv"));
	}

	@Test
	void aReadOnlyOutputFolderKeepsItsFilesAndTheMessageSaysWhy() throws IOException {
		assumeTrue(canRunAsAnotherUser(), "as root without setpriv no permission is denied");
		Cli.openToAll(dir);
		Path source = write(dir.resolve("src/n.seloste"), valid("Vanha"));
		Cli.openToAll(source.getParent());
		Path out = Files.createDirectories(dir.resolve("out"));
		Cli.openToAll(out);
		assertEquals(0, Cli.run(dir, null, true, "generate", "src", "-o", "out", "--format", "html").exit());
		Map<String, byte[]> before = Cli.contents(out);
		Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			write(source, valid("Vanha").replaceFirst("otsikko \"[^\"]*\"", "otsikko \"Uusi\""));
			Run run = Cli.run(dir, null, true, "generate", "src", "-o", "out", "--format", "html");
			assertEquals(2, run.exit(), run.all());
			String html = out.toAbsolutePath().resolve("Vanha.fi.html").toString();
			assertTrue(run.err().contains("seloste: tiedostoon " + html + " ei voi kirjoittaa: ei käyttöoikeutta; se jätettiin ennalleen"),
					run.all());
			Cli.assertNoStackTrace(run);
			Map<String, byte[]> after = Cli.contents(out);
			assertEquals(before.keySet(), after.keySet());
			before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
			assertEquals(List.of(), Cli.temporaryFiles(out));

			// an output folder to be made inside a read-only one
			Run inside = Cli.run(dir, null, true, "generate", "src", "-o", "out/sub", "--format", "html");
			assertEquals(2, inside.exit(), inside.all());
			assertTrue(inside.err().contains("kansioon out/sub ei voi kirjoittaa: ei käyttöoikeutta"), inside.all());
			Cli.assertNoStackTrace(inside);
		} finally {
			Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void aReadOnlySourceFolderIsLeftAsItWasByFormatAndFix() throws IOException {
		assumeTrue(canRunAsAnotherUser(), "as root without setpriv no permission is denied");
		Cli.openToAll(dir);
		Path src = Files.createDirectories(dir.resolve("src"));
		Path messy = write(src.resolve("messy.seloste"), MESSY);
		Path vat = write(src.resolve("vat.seloste"), valid("Alv").replace("\"2701131-6\"", "\"FI27011316\""));
		for (Path file : List.of(messy, vat)) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
		}
		Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			Run format = Cli.run(dir, null, true, "format", "src/messy.seloste");
			assertEquals(2, format.exit(), format.all());
			assertTrue(format.err().contains("tiedostoon " + messy.toAbsolutePath() + " ei voi kirjoittaa: ei käyttöoikeutta"),
					format.all());
			Cli.assertNoStackTrace(format);
			Run fix = Cli.run(dir, null, true, "check", "--fix", "--lang", "en", "src/vat.seloste");
			assertEquals(2, fix.exit(), fix.all());
			assertTrue(fix.err().contains("cannot write " + vat.toAbsolutePath() + ": permission denied; it was left as it was"),
					fix.all());
			Cli.assertNoStackTrace(fix);
			assertEquals(MESSY, Files.readString(messy));
			assertTrue(Files.readString(vat).contains("\"FI27011316\""));
			assertEquals(List.of(), Cli.temporaryFiles(src));
		} finally {
			Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void aReadOnlySourceIsNotReplaced() throws IOException {
		assumeTrue(canRunAsAnotherUser(), "as root without setpriv no permission is denied");
		Cli.openToAll(dir);
		Path src = Files.createDirectories(dir.resolve("src"));
		Cli.openToAll(src);
		Path messy = write(src.resolve("messy.seloste"), MESSY);
		// owned by the test's user, not writable by the one who runs format: a rename would replace it anyway
		Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("r--r--r--"));
		Run format = Cli.run(dir, null, true, "format", "src/messy.seloste");
		assertEquals(2, format.exit(), format.all());
		assertTrue(format.err().contains("tiedostoon " + messy.toAbsolutePath() + " ei voi kirjoittaa: tiedosto on kirjoitussuojattu;"),
				format.all());
		assertEquals(MESSY, Files.readString(messy));
		assertEquals(List.of(), Cli.temporaryFiles(src));
	}

	@Test
	void theLauncherRunsForAUserWhoCannotWriteItsFolder() throws IOException {
		// regression: the launcher asked the JVM to create its class-data archive in the installation's
		// folder; for a user who cannot write there, every run of a command without an archive yet ended
		// with "Error occurred during initialization of VM" and status 1, whatever the command's result
		assumeTrue(Cli.isRoot() && Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs a second user");
		Cli.openToAll(dir);
		Path source = write(dir.resolve("n.seloste"), valid("Puhdas"));
		try (Stream<Path> archives = Files.list(Cli.HOME.resolve("releng/fi.seloste.cli/target"))) {
			for (Path archive : archives.filter(p -> p.getFileName().toString().startsWith("seloste-check-")).toList()) {
				Files.delete(archive); // as after a new build: no archive of the command yet
			}
		}
		Run run = Cli.run(dir, null, true, "check", source.getFileName().toString());
		assertEquals(0, run.exit(), run.all());
		assertEquals("Checked 1 file(s): 0 error(s), 0 warning(s).\n", run.err(), run.all());
	}

	@Test
	void theOutputFolderMayBeTheInputFolder() throws IOException {
		Path src = Files.createDirectories(dir.resolve("src"));
		Path source = write(src.resolve("n.seloste"), valid("Sama"));
		byte[] before = Files.readAllBytes(source);
		Run run = Cli.run(dir, null, "generate", "src", "-o", "src", "--format", "html,md,json");
		assertEquals(0, run.exit(), run.all());
		assertArrayEquals(before, Files.readAllBytes(source), "the source is untouched");
		assertTrue(Files.exists(src.resolve("Sama.fi.html")));
		Run check = Cli.run(dir, null, "check", "src");
		assertEquals(0, check.exit(), "the outputs are no sources: " + check.all());
		assertEquals(0, Cli.run(dir, null, "generate", "src", "-o", "src", "--format", "html,md,json").exit(), "again");
		assertArrayEquals(before, Files.readAllBytes(source));
		assertEquals(List.of(), Cli.temporaryFiles(src));
	}

	@Test
	void anOutputFolderThatIsAFileIsRefusedAndTheFileKept() throws IOException {
		Path source = write(dir.resolve("src/n.seloste"), valid("Tiedosto"));
		Path file = write(dir.resolve("afile"), "keep");
		Run run = Cli.run(dir, null, "generate", source.toString(), "-o", "afile");
		assertEquals(2, run.exit(), run.all());
		assertEquals("seloste: kansioon afile ei voi kirjoittaa: se on tiedosto eikä kansio\n", run.err(), run.all());
		assertEquals("keep", Files.readString(file));
		Run inside = Cli.run(dir, null, "generate", source.toString(), "-o", "afile/out");
		assertEquals(2, inside.exit(), inside.all());
		assertTrue(inside.err().startsWith("seloste: kansioon afile/out ei voi kirjoittaa: "), inside.all());
		Cli.assertNoStackTrace(inside);
	}

	@Test
	void namesWithSpacesUnicodeAndLineBreaksWorkForEveryCommand() throws IOException {
		int cases = 0;
		for (String name : List.of("kansio jossa välejä", "ääkköset ja ☃ 𝄞", "rivin\nvaihto")) {
			Path folder = Files.createDirectories(dir.resolve(name));
			String shown = name.replace("\n", "\\n");
			Path valid = write(folder.resolve(name + ".seloste"), valid("Hyva"));
			Path broken = write(folder.resolve(name + " virhe.seloste"),
					valid("Virhe").replace("\"2701131-6\"", "\"2701131-5\""));

			Run check = Cli.run(dir, null, "check", name);
			assertEquals(1, check.exit(), check.all());
			List<String> lines = check.out().lines().toList();
			assertFalse(lines.isEmpty());
			for (String line : lines) {
				assertTrue(line.startsWith(shown + "/" + shown + " virhe.seloste:"), "one problem per line, name escaped: " + line);
			}
			Cli.assertNoStackTrace(check);

			Path out = dir.resolve(name + " ulos");
			Run generate = Cli.run(dir, null, "generate", valid.toString(), "-o", out.toString(), "--format", "html,md");
			assertEquals(0, generate.exit(), generate.all());
			assertEquals(List.of("Hyva.fi.html", "Hyva.fi.md"), List.copyOf(Cli.contents(out).keySet()));
			assertTrue(generate.out().contains(out.toString().replace("\n", "\\n") + "/Hyva.fi.html"), generate.all());
			Cli.assertNoStackTrace(generate);

			Path messy = write(folder.resolve(name + " sotku.seloste"), MESSY);
			Run format = Cli.run(dir, null, "format", messy.toString());
			assertEquals(0, format.exit(), format.all());
			assertEquals(messy.toString().replace("\n", "\\n") + ": formatted\n", format.out());
			assertTrue(Files.readString(messy).startsWith("seloste S {\n\totsikko \"T\""));

			Path vat = write(folder.resolve(name + " alv.seloste"), valid("Alv").replace("\"2701131-6\"", "\"FI27011316\""));
			Run fix = Cli.run(dir, null, "check", "--fix", vat.toString());
			assertEquals(0, fix.exit(), fix.all());
			assertTrue(fix.out().startsWith(vat.toString().replace("\n", "\\n") + ":"), fix.all());
			assertTrue(Files.readString(vat).contains("\"2701131-6\""));
			Cli.assertNoStackTrace(fix);
			assertEquals(List.of(), Cli.temporaryFiles(folder));
			assertTrue(Files.exists(broken));
			cases += 4;
		}
		System.out.printf("names: %d command runs on names with spaces, unicode and line breaks%n", cases);
	}

	@Test
	void aFullDiskAtARealWriteKeepsTheSourceAndSaysWhy() throws IOException {
		Path messy = write(dir.resolve("src/s.seloste"), MESSY);
		// step 2: the content written into the temporary file fails as on a full disk
		Run run = Cli.run(dir, "fail:2:ENOSPC", "format", "src/s.seloste");
		assertEquals(2, run.exit(), run.all());
		assertEquals("seloste: tiedostoon " + messy.toAbsolutePath() + " ei voi kirjoittaa: levyllä ei ole tilaa; se jätettiin ennalleen\n",
				run.err());
		assertEquals(MESSY, Files.readString(messy));
		assertEquals(List.of(), Cli.temporaryFiles(messy.getParent()));
	}

	@Test
	void aTemporaryFileOfAnotherProcessStillWritingIsLeftAlone() throws IOException {
		Path messy = write(dir.resolve("src/s.seloste"), MESSY);
		Path live = write(dir.resolve("src/.seloste-00000000000000aa.tmp"), "being written");
		Files.setLastModifiedTime(live, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
		try (FileChannel channel = FileChannel.open(live, StandardOpenOption.WRITE)) {
			channel.lock(); // this JVM stands for a run that is writing it
			assertEquals(0, Cli.run(dir, null, "format", "src/s.seloste").exit());
			assertTrue(Files.exists(live), "a locked temporary file belongs to a live run");
		}
		write(messy, MESSY);
		assertEquals(0, Cli.run(dir, null, "format", "src/s.seloste").exit());
		try (Stream<Path> files = Files.list(messy.getParent())) {
			assertEquals(List.of("s.seloste"), files.map(p -> p.getFileName().toString()).toList(), "unlocked: a leftover");
		}
	}
}
