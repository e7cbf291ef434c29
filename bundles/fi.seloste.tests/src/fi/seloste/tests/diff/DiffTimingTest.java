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
 * repeated) takes well under a second once warm. The two versions are left in
 * {@code target/diff-timing/} for timing the command line ({@code ./seloste diff before after}).
 */
class DiffTimingTest {

	private static final int COPIES = 12;

	@Test
	void aTwoThousandLineNoticeIsComparedQuickly() throws IOException {
		String example = Fixtures.read(Fixtures.examples().resolve("privacy-notice.seloste"));
		String before = repeatRegister(example, false);
		String after = repeatRegister(example, true);
		long lines = before.lines().count();
		assertTrue(lines >= 2000, "only " + lines + " lines");
		Path target = Path.of("target/diff-timing").toAbsolutePath();
		Path beforeFile = write(target.resolve("before/notice.seloste"), before);
		Path afterFile = write(target.resolve("after/notice.seloste"), after);

		long start = System.nanoTime();
		VersionSides.Side earlier = DiffSupport.side(beforeFile);
		VersionSides.Side later = DiffSupport.side(afterFile);
		long loaded = System.nanoTime();
		DiffReport report = NoticeComparison.compare("before", earlier.notices(), "after", later.notices());
		long firstCompare = System.nanoTime() - loaded;
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			long t = System.nanoTime();
			report = NoticeComparison.compare("before", earlier.notices(), "after", later.notices());
			DiffText.render(report, Language.EN);
			best = Math.min(best, System.nanoTime() - t);
		}
		NoticeDiff diff = report.diffs().get(0);
		assertEquals(COPIES, diff.material().size(), diff::toString);
		System.out.printf("diff of a %d-line notice: loading both sides %d ms, first comparison %d ms, warm %d ms%n",
				lines, (loaded - start) / 1_000_000, firstCompare / 1_000_000, best / 1_000_000);
		assertTrue(best < 2_000_000_000L, "warm comparison took " + best / 1_000_000 + " ms");
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
