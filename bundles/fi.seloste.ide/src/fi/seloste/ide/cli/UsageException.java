package fi.seloste.ide.cli;

/** A problem with how the command was called or with the file system: exit code 2, no stack trace. */
public class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
