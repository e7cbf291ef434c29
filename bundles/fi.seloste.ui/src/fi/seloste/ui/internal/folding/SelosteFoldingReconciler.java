package fi.seloste.ui.internal.folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import fi.seloste.ui.internal.validation.ReconciledModelListener;
import fi.seloste.ui.internal.validation.ReconciledModels;

/**
 * Folding of Seloste blocks in the Generic Editor (contributed as a folding reconciler in plugin.xml).
 * It does no parsing of its own: it takes the model of each validation reconcile, finds the blocks on
 * that thread and updates the viewer's projection annotations on the UI thread. Blocks that stay are
 * left alone, so what the user folded stays folded while they type.
 */
public class SelosteFoldingReconciler implements IReconciler, ReconciledModelListener {

	private volatile ProjectionViewer viewer;

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ProjectionViewer projectionViewer) {
			viewer = projectionViewer;
			ReconciledModels.addListener(this);
		}
	}

	@Override
	public void uninstall() {
		ReconciledModels.removeListener(this);
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null; // the work is done by the validation reconciler's model
	}

	/** On the reconciler's thread. */
	@Override
	public void reconciled(IDocument document, long documentStamp, XtextResource resource, CancelIndicator cancel) {
		ProjectionViewer current = viewer;
		StyledText widget = current == null ? null : current.getTextWidget();
		if (widget == null || widget.isDisposed() || current.getDocument() != document) {
			return;
		}
		List<IRegion> blocks = FoldableBlocks.of(resource);
		if (!cancel.isCanceled()) {
			widget.getDisplay().asyncExec(() -> show(current, document, documentStamp, blocks));
		}
	}

	private static void show(ProjectionViewer current, IDocument document, long documentStamp, List<IRegion> blocks) {
		StyledText widget = current.getTextWidget();
		ProjectionAnnotationModel model = current.getProjectionAnnotationModel();
		if (widget == null || widget.isDisposed() || model == null || current.getDocument() != document
				|| ((IDocumentExtension4) document).getModificationStamp() != documentStamp) {
			return; // the text changed: a newer reconcile follows
		}
		Set<IRegion> wanted = new HashSet<>(blocks);
		Map<IRegion, Annotation> existing = new HashMap<>();
		List<Annotation> obsolete = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			IRegion region = position == null ? null : new Region(position.getOffset(), position.getLength());
			if (region == null || !wanted.contains(region) || existing.putIfAbsent(region, annotation) != null) {
				obsolete.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (IRegion block : blocks) {
			if (!existing.containsKey(block)) {
				added.put(new ProjectionAnnotation(), new Position(block.getOffset(), block.getLength()));
			}
		}
		if (!obsolete.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(obsolete.toArray(Annotation[]::new), added, null);
		}
	}
}
