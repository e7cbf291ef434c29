package fi.seloste.ide.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file of the command that could not be read, as a problem of that file with the reason in words: one
 * unreadable file must not stop the others being checked, and a Java exception's message (often only
 * the path again) says nothing to a user.
 */
final class ReadFailure {

	/** The code of the problem, like the reader's {@code encoding}. */
	static final String CODE = "read";

	private ReadFailure() {
	}

	static Problem problem(Path file, IOException e) {
		return new Problem(file, 1, 1, Problem.Severity.ERROR, CODE, "cannot read the file: " + reason(e));
	}

	/** The operating system's reason where Java keeps it, else the kind of failure, else Java's message. */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
