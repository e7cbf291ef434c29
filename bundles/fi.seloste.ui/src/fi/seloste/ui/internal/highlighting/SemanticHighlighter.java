package fi.seloste.ui.internal.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import fi.seloste.ui.internal.validation.ReconciledModelListener;
import fi.seloste.ui.internal.validation.ReconciledModels;

/**
 * Colours the references of one editor from the linked model, on top of the lexical colouring.
 * <p>
 * After each reconcile the calculator runs on the reconciler's thread; the UI thread then only swaps
 * the ranges, and only if the document has not changed meanwhile (else a newer reconcile follows). The
 * ranges are kept as document positions, so while the user types they move with the text instead of
 * colouring the wrong characters until the next reconcile; and they are merged into every text
 * presentation the viewer applies, so the lexical repair after a keystroke never wipes them (no flicker).
 */
final class SemanticHighlighter implements ITextPresentationListener, ITextInputListener, ReconciledModelListener {

	private final ISemanticHighlightingCalculator calculator;
	/** Unique per editor: two editors on one file share the document, not their ranges. */
	private final String category = SemanticHighlighter.class.getName() + "." + System.identityHashCode(this);
	private final IPositionUpdater updater = new DefaultPositionUpdater(category);

	private ITextViewer viewer;
	private Display display;
	private volatile IDocument document;
	/** The ranges being shown, sorted by offset; touched on the UI thread only. */
	private List<Position> positions = new ArrayList<>();

	SemanticHighlighter(ISemanticHighlightingCalculator calculator) {
		this.calculator = calculator;
	}

	void install(ITextViewer textViewer) {
		this.viewer = textViewer;
		this.display = textViewer.getTextWidget().getDisplay();
		if (textViewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
		textViewer.addTextInputListener(this);
		inputDocumentChanged(null, textViewer.getDocument());
		ReconciledModels.addListener(this);
	}

	void uninstall() {
		ReconciledModels.removeListener(this);
		if (viewer == null) {
			return;
		}
		viewer.removeTextInputListener(this);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		detach(document);
		document = null;
		viewer = null;
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		detach(oldInput);
		document = null;
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		if (newInput != null && newInput != document) {
			newInput.addPositionCategory(category);
			newInput.addPositionUpdater(updater);
			document = newInput;
		}
	}

	private void detach(IDocument old) {
		if (old == null) {
			return;
		}
		old.removePositionUpdater(updater);
		try {
			old.removePositionCategory(category);
		} catch (BadPositionCategoryException e) {
			// never attached
		}
		positions = new ArrayList<>();
	}

	/** On the reconciler's thread. */
	@Override
	public void reconciled(IDocument reconciled, long documentStamp, XtextResource resource, CancelIndicator cancel) {
		if (reconciled != document) {
			return; // another editor's text
		}
		List<IRegion> ranges = new ArrayList<>();
		calculator.provideHighlightingFor(resource, (offset, length, ids) -> ranges.add(new Region(offset, length)),
				cancel);
		if (cancel.isCanceled()) {
			return;
		}
		ranges.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		Display target = display;
		if (target != null && !target.isDisposed()) {
			target.asyncExec(() -> show(reconciled, documentStamp, ranges));
		}
	}

	private void show(IDocument reconciled, long documentStamp, List<IRegion> ranges) {
		StyledText widget = viewer == null ? null : viewer.getTextWidget();
		if (widget == null || widget.isDisposed() || reconciled != document
				|| ((IDocumentExtension4) reconciled).getModificationStamp() != documentStamp
				|| sameAsShown(ranges)) {
			return;
		}
		List<Position> fresh = new ArrayList<>(ranges.size());
		try {
			for (Position old : positions) {
				reconciled.removePosition(category, old);
			}
			for (IRegion range : ranges) {
				Position position = new Position(range.getOffset(), range.getLength());
				reconciled.addPosition(category, position);
				fresh.add(position);
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			// the text is the one the ranges were computed for, so this cannot happen; show nothing wrong
			fresh.clear();
		}
		positions = fresh;
		if (viewer instanceof ITextViewerExtension2 extension) {
			extension.invalidateTextPresentation(0, reconciled.getLength());
		}
	}

	private boolean sameAsShown(List<IRegion> ranges) {
		if (ranges.size() != positions.size()) {
			return false;
		}
		for (int i = 0; i < ranges.size(); i++) {
			Position shown = positions.get(i);
			IRegion range = ranges.get(i);
			if (shown.isDeleted() || shown.getOffset() != range.getOffset() || shown.getLength() != range.getLength()) {
				return false;
			}
		}
		return true;
	}

	/** On the UI thread, for every presentation the viewer applies: lexical repairs and our own refresh. */
	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		TextAttribute style = TokenStyle.REFERENCE.attribute(); // as now chosen in the preferences
		IRegion extent = presentation.getExtent();
		int extentEnd = extent.getOffset() + extent.getLength();
		for (Position position : positions) {
			if (position.isDeleted() || position.getLength() == 0) {
				continue;
			}
			int start = Math.max(position.getOffset(), extent.getOffset());
			int end = Math.min(position.getOffset() + position.getLength(), extentEnd);
			if (start < end) {
				presentation.mergeStyleRange(new StyleRange(start, end - start, style.getForeground(),
						style.getBackground(), style.getStyle()));
			}
		}
	}
}
