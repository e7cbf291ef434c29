package fi.seloste.ui.internal.highlighting;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.swt.widgets.Display;

import fi.seloste.ide.highlighting.ReferenceHighlightingCalculator;
import fi.seloste.ui.internal.SelosteInjector;

/**
 * Colours Seloste files in the Generic Editor (contributed in plugin.xml). Runs on the UI thread,
 * synchronously with each change; the whole document is one partition (see
 * {@link WholeDocumentDamagerRepairer} for why). References resolved by the last reconcile are
 * coloured on top by a {@link SemanticHighlighter}, installed with it on each editor's viewer. A change of
 * the colouring preferences redraws the viewer ({@link ColouringPreferences}).
 */
public class SelostePresentationReconciler extends PresentationReconciler {

	private final SemanticHighlighter references = new SemanticHighlighter(new ReferenceHighlightingCalculator());
	private ITextViewer installed;

	public SelostePresentationReconciler() {
		DefaultDamagerRepairer damagerRepairer = new WholeDocumentDamagerRepairer(
				new SelosteScanner());
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		references.install(viewer);
		installed = viewer;
		ColouringPreferences.watch(viewer);
		if (SelosteKeywords.ifReady() == null) {
			// a restored editor is drawn before the language is ready: its keywords are coloured then
			Display display = viewer.getTextWidget().getDisplay();
			SelosteInjector.whenReady(() -> display.asyncExec(() -> {
				if (installed == viewer && !viewer.getTextWidget().isDisposed()) {
					viewer.invalidateTextPresentation();
				}
			}));
		}
	}

	@Override
	public void uninstall() {
		references.uninstall();
		if (installed != null) {
			ColouringPreferences.forget(installed);
			installed = null;
		}
		super.uninstall();
	}
}
