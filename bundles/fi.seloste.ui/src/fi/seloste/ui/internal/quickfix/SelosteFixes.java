package fi.seloste.ui.internal.quickfix;

import java.io.StringReader;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fi.seloste.ide.quickfix.QuickfixRunner;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.validation.SelosteProjectResources;

/**
 * The quick fixes of the ide bundle ({@code SelosteQuickfixProvider} through {@link QuickfixRunner})
 * for one file's text: the text is validated again in its project, as the reconciler does, so a fix
 * always works on the issue as it is now rather than on what a marker remembers.
 */
public final class SelosteFixes {

	/** One resolution of one issue; {@link #fixedText()} is the whole text after it. */
	public record Fix(Issue issue, String label, String originalText, XtextResource resource,
			DiagnosticResolution resolution, QuickfixRunner runner) {

		public String fixedText() {
			return runner.apply(resource, resolution);
		}
	}

	/** A validated text: its issues and, per issue, its fixes. */
	public final class Checked {

		private final String text;
		private final XtextResource resource;
		private final List<Issue> issues;

		Checked(String text, XtextResource resource, List<Issue> issues) {
			this.text = text;
			this.resource = resource;
			this.issues = issues;
		}

		public List<Issue> issues() {
			return issues;
		}

		public List<Fix> fixes(Issue issue) {
			if (!hasFixes(issue.getCode())) {
				return List.of();
			}
			return runner.resolutions(resource, issue).stream()
					.map(r -> new Fix(issue, r.getLabel(), text, resource, r, runner)).toList();
		}
	}

	private final Injector injector = SelosteInjector.get();
	private final SelosteProjectResources resources = new SelosteProjectResources(injector);
	private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);
	private final QuickfixRunner runner = injector.getInstance(QuickfixRunner.class);
	private final IQuickFixProvider provider = injector.getInstance(IQuickFixProvider.class);
	private final IParser parser = injector.getInstance(IParser.class);

	/**
	 * Validates the file's text in its project. A text with syntax errors gets no fixes at all (as
	 * with {@code seloste check --fix}): its node model is a guess, and edits computed from it could
	 * land in the wrong place.
	 */
	public Checked check(IFile file, String text) throws CoreException {
		XtextResource resource = resources.load(file, text);
		if (resource.getParseResult().hasSyntaxErrors()) {
			return new Checked(text, resource, List.of());
		}
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> hasFixes(issue.getCode())).toList();
		return new Checked(text, resource, issues);
	}

	/** Whether the ide bundle has fixes for the issue code at all (cheap: no validation). */
	public boolean hasFixes(String code) {
		if (code == null) {
			return false;
		}
		if (provider instanceof AbstractDeclarativeIdeQuickfixProvider declarative) {
			Diagnostic diagnostic = new Diagnostic();
			diagnostic.setCode(code);
			// the provider looks at a diagnostic only when it has a message and a severity
			diagnostic.setMessage("");
			diagnostic.setSeverity(DiagnosticSeverity.Error);
			return declarative.handlesDiagnostic(diagnostic);
		}
		return true;
	}

	/** Whether a text parses without syntax errors: a fix must never leave the file unparseable. */
	public boolean parses(String text) {
		return !parser.parse(new StringReader(text)).hasSyntaxErrors();
	}
}
