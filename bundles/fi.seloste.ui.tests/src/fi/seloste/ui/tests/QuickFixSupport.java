package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.markers;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import fi.seloste.ui.internal.validation.ProblemMarkers;
import fi.seloste.validation.SelosteCheck;

/** The markers of one check, their annotations in the editor, and what Ctrl+1 offers: shared by the quick fix tests. */
final class QuickFixSupport {

	private QuickFixSupport() {
	}

	/** The file's markers of the check. */
	static List<IMarker> markersOf(IFile file, SelosteCheck check) {
		return markers(file).stream().filter(m -> check.code().equals(m.getAttribute(ProblemMarkers.CODE, null))).toList();
	}

	/** Waits for a marker of the check on the file and returns the first. */
	static IMarker waitForMarker(IFile file, SelosteCheck check) {
		waitUntil("a " + check.code() + " marker", () -> !markersOf(file, check).isEmpty());
		IMarker marker = markersOf(file, check).get(0);
		assertNotNull(marker);
		return marker;
	}

	/** Whether the editor shows a marker of the check (its annotation model holds one). */
	static boolean hasAnnotation(ITextEditor editor, SelosteCheck check) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && annotation.getMarker().exists()
					&& check.code().equals(annotation.getMarker().getAttribute(ProblemMarkers.CODE, null))) {
				return true;
			}
		}
		return false;
	}

	/** What Ctrl+1 offers at the caret: all quick assist processors of the editor's assistant. */
	static List<ICompletionProposal> quickAssist(ITextEditor editor, int caret) {
		ISourceViewer viewer = (ISourceViewer) viewer(editor);
		viewer.setSelectedRange(caret, 0);
		QuickAssistAssistant assistant = (QuickAssistAssistant) ((ISourceViewerExtension3) viewer)
				.getQuickAssistAssistant();
		ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(viewer, caret, 0));
		return proposals == null ? List.of() : Arrays.asList(proposals);
	}
}
