package fi.seloste.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.ui.internal.SelosteDocuments;
import fi.seloste.ui.internal.quickfix.SelosteFixes.Checked;
import fi.seloste.ui.internal.validation.ProblemMarkers;

/**
 * Ctrl+1 in the Generic Editor: the fixes of the problems at the caret, computed from the text as it
 * is now (the latest reconcile's model while it is current). The Generic Editor already offers the
 * resolutions of the markers at the caret (through {@link SelosteMarkerResolutionGenerator}); this
 * processor adds the problems no marker shows yet, e.g. right after typing, before the reconciler has
 * written its markers, so nothing is offered twice.
 */
public class SelosteQuickAssistProcessor implements IQuickAssistProcessor {

	/** Created at the first Ctrl+1, not when the editor sets up its viewer (on the UI thread). */
	private SelosteFixes fixes;

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return false; // annotations are markers: the Generic Editor's marker processor fixes them
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false; // no assists beyond the fixes of problems
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		IFile file = SelosteDocuments.fileOf(document);
		if (file == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		try {
			if (fixes == null) {
				fixes = new SelosteFixes();
			}
			// the latest reconcile's issues when it is current: no parsing on the UI thread
			Checked checked = fixes.check(file, document);
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (Issue issue : checked.issues()) {
				if (MarkerIssues.offset(issue) <= offset && offset <= MarkerIssues.end(issue)
						&& !shownAsMarker(issue, context.getSourceViewer().getAnnotationModel(), document)) {
					checked.fixes(issue).forEach(fix -> proposals.add(new FixProposal(fix, fixes)));
				}
			}
			return proposals.toArray(ICompletionProposal[]::new);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("Cannot compute the quick fixes of " + file.getFullPath(), e);
			return new ICompletionProposal[0];
		}
	}

	/** Whether a Seloste marker annotation with the issue's code starts on the issue's line. */
	private static boolean shownAsMarker(Issue issue, IAnnotationModel model, IDocument document) {
		if (model == null) {
			return false;
		}
		try {
			int line = document.getLineOfOffset(MarkerIssues.offset(issue));
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof MarkerAnnotation annotation && !annotation.isMarkedDeleted()
						&& annotation.getMarker().exists()
						&& ProblemMarkers.TYPE.equals(annotation.getMarker().getType())
						&& issue.getCode().equals(annotation.getMarker().getAttribute(ProblemMarkers.CODE, null))) {
					Position position = model.getPosition(annotation);
					int markerLine = position != null ? document.getLineOfOffset(position.getOffset())
							: annotation.getMarker().getAttribute(IMarker.LINE_NUMBER, 0) - 1;
					if (markerLine == line) {
						return true;
					}
				}
			}
		} catch (BadLocationException | CoreException e) {
			return false;
		}
		return false;
	}
}
