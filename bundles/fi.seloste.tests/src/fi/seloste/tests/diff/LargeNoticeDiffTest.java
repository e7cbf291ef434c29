package fi.seloste.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fi.seloste.diff.DiffReport;
import fi.seloste.diff.DiffText;
import fi.seloste.diff.NoticeComparison;
import fi.seloste.diff.NoticeDiff;
import fi.seloste.ide.diff.VersionSides;
import fi.seloste.seloste.Language;
import fi.seloste.tests.Fixtures;

/**
 * The diff of a notice of over 2,000 lines (the privacy-notice example with its customer register
 * repeated) finds each change once. No time is asserted here (speed is measured by a benchmark, not by
 * unit tests): the two versions are left in {@code target/diff-timing/} for timing the command line
 * ({@code time ./seloste diff before after}, see docs/diff.md).
 */
class LargeNoticeDiffTest {

	private static final int COPIES = 12;

	@Test
	void everyChangeOfATwoThousandLineNoticeIsFoundOnce() throws IOException {
		String example = Fixtures.read(Fixtures.examples().resolve("privacy-notice.seloste"));
		String before = repeatRegister(example, false);
		String after = repeatRegister(example, true);
		long lines = before.lines().count();
		assertTrue(lines >= 2000, "only " + lines + " lines");
		Path target = Path.of("target/diff-timing").toAbsolutePath();
		Path beforeFile = write(target.resolve("before/notice.seloste"), before);
		Path afterFile = write(target.resolve("after/notice.seloste"), after);

		VersionSides.Side earlier = DiffSupport.side(beforeFile);
		VersionSides.Side later = DiffSupport.side(afterFile);
		DiffReport report = NoticeComparison.compare("before", earlier.notices(), "after", later.notices());
		NoticeDiff diff = report.diffs().get(0);
		assertEquals(COPIES, diff.material().size(), diff::toString);
		assertEquals(COPIES, diff.changes().size(), diff::toString);
		assertTrue(DiffText.render(report, Language.EN).contains("Customers" + COPIES + " / purpose Sales"));
	}

	/**
	 * The example with {@link #COPIES} more copies of its customer register (names suffixed); the later
	 * version keeps sales contacts longer in every copy (one material change each).
	 */
	private static String repeatRegister(String example, boolean later) {
		Matcher register = Pattern.compile("(?s)\n\tregister Customers .*?\n\t}\n").matcher(example);
		assertTrue(register.find());
		StringBuilder copies = new StringBuilder();
		for (int i = 1; i <= COPIES; i++) {
			String copy = register.group().replace("register Customers ", "register Customers" + i + " ");
			if (later) {
				copy = copy.replace("retention at-most 24 months from collection", "retention at-most 30 months from collection");
			}
			copies.append(copy);
		}
		return example.substring(0, register.end()) + copies + example.substring(register.end());
	}

	private static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}
}
