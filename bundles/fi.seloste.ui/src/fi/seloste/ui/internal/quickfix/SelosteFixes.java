package fi.seloste.ui.internal.quickfix;

import java.io.StringReader;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
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
import fi.seloste.ide.quickfix.SyntaxErrors;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.validation.SelosteCheck;
import fi.seloste.ui.internal.validation.ReconciledModels;
import fi.seloste.ui.internal.validation.SelosteProjectResources;

/**
 * The quick fixes of the ide bundle ({@code SelosteQuickfixProvider} through {@link QuickfixRunner})
 * for one file's text as it is now rather than for what a marker remembers: the editor's latest
 * reconcile when it was made from exactly this text and the project's files as they are now
 * ({@link ReconciledModels#latest}), else the text validated again in its project, as the reconciler
 * does. Creates the injector when first used, so create it lazily.
 */
public final class SelosteFixes {

	/** One resolution of one issue; {@link #fixedText()} is the whole text after it. */
	public record Fix(Issue issue, String label, String originalText, XtextResource resource,
			DiagnosticResolution resolution, QuickfixRunner runner) {

		public String fixedText() {
			synchronized (resource) { // see ReconciledModels.Reconciled#resource()
				return runner.apply(resource, resolution);
			}
		}
	}

	/** A validated text: its issues and, per issue, its fixes. */
	public final class Checked {

		private final String text;
		private final XtextResource resource;
		private final List<Issue> issues;
		private final boolean reconciled;

		Checked(String text, XtextResource resource, List<Issue> issues, boolean reconciled) {
			this.text = text;
			this.resource = resource;
			this.issues = issues;
			this.reconciled = reconciled;
		}

		public List<Issue> issues() {
			return issues;
		}

		/** Whether this is the editor's latest reconcile (no project parsed for it) rather than a new check. */
		public boolean reconciled() {
			return reconciled;
		}

		public List<Fix> fixes(Issue issue) {
			if (!hasFixes(issue.getCode())) {
				return List.of();
			}
			synchronized (resource) { // see ReconciledModels.Reconciled#resource()
				return runner.resolutions(resource, issue).stream()
						.map(r -> new Fix(issue, r.getLabel(), text, resource, r, runner)).toList();
			}
		}
	}

	private final Injector injector = SelosteInjector.get();
	private final SelosteProjectResources resources = new SelosteProjectResources(injector);
	private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);
	private final QuickfixRunner runner = injector.getInstance(QuickfixRunner.class);
	private final IQuickFixProvider provider = injector.getInstance(IQuickFixProvider.class);
	private final IParser parser = injector.getInstance(IParser.class);

	/**
	 * Validates the file's text in its project. A text with syntax errors gets only the fixes of its
	 * syntax errors (as {@code seloste check --fix} fixes nothing there): elsewhere its node model is a
	 * guess, and edits computed from it could land in the wrong place.
	 */
	public Checked check(IFile file, String text) throws CoreException {
		XtextResource resource = resources.load(file, text);
		return new Checked(text, resource,
				withFixes(resource, validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)), false);
	}

	/**
	 * The document's text checked: the latest reconcile's model and issues while they are current (no
	 * parsing, as Ctrl+1 runs on the UI thread), else the text validated now (typed within the last half
	 * second, another file of the project just saved).
	 */
	public Checked check(IFile file, IDocument document) throws CoreException {
		String text = document.get();
		ReconciledModels.Reconciled latest = ReconciledModels.latest(document);
		if (latest != null && latest.file().equals(file) && latest.text().equals(text)) {
			List<Issue> issues = withFixes(latest.resource(), latest.issues());
			return new Checked(text, latest.resource(), issues, true);
		}
		return check(file, text);
	}

	/** The file as an editor shows it (see {@link #check(IFile, IDocument)}), or else as saved. */
	public Checked checkCurrent(IFile file) throws CoreException {
		ITextFileBuffer open = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		return open != null ? check(file, open.getDocument()) : check(file, SelosteProjectResources.savedText(file));
	}

	/** The issues that have fixes; of a text with syntax errors, only those (see {@link #check(IFile, String)}). */
	private List<Issue> withFixes(XtextResource resource, List<Issue> issues) {
		boolean broken = resource.getParseResult().hasSyntaxErrors();
		return issues.stream().filter(issue -> hasFixes(issue.getCode()))
				.filter(issue -> !broken || SelosteCheck.SYNTAX_ERROR.code().equals(issue.getCode())).toList();
	}

	/** Whether the ide bundle has fixes for the issue code at all (cheap: no validation). */
	public boolean hasFixes(String code) {
		if (code == null) {
			return false;
		}
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(code);
		// the provider looks at a diagnostic only when it has a message and a severity
		diagnostic.setMessage("");
		diagnostic.setSeverity(DiagnosticSeverity.Error);
		return provider.handlesDiagnostic(diagnostic);
	}

	/** Whether a text parses without syntax errors: a fix must never leave the file unparseable. */
	public boolean parses(String text) {
		return !parser.parse(new StringReader(text)).hasSyntaxErrors();
	}

	/** Whether the fixed text has fewer syntax errors than the original: the fix of one of several must leave fewer. */
	public boolean fewerSyntaxErrors(String original, String fixed) {
		return SyntaxErrors.fewer(parser, original, fixed);
	}
}
