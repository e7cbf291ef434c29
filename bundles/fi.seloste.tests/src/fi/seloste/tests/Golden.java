package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one comparison with golden files. Without {@code -Dseloste.rerecord=true} a golden file that
 * differs fails the test. With it, a golden file that differs is rewritten and the test still fails,
 * naming the file, so that no change is accepted unseen: review it with git diff and run again. An
 * unchanged golden file passes either way. A missing golden file is recorded and fails the test.
 */
public final class Golden {

	/** {@code -Dseloste.rerecord=true} rewrites the golden files that differ (and fails). */
	private static final Golden FILES = new Golden(Boolean.getBoolean("seloste.rerecord"));

	private final boolean rerecord;

	/** A comparison that re-records or not, whatever the system property says (for its own test). */
	Golden(boolean rerecord) {
		this.rerecord = rerecord;
	}

	/** Fails unless the golden file holds {@code actual}; see the class comment for re-recording. */
	public static void assertMatches(Path golden, String actual) {
		FILES.check(golden, actual);
	}

	/**
	 * Compares many files at once, and fails once listing every file that differs, was re-recorded
	 * or was missing (so one run re-records them all).
	 */
	public static void assertAllMatch(Map<Path, String> goldenFiles) {
		FILES.checkAll(goldenFiles);
	}

	/**
	 * Fails when golden files are left that no output is compared with any more; re-recording
	 * deletes them (and still fails, naming them).
	 */
	public static void assertNoneLeft(List<Path> stale) {
		FILES.checkNoneLeft(stale);
	}

	void check(Path golden, String actual) {
		String expected = read(golden);
		if (expected != null && !rerecord) {
			assertEquals(expected, actual, () -> name(golden)
					+ " differs from the output; if the change is on purpose, re-record with -Dseloste.rerecord=true"
					+ " (docs/tests.md) and review it with git diff");
			return;
		}
		String problem = record(golden, expected, actual);
		if (problem != null) {
			throw new AssertionError(problem);
		}
	}

	void checkAll(Map<Path, String> goldenFiles) {
		List<String> problems = new ArrayList<>();
		goldenFiles.forEach((golden, actual) -> {
			String expected = read(golden);
			if (rerecord || expected == null) {
				String problem = record(golden, expected, actual);
				if (problem != null) {
					problems.add(problem);
				}
			} else if (!expected.equals(actual)) {
				problems.add(name(golden) + " differs");
			}
		});
		assertEquals(List.of(), problems, "golden files (re-record with -Dseloste.rerecord=true, review with git diff)");
	}

	void checkNoneLeft(List<Path> stale) {
		if (rerecord) {
			stale.forEach(Golden::delete);
		}
		assertEquals(List.of(), stale.stream().map(Golden::name).toList(), rerecord
				? "removed golden files no output is compared with any more; review with git diff and run again"
				: "golden files no output is compared with any more (re-recording removes them)");
	}

	/** Writes the golden file when it is missing or differs; the failure to report, or {@code null}. */
	private static String record(Path golden, String expected, String actual) {
		if (actual.equals(expected)) {
			return null;
		}
		write(golden, actual);
		return expected == null
				? "recorded the missing golden file " + name(golden) + "; review it with git diff and run again"
				: "re-recorded: " + name(golden) + "; review with git diff and run again";
	}

	/** The path from the repository root, as git diff shows it. */
	static String name(Path golden) {
		Path absolute = golden.toAbsolutePath().normalize();
		Path root = Fixtures.root().toAbsolutePath().normalize();
		return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
	}

	private static String read(Path golden) {
		try {
			return Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void delete(Path golden) {
		try {
			Files.delete(golden);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Path golden, String content) {
		try {
			Files.createDirectories(golden.toAbsolutePath().getParent());
			Files.writeString(golden, content, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
