package fi.seloste.cli;

import java.nio.file.Path;

/** One finding in one file, positioned by 1-based line and column. */
public record Problem(Path file, int line, int column, Severity severity, String code, String message) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** {@code file:line:col: severity: message}, the format compilers and editors understand. */
	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
	}
}
