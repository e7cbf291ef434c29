package fi.seloste.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of source to insert, each at a depth relative to where they go. A line may hold a
 * multilingual text whose further variants follow on lines of their own ({@code "\n"} inside the
 * content); those are indented one level deeper than their line, as the formatter lays them out.
 */
public final class Lines {

	private record Line(int depth, String content) {
	}

	private final List<Line> lines = new ArrayList<>();

	public static Lines of(String content) {
		return new Lines().add(0, content);
	}

	public Lines add(int depth, String content) {
		lines.add(new Line(depth, content));
		return this;
	}

	public Lines addAll(int depth, Lines more) {
		more.lines.forEach(line -> lines.add(new Line(depth + line.depth(), line.content())));
		return this;
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	/** Each line indented by {@code base} plus one tab per depth, and ended by a line break. */
	public String render(String base) {
		StringBuilder text = new StringBuilder();
		for (Line line : lines) {
			String indent = base + "\t".repeat(line.depth());
			text.append(indent).append(line.content().replace("\n", "\n" + indent + "\t")).append('\n');
		}
		return text.toString();
	}
}
