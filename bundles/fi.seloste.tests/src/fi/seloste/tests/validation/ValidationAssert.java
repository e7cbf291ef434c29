package fi.seloste.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Assertions on the diagnostics of a resource by issue code, in exact mode: the multiset of the codes
 * of ALL diagnostics (syntax, linking and validation) must equal the expected codes, so a test shows
 * every code its input triggers and notices any new one.
 */
public final class ValidationAssert {

	/** How a diagnostic without a code (a syntax error, for instance) is listed. */
	public static final String NO_CODE = "(no code)";

	/** Orders issues by position, then code, then message. */
	public static final Comparator<Issue> BY_POSITION = Comparator
			.comparing((Issue i) -> i.getLineNumber() == null ? 0 : i.getLineNumber())
			.thenComparing(i -> i.getColumn() == null ? 0 : i.getColumn())
			.thenComparing(ValidationAssert::codeOf).thenComparing(i -> String.valueOf(i.getMessage()));

	private ValidationAssert() {
	}

	/** All diagnostics of the resource, as the command line and the editor see them, in position order. */
	public static List<Issue> validate(XtextResource resource) {
		List<Issue> issues = new ArrayList<>(resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		issues.sort(BY_POSITION);
		return issues;
	}

	/**
	 * Validates the resource and asserts that its diagnostics have exactly these codes (in any order,
	 * each as often as listed); no codes means no diagnostic at all, not even an info. Returns the
	 * diagnostics for further assertions.
	 */
	public static List<Issue> assertIssues(XtextResource resource, String... expectedCodes) {
		List<Issue> issues = validate(resource);
		assertCodes(issues, expectedCodes);
		return issues;
	}

	/** Asserts that the issues have exactly these codes, as a multiset. */
	public static void assertCodes(Collection<Issue> issues, String... expectedCodes) {
		List<String> expected = Arrays.stream(expectedCodes).sorted().toList();
		List<String> actual = issues.stream().map(ValidationAssert::codeOf).sorted().toList();
		if (!expected.equals(actual)) {
			List<String> missing = new ArrayList<>(expected);
			actual.forEach(missing::remove);
			List<String> unexpected = new ArrayList<>(actual);
			expected.forEach(unexpected::remove);
			fail("the diagnostics differ from the expected codes\n  missing:    " + missing + "\n  unexpected: "
					+ unexpected + "\nall diagnostics:\n" + describe(issues));
		}
	}

	/** The one issue with this code; fails if there is none or more than one. */
	public static Issue single(Collection<Issue> issues, String code) {
		List<Issue> found = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), () -> "expected one " + code + " among\n" + describe(issues));
		return found.get(0);
	}

	/** The issues with this code, in position order. */
	public static List<Issue> withCode(Collection<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).sorted(BY_POSITION).toList();
	}

	/** Asserts the line an issue is reported on. */
	public static void assertLine(int expectedLine, Issue issue) {
		assertEquals(expectedLine, issue.getLineNumber(), () -> "wrong line for " + describe(List.of(issue)));
	}

	/** Asserts the quick-fix data of an issue. */
	public static void assertData(Issue issue, String... expectedData) {
		String[] data = issue.getData() == null ? new String[0] : issue.getData();
		assertEquals(List.of(expectedData), List.of(data), () -> "wrong data for " + describe(List.of(issue)));
	}

	/** The code of an issue, or {@link #NO_CODE}. */
	public static String codeOf(Issue issue) {
		return issue.getCode() == null ? NO_CODE : issue.getCode();
	}

	/** One issue per line: {@code line:column severity code message}. */
	public static String describe(Collection<Issue> issues) {
		StringBuilder text = new StringBuilder();
		issues.stream().sorted(BY_POSITION).forEach(issue -> text.append(line(issue)).append('\n'));
		return text.isEmpty() ? "  (none)\n" : text.toString();
	}

	/** {@code line:column severity code message}, the format of the golden diagnostics files. */
	public static String line(Issue issue) {
		return issue.getLineNumber() + ":" + issue.getColumn() + " "
				+ issue.getSeverity().name().toLowerCase(Locale.ROOT) + " " + codeOf(issue) + " " + issue.getMessage();
	}
}
