package fi.seloste.ui.internal.outline;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.IStructuredSelection;

import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import fi.seloste.ui.internal.SelosteUiPlugin;
import fi.seloste.ui.internal.navigation.NavigationMessages;

/**
 * The Outline view's page for a Seloste file in the Generic Editor: the notice's structure as of the
 * last reconcile. Selecting an entry selects the element's name in the editor; with "Link with Editor"
 * (on by default) moving the caret selects the innermost entry that encloses it.
 */
public final class SelosteOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final IDocument document;
	private final BiConsumer<IDocument, OutlineModels.Snapshot> updater = this::reconciled;
	/** The document version the shown outline was made from (UI thread only). */
	private long shownStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	/** The preference (of this plug-in) that keeps "Link with Editor" across sessions. */
	public static final String LINK_WITH_EDITOR = "outline.linkWithEditor";
	private final ISelectionChangedListener caretListener = event -> {
		if (event.getSelection() instanceof ITextSelection selection) {
			followCaret(selection.getOffset());
		}
	};
	/** Set while the outline selects an entry for the caret, so that the editor is not moved in return. */
	private boolean followingCaret;
	private IAction linkAction;

	public SelosteOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new OutlineContent());
		viewer.setLabelProvider(new OutlineLabels());
		// notices are small: everything open shows the whole structure at a glance
		viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
		OutlineModels.INSTANCE.addListener(updater);
		OutlineModels.Snapshot snapshot = OutlineModels.INSTANCE.latest(document);
		show(snapshot);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(caretListener);
		}
		linkAction = new Action(NavigationMessages.format("outline.link"), IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				SelosteUiPlugin.getDefault().getPreferenceStore().setValue(LINK_WITH_EDITOR, isChecked());
				if (isChecked() && editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
					followCaret(selection.getOffset());
				}
			}
		};
		linkAction.setToolTipText(NavigationMessages.format("outline.linkTooltip"));
		linkAction.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		linkAction.setChecked(isLinked());
		if (getSite() != null) {
			getSite().getActionBars().getToolBarManager().add(linkAction);
			getSite().getActionBars().updateActionBars();
		}
	}

	/** Whether the outline follows the caret (on by default: the preference initializer). */
	public static boolean isLinked() {
		return SelosteUiPlugin.getDefault().getPreferenceStore().getBoolean(LINK_WITH_EDITOR);
	}

	/** The "Link with Editor" toggle of the outline's toolbar. */
	public IAction linkWithEditorAction() {
		return linkAction;
	}

	/** Selects the innermost entry that encloses the caret, if linked and the outline fits the text. */
	void followCaret(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (!isLinked() || viewer == null || viewer.getControl().isDisposed() || !isCurrent()
				|| !(viewer.getInput() instanceof List<?> roots)) {
			return;
		}
		OutlineNode enclosing = enclosing(roots, offset);
		if (enclosing == null) {
			return;
		}
		if (viewer.getStructuredSelection().getFirstElement() == enclosing) {
			return;
		}
		followingCaret = true;
		try {
			viewer.setSelection(new StructuredSelection(enclosing), true);
		} finally {
			followingCaret = false;
		}
	}

	private static OutlineNode enclosing(List<?> nodes, int offset) {
		for (Object element : nodes) {
			OutlineNode node = (OutlineNode) element;
			if (node.offset() <= offset && offset <= node.offset() + node.length()) {
				OutlineNode inner = enclosing(node.children(), offset);
				return inner != null ? inner : node;
			}
		}
		return null;
	}

	private void show(OutlineModels.Snapshot snapshot) {
		shownStamp = snapshot == null ? IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP : snapshot.documentStamp();
		getTreeViewer().setInput(snapshot == null ? List.of() : snapshot.roots());
		if (editor.getSelectionProvider() != null && editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			followCaret(selection.getOffset());
		}
	}

	/** On the reconciler's thread. */
	private void reconciled(IDocument reconciled, OutlineModels.Snapshot snapshot) {
		Control control = getControl();
		if (reconciled != document || control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed() && OutlineModels.INSTANCE.latest(document) == snapshot) {
				show(snapshot);
			}
		});
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!followingCaret && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node
				&& isCurrent() && node.selectionOffset() + node.selectionLength() <= document.getLength()) {
			editor.selectAndReveal(node.selectionOffset(), node.selectionLength());
		}
	}

	/**
	 * Whether the shown outline's offsets fit the document: after typing they are off until the next
	 * reconcile (within half a second) shows a new outline, so a click meanwhile selects nothing.
	 */
	private boolean isCurrent() {
		return shownStamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP
				&& document instanceof IDocumentExtension4 extension && extension.getModificationStamp() == shownStamp;
	}

	@Override
	public void dispose() {
		OutlineModels.INSTANCE.removeListener(updater);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caretListener);
		}
		super.dispose();
	}
}
