package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.generator.OutputFile;
import fi.seloste.generator.OutputWriter;

/** Writing stays inside the output folder, is atomic, and a failure keeps the previous files. */
class OutputWriterTest {

	@TempDir
	Path dir;

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(dir.resolve("out"))) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void writesFilesAndReplacesOldOnes() throws IOException {
		OutputWriter writer = new OutputWriter(dir.resolve("out"));
		writer.write(List.of(OutputFile.text("a.fi.html", "old")));
		List<Path> written = writer.write(List.of(OutputFile.text("a.fi.html", "new"), OutputFile.text("a.fi.md", "md")));
		assertEquals(List.of(dir.resolve("out/a.fi.html"), dir.resolve("out/a.fi.md")), written);
		assertEquals("new", Files.readString(dir.resolve("out/a.fi.html")));
		assertEquals(List.of("a.fi.html", "a.fi.md"), names());
	}

	@Test
	void refusesNamesThatLeaveTheFolderBeforeWritingAnything() throws IOException {
		OutputWriter writer = new OutputWriter(dir.resolve("out"));
		writer.write(List.of(OutputFile.text("a.fi.html", "old")));
		for (String name : List.of("..", "../evil.html", "/tmp/evil.html", "sub/evil.html", "..\\evil.html", ".hidden")) {
			assertThrows(IOException.class, () -> writer.target(name), name);
		}
		// OutputFile itself refuses them too; a writer given a bad name writes nothing of the batch
		assertThrows(IllegalArgumentException.class, () -> OutputFile.text("../evil.html", "x"));
		assertEquals("old", Files.readString(dir.resolve("out/a.fi.html")));
		assertEquals(List.of("a.fi.html"), names());
		assertEquals(false, Files.exists(dir.resolve("evil.html")));
	}

	@Test
	void aFailingWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
		OutputWriter writer = new OutputWriter(dir.resolve("out"));
		writer.write(List.of(OutputFile.text("a.fi.html", "old a"), OutputFile.text("b.fi.html", "old b")));
		Files.delete(dir.resolve("out/b.fi.html"));
		Files.createDirectory(dir.resolve("out/b.fi.html"));
		Files.writeString(dir.resolve("out/b.fi.html/keep.txt"), "keep");
		assertThrows(IOException.class, () -> writer.write(
				List.of(OutputFile.text("b.fi.html", "new b"), OutputFile.text("a.fi.html", "new a"))));
		assertEquals("old a", Files.readString(dir.resolve("out/a.fi.html")), "the previous file is intact");
		assertEquals("keep", Files.readString(dir.resolve("out/b.fi.html/keep.txt")));
		assertEquals(List.of("a.fi.html", "b.fi.html"), names(), "no temporary file remains");
	}
}
