package fi.seloste.ui.internal.validation;

import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Is told, on the reconciler's background thread, about each model the editor's validation has parsed,
 * linked and checked. The resource belongs to that one run: a listener takes what it needs from it
 * before returning and never hands it to the UI thread (the reconciler itself publishes it for the UI
 * thread's features once all listeners are done: {@link ReconciledModels#latest}).
 */
public interface ReconciledModelListener {

	/**
	 * @param document      the editor's document the model was made from
	 * @param documentStamp the document's modification stamp at that time; the model's offsets are only
	 *                      valid while the document still has it
	 * @param resource      the linked and validated resource of the document's text
	 * @param cancel        set when the text has changed meanwhile and the work is stale
	 */
	void reconciled(IDocument document, long documentStamp, XtextResource resource, CancelIndicator cancel);
}
