package fi.seloste.ui.internal.navigation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import fi.seloste.ide.navigation.References;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.validation.ReconciledModelListener;
import fi.seloste.ui.internal.validation.ReconciledModels;

/**
 * Mark occurrences by meaning: with the caret on a declaration's name or on a reference to it, the
 * declaration and its references in the file are highlighted (fi.seloste.ide's {@link References}, as a
 * language server's document highlight), and nothing else: not the same word in a string, a comment or
 * another declaration's name. Contributed as the Generic Editor's highlight reconciler for Seloste files,
 * so it replaces the editor's textual word highlighting there; it uses that highlighting's annotation
 * type, so its colour preference and the toolbar's Toggle Mark Occurrences apply.
 */
public final class OccurrencesHighlighter implements IReconciler, ISelectionChangedListener, ReconciledModelListener {

	/** The Generic Editor's occurrence annotation type (its colour and highlight preferences). */
	public static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";

	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor";
	private static final String TOGGLE_PREFERENCE = "org.eclipse.ui.genericeditor.togglehighlight";

	private ISourceViewer viewer;
	private Annotation[] shown = new Annotation[0];

	@Override
	public void install(ITextViewer textViewer) {
		if (!(textViewer instanceof ISourceViewer sourceViewer)) {
			return;
		}
		viewer = sourceViewer;
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(this);
		}
		ReconciledModels.addListener(this);
	}

	@Override
	public void uninstall() {
		ReconciledModels.removeListener(this);
		if (viewer != null) {
			if (viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
				provider.removePostSelectionChangedListener(this);
			}
			show(Map.of());
			viewer = null;
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		update();
	}

	/** A new model of the document (reconciler's thread): the highlight follows it on the UI thread. */
	@Override
	public void reconciled(IDocument document, long documentStamp, XtextResource resource, CancelIndicator cancel) {
		ISourceViewer current = viewer;
		Control control = current == null ? null : current.getTextWidget();
		if (control != null && !control.isDisposed() && current.getDocument() == document) {
			control.getDisplay().asyncExec(this::update);
		}
	}

	/** Recomputes the highlight for the caret (UI thread). */
	private void update() {
		ISourceViewer current = viewer;
		if (current == null || current.getTextWidget() == null || current.getTextWidget().isDisposed()) {
			return;
		}
		if (!Platform.getPreferencesService().getBoolean(GENERIC_EDITOR, TOGGLE_PREFERENCE, true, null)) {
			show(Map.of());
			return;
		}
		IDocument document = current.getDocument();
		ReconciledModels.Reconciled latest = ReconciledModels.latest(document);
		if (latest == null || !(current.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return; // the shown highlight moves with the text until the next reconcile
		}
		Map<Annotation, Position> annotations = new HashMap<>();
		XtextResource resource = latest.resource();
		synchronized (resource) { // see ReconciledModels.Reconciled#resource()
			References references = SelosteInjector.get().getInstance(References.class);
			EObject declaration = references.declarationAt(resource, selection.getOffset());
			if (declaration != null) {
				for (References.Occurrence occurrence : references.occurrences(declaration, List.of(resource))) {
					String text = latest.text().substring(occurrence.region().getOffset(),
							occurrence.region().getOffset() + occurrence.region().getLength());
					annotations.put(new Annotation(ANNOTATION_TYPE, false, text),
							new Position(occurrence.region().getOffset(), occurrence.region().getLength()));
				}
			}
		}
		show(annotations);
	}

	private void show(Map<Annotation, Position> annotations) {
		IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown, annotations);
			shown = annotations.keySet().toArray(Annotation[]::new);
		}
	}
}
