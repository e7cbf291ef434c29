package fi.seloste.ide.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems as JUnit XML, the test report CI systems (GitLab, Jenkins, Azure DevOps) list per merge
 * request: one test suite "seloste" with one test case per checked file, named by its path. A file
 * with errors fails, its problems being the failure's text; a file with only warnings or infos
 * passes, and they are its standard output. The same input always gives the same bytes.
 */
public final class JunitReport {

	private static final String SUITE = "seloste";

	private JunitReport() {
	}

	/**
	 * The report of {@code files} in their order; a problem of a file not listed adds a test case for its
	 * file after them, so that no problem is dropped.
	 */
	public static String render(List<Path> files, List<Problem> problems) {
		Map<String, List<Problem>> byFile = new LinkedHashMap<>();
		for (Path file : files) {
			byFile.putIfAbsent(name(file), new ArrayList<>());
		}
		for (Problem problem : problems) {
			byFile.computeIfAbsent(name(problem.file()), key -> new ArrayList<>()).add(problem);
		}
		long failures = byFile.values().stream().filter(JunitReport::hasErrors).count();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		String counts = " tests=\"" + byFile.size() + "\" failures=\"" + failures + "\" errors=\"0\"";
		xml.append("<testsuites name=\"").append(SUITE).append('"').append(counts).append(">\n");
		xml.append("  <testsuite name=\"").append(SUITE).append('"').append(counts).append(" skipped=\"0\">\n");
		byFile.forEach((file, found) -> testCase(xml, file, found));
		xml.append("  </testsuite>\n</testsuites>\n");
		return xml.toString();
	}

	private static void testCase(StringBuilder xml, String file, List<Problem> problems) {
		String name = XmlText.attribute(file);
		xml.append("    <testcase name=\"").append(name).append("\" classname=\"").append(name).append('"');
		List<Problem> errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		List<Problem> others = problems.stream().filter(p -> p.severity() != Problem.Severity.ERROR).toList();
		if (errors.isEmpty() && others.isEmpty()) {
			xml.append("/>\n");
			return;
		}
		xml.append(">\n");
		if (!errors.isEmpty()) {
			String message = errors.size() + " error(s): " + errors.get(0).message();
			xml.append("      <failure type=\"error\" message=\"").append(XmlText.attribute(message)).append("\">")
					.append(lines(errors)).append("</failure>\n");
		}
		if (!others.isEmpty()) {
			xml.append("      <system-out>").append(lines(others)).append("</system-out>\n");
		}
		xml.append("    </testcase>\n");
	}

	private static String lines(List<Problem> problems) {
		StringBuilder text = new StringBuilder();
		for (Problem problem : problems) {
			text.append(XmlText.content(problem.format())).append('\n');
		}
		return text.toString();
	}

	/** The path as given, with forward slashes on every system. */
	private static String name(Path file) {
		return file.toString().replace('\\', '/');
	}

	private static boolean hasErrors(List<Problem> problems) {
		return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}
}
