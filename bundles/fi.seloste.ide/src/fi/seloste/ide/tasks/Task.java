package fi.seloste.ide.tasks;

/**
 * A task tag found in a comment: the tag ({@code TODO}), what follows it on its line ({@code TODO
 * kirjoita säilytysaika}), where the tag is (offset and length in the text, line counted from 1) and
 * its priority.
 */
public record Task(String tag, String description, Priority priority, int offset, int length, int line) {

	/** As Eclipse's Java editor ranks its default tags: FIXME high, TODO and XXX normal. */
	public enum Priority {
		HIGH, NORMAL, LOW
	}
}
