package fi.seloste.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The results of one run as one Markdown table (rows, ratios, goals), the scale details and notes. */
public final class Report {

	/** Min, median and max of some values. */
	public record Spread(double min, double median, double max) {

		public static Spread of(List<Double> values) {
			List<Double> sorted = new ArrayList<>(values);
			Collections.sort(sorted);
			int n = sorted.size();
			double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
			return new Spread(sorted.get(0), median, sorted.get(n - 1));
		}

		String format(String pattern) {
			return String.format(Locale.ROOT, pattern + " / " + pattern + " / " + pattern, min, median, max);
		}
	}

	/**
	 * One row: what is measured, its baseline in this run, the ratio (null when not measured), the goal (the
	 * ratio's median at most {@code goal}, or at least it when {@code atLeast}), and what else to know.
	 */
	public record Row(String name, String baseline, Spread ratio, double goal, boolean atLeast, String note, boolean failed) {

		public Row(String name, String baseline, Spread ratio, double goal, boolean atLeast, String note) {
			this(name, baseline, ratio, goal, atLeast, note, false);
		}

		/** A row whose goal was missed without a ratio (out of memory). */
		public static Row failed(String name, String baseline, double goal, String note) {
			return new Row(name, baseline, null, goal, false, note, true);
		}

		String met() {
			if (ratio == null) {
				return failed ? "no" : "—";
			}
			return (atLeast ? ratio.median() >= goal : ratio.median() <= goal) ? "yes" : "no";
		}
	}

	private final List<Row> rows = new ArrayList<>();
	private final List<String> details = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	public void add(Row row) {
		rows.add(row);
		System.out.println("row: " + row.name() + ": " + (row.ratio() == null ? "not measured" : row.ratio().format("%.2f"))
				+ (row.note().isEmpty() ? "" : " (" + row.note() + ")"));
	}

	/** A line of the scale details table (already Markdown). */
	public void detail(String line) {
		details.add(line);
	}

	public void note(String note) {
		notes.add(note);
		System.out.println("note: " + note);
	}

	public void write(Path file, String header) throws IOException {
		StringBuilder text = new StringBuilder(header).append("\n");
		text.append("| Row | Baseline (same run) | Ratio min / median / max | Goal | Met? |\n");
		text.append("|---|---|---|---|---|\n");
		for (Row row : rows) {
			text.append("| ").append(row.name()).append(row.note().isEmpty() ? "" : " (" + row.note() + ")")
					.append(" | ").append(row.baseline())
					.append(" | ").append(row.ratio() == null ? "not measured" : row.ratio().format("%.2f") + "×")
					.append(" | ").append(row.atLeast() ? "≥ " : "≤ ").append(String.format(Locale.ROOT, "%.2f", row.goal())).append("×")
					.append(" | ").append(row.met()).append(" |\n");
		}
		if (!details.isEmpty()) {
			text.append("\n### Scale, per corpus size (each command a process with -Xmx1g)\n\n");
			text.append("| N notices | Command | Wall s min / median / max | ms per notice (median) | Peak heap MiB | Live heap MiB | Live heap KiB per notice | Cores used (CPU / wall) | Exit |\n");
			text.append("|---|---|---|---|---|---|---|---|---|\n");
			for (String line : details) {
				text.append(line).append("\n");
			}
		}
		if (!notes.isEmpty()) {
			text.append("\nNotes:\n\n");
			for (String note : notes) {
				text.append("- ").append(note).append("\n");
			}
		}
		Files.createDirectories(file.getParent());
		Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
	}
}
