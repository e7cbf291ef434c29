package fi.seloste.fuzz;

import java.nio.file.Path;

import org.eclipse.xtext.validation.Issue;

import fi.seloste.ide.cli.Problem;

/**
 * What every problem a user sees must be (issue 16, "one rule for bad input"): a Seloste code, a
 * message in words (never an exception's) that the command line prints on one line, and a position
 * inside the file that agrees with itself.
 */
final class Diagnostics {

	private Diagnostics() {
	}

	static void assertSane(Seloste.Loaded loaded) {
		String text = loaded.text();
		for (Issue issue : loaded.issues()) {
			String where = " in " + describe(issue);
			check(issue.getSeverity() != null, "no severity" + where);
			check(issue.getCode() != null && issue.getCode().startsWith("fi.seloste."),
					"not a Seloste code" + where);
			String message = issue.getMessage();
			check(message != null && !message.isBlank(), "no message" + where);
			check(!message.contains("Exception") && !message.contains("Error executing"),
					"an internal error shown as a problem" + where);
			// the message may quote the user's text raw (JSON and SARIF reports keep it); the line the command
			// line prints shows it escaped, on one line
			String printed = new Problem(Path.of("input.seloste"), issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
					issue.getColumn() == null ? 1 : issue.getColumn(), Problem.Severity.INFO, issue.getCode(), message).format();
			check(printed.indexOf('\n') < 0 && printed.indexOf('\r') < 0, "a printed problem of more than one line" + where);
			Integer offset = issue.getOffset();
			Integer length = issue.getLength();
			check(offset != null && length != null, "no position" + where);
			check(offset >= 0 && length >= 0 && offset + length <= text.length(), "a position outside the file (length "
					+ text.length() + ")" + where);
			check(issue.getLineNumber() != null && issue.getLineNumber() == lineOf(text, offset),
					"a line that is not the line of its offset (" + lineOf(text, offset) + ")" + where);
			check(issue.getColumn() != null && issue.getColumn() >= 1, "no column" + where);
		}
	}

	/**
	 * The 1-based line of an offset, lines ending at LF, CRLF or a lone CR (as Xtext's node model counts
	 * them, and editors show them).
	 */
	static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				line++;
			}
		}
		return line;
	}

	static String describe(Issue issue) {
		return issue.getLineNumber() + ":" + issue.getColumn() + " (offset " + issue.getOffset() + ", length "
				+ issue.getLength() + ") " + issue.getSeverity() + " [" + issue.getCode() + "] " + issue.getMessage();
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}
}
