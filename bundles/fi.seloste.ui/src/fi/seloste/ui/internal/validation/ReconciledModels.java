package fi.seloste.ui.internal.validation;

import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The hook "after each reconcile, here is the linked resource": features that need the model (outline,
 * folding, colouring of references) listen here instead of parsing the text a second time.
 */
public final class ReconciledModels {

	private static final CopyOnWriteArrayList<ReconciledModelListener> LISTENERS = new CopyOnWriteArrayList<>();

	private ReconciledModels() {
	}

	public static void addListener(ReconciledModelListener listener) {
		LISTENERS.addIfAbsent(listener);
	}

	public static void removeListener(ReconciledModelListener listener) {
		LISTENERS.remove(listener);
	}

	static void fire(IDocument document, long documentStamp, XtextResource resource, CancelIndicator cancel) {
		for (ReconciledModelListener listener : LISTENERS) {
			if (cancel.isCanceled()) {
				return;
			}
			try {
				listener.reconciled(document, documentStamp, resource, cancel);
			} catch (RuntimeException e) {
				// one failing feature must not keep the others (or the markers) from updating
				ILog.of(ReconciledModels.class).error("A Seloste editor feature failed after reconciling", e);
			}
		}
	}
}
