package fi.seloste.ide.cli;

import java.io.IOException;
import java.nio.file.Path;

import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;

/**
 * A file of the command that could not be read, as a problem of that file with the reason in words
 * ({@link Failures}): one unreadable file must not stop the others being checked, and a Java exception's
 * message (often only the path again) says nothing to a user.
 */
final class ReadFailure {

	/** The code of the problem, like the reader's {@code encoding}. */
	static final String CODE = "read";

	private ReadFailure() {
	}

	/** The problem in the chosen message language; English when none is chosen (the file's own cannot be told). */
	static Problem problem(Path file, IOException e, KeywordLanguage language) {
		KeywordLanguage shown = language == null ? KeywordLanguage.ENGLISH : language;
		return new Problem(file, 1, 1, Problem.Severity.ERROR, CODE,
				Failures.text(shown, "read.file", Failures.reason(e, file, shown)));
	}
}
