package fi.seloste.ide.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import fi.seloste.model.VisibleText;

/**
 * One finding in one file, positioned by 1-based line and column, with its issue code and the
 * labels of the quick fixes available for it (filled in only when asked for).
 */
public record Problem(Path file, int line, int column, Severity severity, String code, String message,
		List<String> fixes) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * By position, then by code and message: the checks report findings at one position in the order the
	 * JVM lists their methods, which differs between runs (with and without class-data sharing).
	 */
	public static final Comparator<Problem> BY_POSITION = Comparator.comparingInt(Problem::line)
			.thenComparingInt(Problem::column)
			.thenComparing(Problem::code, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Problem::message, Comparator.nullsFirst(Comparator.naturalOrder()));

	public Problem(Path file, int line, int column, Severity severity, String code, String message) {
		this(file, line, column, severity, code, message, List.of());
	}

	public Problem withFixes(List<String> labels) {
		return new Problem(file, line, column, severity, code, message, List.copyOf(labels));
	}

	/**
	 * {@code file:line:col: severity: [code] message}, the format compilers and editors understand:
	 * always one line, since the file name, code and message are shown as {@link VisibleText}.
	 */
	public String format() {
		String prefix = VisibleText.of(file.toString()) + ":" + line + ":" + column + ": " + severity.label() + ": ";
		return prefix + (code == null ? "" : "[" + VisibleText.of(code) + "] ") + VisibleText.of(message);
	}
}
