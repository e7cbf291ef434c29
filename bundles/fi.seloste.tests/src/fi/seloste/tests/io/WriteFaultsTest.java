package fi.seloste.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.ide.cli.Main;
import fi.seloste.tests.CliRun;
import fi.seloste.io.AtomicWriter;
import fi.seloste.io.FaultInjection;
import fi.seloste.io.FolderLock;
import fi.seloste.io.WriteFailure;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.tests.Fixtures;

/**
 * Faults injected into the writes of {@code generate}, {@code format} and {@code check --fix} in this
 * JVM ({@link FaultInjection}): a full disk and other operating-system errors, a source saved by
 * another program while a run works on it, a temporary file of a run still writing. The previous file
 * survives intact, the message names the file the user knows and the reason in words, the exit code is
 * 2, no stack trace, no temporary file. Kills are in {@code bundles/fi.seloste.faults.tests} (processes).
 */
class WriteFaultsTest {

	/** Finnish keywords: messages in Finnish. */
	private static final String MESSY = "seloste S {otsikko \"T\"   kielet fi,en\n}\n";
	private static final String FORMATTED = "seloste S {\n\totsikko \"T\"\n\tkielet fi, en\n}\n";

	@TempDir
	Path dir;

	@AfterEach
	void removeHook() {
		FaultInjection.install(null);
	}

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> temporaryFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".tmp")).toList();
		}
	}

	/** Fails the first write step {@code step} of a file whose name ends with {@code suffix}, with {@code errno}. */
	private static void failAt(FaultInjection.Step step, String suffix, String errno) {
		FaultInjection.install((at, target, temporary, number) -> {
			if (at == step && target.getFileName().toString().endsWith(suffix)) {
				throw FaultInjection.failure(errno, temporary);
			}
		});
	}

	private static void assertNoStackTrace(CliRun run) {
		assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), run.out() + run.err());
		assertFalse(run.err().contains("Exception"), run.err());
	}

	private String validNotice() throws IOException {
		return Files.readString(Fixtures.fixtures().resolve("validation/base.seloste")).replace("\r\n", "\n");
	}

	@Test
	void aFullDiskDuringGenerateKeepsThePreviousFileAndNamesItWithTheReason() throws IOException {
		String notice = validNotice();
		Path source = write("src/n.seloste", notice);
		Path out = dir.resolve("out");
		assertEquals(Main.OK, run("generate", source.toString(), "-o", out.toString(), "--format", "html,md").exit());
		Map<String, byte[]> before = contents(out);
		write("src/n.seloste", notice.replaceFirst("otsikko \"([^\"]*)\"", "otsikko \"$1 (uusi)\""));
		failAt(FaultInjection.Step.WRITTEN, ".md", "ENOSPC");

		CliRun run = run("generate", source.toString(), "-o", out.toString(), "--format", "html,md");

		assertEquals(Main.USAGE, run.exit(), run.out() + run.err());
		Path md = before.keySet().stream().filter(name -> name.endsWith(".md")).map(out::resolve).findFirst().orElseThrow();
		assertTrue(run.err().contains("seloste: tiedostoon " + md + " ei voi kirjoittaa: levyllä ei ole tilaa; se jätettiin ennalleen"),
				run.err());
		assertArrayEquals(before.get(md.getFileName().toString()), Files.readAllBytes(md), "the previous file is intact");
		assertEquals(List.of(), temporaryFiles(out));
		assertNoStackTrace(run);
	}

	@Test
	void aFullDiskDuringFixKeepsTheSourceAndSaysSoInTheChosenLanguage() throws IOException {
		String fixable = validNotice().replace("\"2701131-6\"", "\"FI27011316\"");
		Path file = write("vat.seloste", fixable);
		failAt(FaultInjection.Step.WRITTEN, ".seloste", "ENOSPC");

		CliRun run = run("check", "--fix", "--lang", "en", file.toString());

		assertEquals(Main.USAGE, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("seloste: cannot write " + file + ": no space left on the disk; it was left as it was"),
				run.err());
		assertEquals(fixable, Files.readString(file));
		assertEquals(List.of(), temporaryFiles(dir));
		assertNoStackTrace(run);
	}

	@Test
	void aFullDiskDuringFormatKeepsTheSource() throws IOException {
		Path file = write("s.seloste", MESSY);
		for (FaultInjection.Step step : List.of(FaultInjection.Step.CREATED, FaultInjection.Step.WRITTEN,
				FaultInjection.Step.SYNCED)) {
			failAt(step, ".seloste", "ENOSPC");
			CliRun run = run("format", file.toString());
			assertEquals(Main.USAGE, run.exit(), step + ": " + run.out() + run.err());
			assertTrue(run.err().contains("tiedostoon " + file + " ei voi kirjoittaa: levyllä ei ole tilaa"), run.err());
			assertEquals(MESSY, Files.readString(file), step.toString());
			assertEquals(List.of(), temporaryFiles(dir), step.toString());
			assertNoStackTrace(run);
		}
		FaultInjection.install(null);
		assertEquals(Main.OK, run("format", file.toString()).exit());
		assertEquals(FORMATTED, Files.readString(file));
	}

	@Test
	void aSourceSavedByAnotherProgramWhileFormattingIsNotOverwritten() throws IOException {
		Path file = write("s.seloste", MESSY);
		String edited = MESSY.replace("\"T\"", "\"Muokattu\"");
		FaultInjection.install((step, target, temporary, number) -> {
			if (step == FaultInjection.Step.SYNCED) {
				Files.writeString(target, edited); // an editor saves while format writes
			}
		});

		CliRun run = run("format", file.toString());

		assertEquals(Main.USAGE, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("tiedosto " + file + " muuttui Selosteen käsitellessä sitä"), run.err());
		assertEquals(edited, Files.readString(file), "the other program's save is kept");
		assertEquals(List.of(), temporaryFiles(dir));
	}

	@Test
	void aTemporaryFileARunStillWritesIsLeftAloneAndALeftoverRemoved() throws IOException {
		Path live = write(".seloste-00000000000000aa.tmp", "being written");
		Path leftover = write(".seloste-00000000000000bb.tmp", "half");
		for (Path file : List.of(live, leftover)) {
			Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
		}
		try (FileChannel channel = FileChannel.open(live, StandardOpenOption.WRITE)) {
			channel.lock(); // as the writer of another run holds it
			new AtomicWriter().write(dir.resolve("a.html"), "a".getBytes(StandardCharsets.UTF_8), AtomicWriter.Links.REPLACE);
			assertTrue(Files.exists(live), "a locked temporary file belongs to a run still writing");
			assertFalse(Files.exists(leftover), "an unlocked old one is a leftover");
		}
	}

	@Test
	void anOutputFolderThatIsAFileIsRefusedWithTheReason() throws IOException {
		Path source = write("src/n.seloste", validNotice());
		Path file = write("afile", "keep");
		CliRun run = run("generate", source.toString(), "-o", file.toString());
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("kansioon " + file + " ei voi kirjoittaa: se on tiedosto eikä kansio"), run.err());
		assertEquals("keep", Files.readString(file));
		assertNoStackTrace(run);
	}

	@Test
	void everyOperatingSystemErrorIsSaidInWordsInFinnishAndEnglish() {
		Path file = dir.resolve("out/a.fi.html");
		Map<String, List<String>> reasons = Map.of(
				"ENOSPC", List.of("levyllä ei ole tilaa", "no space left on the disk"),
				"EDQUOT", List.of("levykiintiö on käytetty loppuun", "the disk quota is used up"),
				"EACCES", List.of("ei käyttöoikeutta", "permission denied"),
				"EROFS", List.of("tiedostojärjestelmä on vain luku -tilassa", "the file system is read-only"),
				"EIO", List.of("levyn luku- tai kirjoitusvirhe", "input/output error of the disk"));
		reasons.forEach((errno, words) -> {
			WriteFailure failure = WriteFailure.ofFile(file, false, FaultInjection.failure(errno, dir.resolve(".seloste-1.tmp")));
			assertEquals("tiedostoa " + file + " ei voi kirjoittaa: " + words.get(0) + "; sitä ei luotu",
					failure.message(KeywordLanguage.FINNISH));
			assertEquals("cannot write " + file + ": " + words.get(1) + "; it was not created",
					failure.message(KeywordLanguage.ENGLISH));
			assertEquals(failure.message(KeywordLanguage.ENGLISH), failure.getMessage());
		});
	}

	@Test
	void theLockOfABusyFolderIsSaidInTheFilesLanguage() throws IOException {
		Path source = write("src/n.seloste", validNotice());
		Path out = dir.resolve("out");
		try (FolderLock held = FolderLock.acquire(out)) {
			CliRun run = run("generate", source.toString(), "-o", out.toString());
			assertEquals(Main.USAGE, run.exit());
			assertTrue(run.err().contains("kansioon " + out + " kirjoittaa parhaillaan toinen Seloste-ajo (sillä on lukko "
					+ out.resolve(FolderLock.NAME) + "); yritä uudelleen, kun se on päättynyt"), run.err());
		}
	}

	private static Map<String, byte[]> contents(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> !p.getFileName().toString().equals(FolderLock.NAME))
					.collect(java.util.stream.Collectors.toMap(p -> p.getFileName().toString(), p -> {
						try {
							return Files.readAllBytes(p);
						} catch (IOException e) {
							throw new java.io.UncheckedIOException(e);
						}
					}));
		}
	}
}
