package fi.seloste.ide.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fi.seloste.changes.ChangeBaseline;
import fi.seloste.ide.quickfix.QuickfixRunner;
import fi.seloste.seloste.Notice;
import fi.seloste.validation.SelosteMessages;

/** {@code seloste check PATH…}: parses, links and validates files and lists every problem. */
public final class CheckCommand {

	/** The earlier version to compare with: how the user named it, and its notices. */
	public record Baseline(String label, List<Notice> notices) {
	}

	private final Injector injector;

	public CheckCommand(Injector injector) {
		this.injector = injector;
	}

	/** The problems of the requested files; with {@code withFixes}, each with the labels of its quick fixes. */
	public List<Problem> check(SourceFiles files, boolean withFixes) throws UsageException {
		return check(files, withFixes, null);
	}

	/**
	 * The problems of the requested files compared with an earlier version ({@code check --since REV},
	 * issue 14): the baseline's notices are attached to the files' resource set
	 * ({@link ChangeBaseline}), so the checks that compare versions run; {@code null} checks as without.
	 */
	public List<Problem> check(SourceFiles files, boolean withFixes, Baseline baseline) throws UsageException {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		QuickfixRunner runner = injector.getInstance(QuickfixRunner.class);
		// a baseline's notices are read by every check that compares: one worker, so that no two threads read them
		NoticeBatch batch = new NoticeBatch(injector, injector.getInstance(SelosteMessages.class).chosenLanguage(),
				resourceSet -> {
					if (baseline != null) {
						ChangeBaseline.attach(resourceSet, baseline.label(), baseline.notices());
					}
				}, baseline == null);
		List<Problem> problems = new ArrayList<>();
		batch.run(files, (file, loaded) -> {
			List<Problem> found = new ArrayList<>();
			switch (loaded) {
				case SourceLoader.Unreadable unreadable -> found.add(unreadable.problem());
				case SourceLoader.Parsed parsed -> {
					XtextResource resource = parsed.resource();
					for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
						Problem problem = toProblem(file, issue);
						found.add(withFixes ? problem.withFixes(runner.labels(resource, issue)) : problem);
					}
				}
			}
			return found;
		}, problems::addAll);
		problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(CheckCommand::rank)
				.thenComparing(Problem.BY_POSITION));
		return problems;
	}

	/**
	 * Per file, what the file's text is comes first: an unreadable file or a syntax error (fix these
	 * before anything else), then references that name nothing, then the checks' findings, each by position.
	 */
	private static int rank(Problem problem) {
		String rule = ReportRule.idOf(problem);
		if (rule.equals(ReportRule.SYNTAX) || rule.equals(ReportRule.ENCODING)) {
			return 0;
		}
		return rule.equals(ReportRule.LINKING) ? 1 : 2;
	}

	static Problem toProblem(Path file, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		Problem.Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Problem.Severity.ERROR;
			case WARNING -> Problem.Severity.WARNING;
			default -> Problem.Severity.INFO;
		};
		return new Problem(file, line, column, severity, issue.getCode(), issue.getMessage());
	}
}
