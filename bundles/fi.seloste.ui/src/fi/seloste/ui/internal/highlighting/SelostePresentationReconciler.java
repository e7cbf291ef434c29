package fi.seloste.ui.internal.highlighting;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Colours Seloste files in the Generic Editor (contributed in plugin.xml). Runs on the UI thread,
 * synchronously with each change; the whole document is one partition (see
 * {@link WholeDocumentDamagerRepairer} for why).
 */
public class SelostePresentationReconciler extends PresentationReconciler {

	public SelostePresentationReconciler() {
		DefaultDamagerRepairer damagerRepairer = new WholeDocumentDamagerRepairer(
				new SelosteScanner(SelosteKeywords.all()));
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
