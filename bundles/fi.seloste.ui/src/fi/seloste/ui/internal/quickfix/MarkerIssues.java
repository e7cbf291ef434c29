package fi.seloste.ui.internal.quickfix;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IMarker;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.ui.internal.validation.ProblemMarkers;

/**
 * Finds the issue a marker stands for among the issues of the text as it is now: same code, and of
 * those the one nearest to where the marker says (an exact match with the same message first). The
 * marker's offsets may be a little behind the text while the user types.
 */
final class MarkerIssues {

	private MarkerIssues() {
	}

	static Issue find(IMarker marker, List<Issue> issues) {
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		return issues.stream().filter(issue -> Objects.equals(code, issue.getCode()))
				.min(Comparator.comparingInt((Issue issue) -> Math.abs(offset(issue) - start))
						.thenComparing(issue -> message.equals(issue.getMessage()) ? 0 : 1))
				.orElse(null);
	}

	static int offset(Issue issue) {
		return issue.getOffset() == null ? 0 : issue.getOffset();
	}

	static int end(Issue issue) {
		return offset(issue) + (issue.getLength() == null ? 0 : issue.getLength());
	}
}
