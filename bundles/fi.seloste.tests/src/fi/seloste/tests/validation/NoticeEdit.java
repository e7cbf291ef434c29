package fi.seloste.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import fi.seloste.tests.Fixtures;

/**
 * A Seloste text and small edits of it. Every edit finds its place by a piece of text that must occur
 * exactly once, so a test fails clearly (instead of silently testing something else) when the base
 * notice changes. Texts are immutable: each edit returns a new one.
 *
 * <pre>
 * NoticeEdit.base().removeLine("oikeus poisto").text()
 * </pre>
 */
public final class NoticeEdit {

	private final String text;

	private NoticeEdit(String text) {
		this.text = text;
	}

	/** The complete, clean base notice {@code fixtures/validation/base.seloste}. */
	public static NoticeEdit base() {
		return new NoticeEdit(Fixtures.read(Fixtures.fixtures().resolve("validation/base.seloste")));
	}

	public static NoticeEdit of(String text) {
		return new NoticeEdit(text);
	}

	public String text() {
		return text;
	}

	/** Replaces the one occurrence of {@code old}. */
	public NoticeEdit replace(String old, String replacement) {
		int at = uniqueIndex(old);
		return new NoticeEdit(text.substring(0, at) + replacement + text.substring(at + old.length()));
	}

	/** Removes the one line that contains {@code part}. */
	public NoticeEdit removeLine(String part) {
		List<String> lines = lines();
		lines.remove(lineIndex(part));
		return join(lines);
	}

	/**
	 * Removes the block that starts on the one line containing {@code part}: that line up to the
	 * closing brace with the same indentation (or just the line, when it opens no block).
	 */
	public NoticeEdit removeBlock(String part) {
		List<String> lines = lines();
		int first = lineIndex(part);
		int last = blockEnd(lines, first);
		lines.subList(first, last + 1).clear();
		return join(lines);
	}

	/** Inserts lines after the one line containing {@code part}, with that line's indentation. */
	public NoticeEdit insertAfter(String part, String newLines) {
		return insert(lineIndex(part) + 1, lineIndex(part), newLines);
	}

	/** Inserts lines after the block that starts on the one line containing {@code part}. */
	public NoticeEdit insertAfterBlock(String part, String newLines) {
		int first = lineIndex(part);
		return insert(blockEnd(lines(), first) + 1, first, newLines);
	}

	/** Inserts lines before the one line containing {@code part}, with that line's indentation. */
	public NoticeEdit insertBefore(String part, String newLines) {
		return insert(lineIndex(part), lineIndex(part), newLines);
	}

	/** The 1-based number of the one line that contains {@code part}. */
	public int lineOf(String part) {
		return lineIndex(part) + 1;
	}

	/** The 1-based column where {@code part} starts on its (one) line. */
	public int columnOf(String part) {
		return lines().get(lineIndex(part)).indexOf(part) + 1;
	}

	@Override
	public String toString() {
		return text;
	}

	private NoticeEdit insert(int at, int indentationOf, String newLines) {
		List<String> lines = lines();
		String indentation = indentation(lines.get(indentationOf));
		List<String> added = newLines.stripTrailing().lines().map(l -> l.isEmpty() ? l : indentation + l).toList();
		lines.addAll(at, added);
		return join(lines);
	}

	private int uniqueIndex(String part) {
		int at = text.indexOf(part);
		int count = at < 0 ? 0 : (int) IntStream.iterate(at, i -> i >= 0, i -> text.indexOf(part, i + 1)).count();
		assertEquals(1, count, () -> "the text to edit must occur exactly once: \"" + part + "\"");
		return at;
	}

	private int lineIndex(String part) {
		List<String> lines = lines();
		List<Integer> found = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(part)).boxed().toList();
		assertEquals(1, found.size(), () -> "the line to edit must be the only one containing \"" + part + "\"");
		return found.get(0);
	}

	private static int blockEnd(List<String> lines, int first) {
		if (!lines.get(first).stripTrailing().endsWith("{")) {
			return first;
		}
		String closing = indentation(lines.get(first)) + "}";
		for (int i = first + 1; i < lines.size(); i++) {
			if (lines.get(i).stripTrailing().equals(closing)) {
				return i;
			}
		}
		throw new AssertionError("no closing brace for the block on line " + (first + 1));
	}

	private static String indentation(String line) {
		return line.substring(0, line.length() - line.stripLeading().length());
	}

	private List<String> lines() {
		return new ArrayList<>(text.lines().toList());
	}

	private static NoticeEdit join(List<String> lines) {
		return new NoticeEdit(String.join("\n", lines) + "\n");
	}
}
