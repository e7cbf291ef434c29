package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Golden}: re-recording writes what changed and still fails, so no change passes unseen. */
class GoldenTest {

	@TempDir
	Path dir;

	private Path golden(String content) throws IOException {
		Path file = dir.resolve("golden.txt");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		// an old time stamp, so that a rewrite of the same content would show
		Files.setLastModifiedTime(file, FileTime.fromMillis(0));
		return file;
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void anUnchangedFilePassesAndIsNotWritten(boolean rerecord) throws IOException {
		Path file = golden("same\n");
		new Golden(rerecord).check(file, "same\n");
		new Golden(rerecord).checkAll(Map.of(file, "same\n"));
		assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(file));
	}

	@Test
	void aChangedFileFailsAndIsLeftAloneWithoutRerecording() throws IOException {
		Path file = golden("old\n");
		AssertionError error = assertThrows(AssertionError.class, () -> new Golden(false).check(file, "new\n"));
		assertTrue(error.getMessage().contains("-Dseloste.rerecord=true"), error.getMessage());
		assertEquals("old\n", Files.readString(file));
	}

	@Test
	void rerecordingAChangedFileWritesItAndFailsNamingIt() throws IOException {
		Path file = golden("old\n");
		AssertionError error = assertThrows(AssertionError.class, () -> new Golden(true).check(file, "new\n"));
		assertEquals("re-recorded: " + Golden.name(file) + "; review with git diff and run again", error.getMessage());
		assertEquals("new\n", Files.readString(file));
		new Golden(true).check(file, "new\n"); // the next run passes
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void aMissingFileIsRecordedAndFails(boolean rerecord) throws IOException {
		Path file = dir.resolve("sub/missing.txt");
		AssertionError error = assertThrows(AssertionError.class, () -> new Golden(rerecord).check(file, "first\n"));
		assertTrue(error.getMessage().contains("recorded the missing golden file " + Golden.name(file)), error.getMessage());
		assertEquals("first\n", Files.readString(file));
	}

	@Test
	void manyFilesAreAllReRecordedAndListedInOneFailure() throws IOException {
		Path same = golden("same\n");
		Path changed = dir.resolve("changed.txt");
		Files.writeString(changed, "old\n");
		Path missing = dir.resolve("missing.txt");
		Map<Path, String> files = new LinkedHashMap<>();
		files.put(same, "same\n");
		files.put(changed, "new\n");
		files.put(missing, "first\n");
		AssertionError error = assertThrows(AssertionError.class, () -> new Golden(true).checkAll(files));
		assertTrue(error.getMessage().contains("re-recorded: " + Golden.name(changed)), error.getMessage());
		assertTrue(error.getMessage().contains("recorded the missing golden file " + Golden.name(missing)), error.getMessage());
		assertFalse(error.getMessage().contains(Golden.name(same)), error.getMessage());
		assertEquals("new\n", Files.readString(changed));
		assertEquals("first\n", Files.readString(missing));
		assertEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(same));
	}

	@Test
	void manyFilesWithoutRerecordingFailListingTheChangedOnesAndWriteNothing() throws IOException {
		Path changed = golden("old\n");
		AssertionError error = assertThrows(AssertionError.class, () -> new Golden(false).checkAll(Map.of(changed, "new\n")));
		assertTrue(error.getMessage().contains(Golden.name(changed) + " differs"), error.getMessage());
		assertEquals("old\n", Files.readString(changed));
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void leftOverFilesFailAndAreRemovedOnlyWhenReRecording(boolean rerecord) throws IOException {
		Path stale = golden("stale\n");
		AssertionError error = assertThrows(AssertionError.class, () -> new Golden(rerecord).checkNoneLeft(List.of(stale)));
		assertTrue(error.getMessage().contains(Golden.name(stale)), error.getMessage());
		assertEquals(!rerecord, Files.exists(stale));
		new Golden(rerecord).checkNoneLeft(List.of());
	}

	@Test
	void filesInTheRepositoryAreNamedFromItsRoot() {
		assertEquals(Path.of("docs", "checks.md").toString(), Golden.name(Fixtures.root().resolve("docs/checks.md")));
	}
}
