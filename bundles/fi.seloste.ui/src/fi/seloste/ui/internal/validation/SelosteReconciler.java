package fi.seloste.ui.internal.validation;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Validation as you type, contributed to the Generic Editor in plugin.xml. A non-incremental
 * reconciler: after the text has been still for {@value #DELAY_MS} ms it validates the whole
 * document on its own background thread; a change while it runs cancels the run and starts another.
 */
public class SelosteReconciler extends MonoReconciler {

	static final int DELAY_MS = 500;

	public SelosteReconciler() {
		super(new ValidatingReconcilingStrategy(), false);
		setDelay(DELAY_MS);
		setIsAllowedToModifyDocument(false);
		// Hands the reconciler's monitor to the strategy, which cancels a stale run with it.
		setProgressMonitor(new NullProgressMonitor());
	}
}
