package fi.seloste.ui.internal.navigation;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.viewers.AbstractTreeViewer;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import org.eclipse.ui.texteditor.ITextEditor;

import fi.seloste.ui.internal.outline.OutlineContent;
import fi.seloste.ui.internal.outline.OutlineLabels;
import fi.seloste.ui.internal.outline.OutlineNode;

/**
 * Quick Outline (Ctrl+O): the Outline's tree of the file (its last reconcile) in a popup over the
 * editor. Typing filters it (an entry stays when its label or an entry inside it contains the text);
 * Enter or a click goes to the selected entry's name, Esc closes.
 */
public final class QuickOutlinePopup extends PopupDialog {

	private final ITextEditor editor;
	private final List<OutlineNode> roots;
	private Text filter;
	private TreeViewer viewer;
	private String pattern = "";

	public QuickOutlinePopup(Shell parent, ITextEditor editor, List<OutlineNode> roots) {
		// a title (empty) makes the title area where the filter field goes
		super(parent, SWT.RESIZE, true, true, false, false, false, "",
				NavigationMessages.format("quickOutline.filter"));
		this.editor = editor;
		this.roots = roots;
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filter = new Text(parent, SWT.NONE);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.setMessage(NavigationMessages.format("quickOutline.filter"));
		filter.addModifyListener(e -> setPattern(filter.getText()));
		filter.addListener(SWT.DefaultSelection, e -> goToSelection());
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				viewer.getTree().setFocus();
			}
		});
		return filter;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setLayoutData(new GridData(GridData.FILL_BOTH));
		viewer.setContentProvider(new OutlineContent());
		viewer.setLabelProvider(new OutlineLabels());
		viewer.addFilter(new Matching());
		viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
		viewer.setInput(roots);
		viewer.getTree().addListener(SWT.DefaultSelection, e -> goToSelection());
		viewer.getTree().addListener(SWT.MouseUp, e -> {
			if (e.button == 1 && viewer.getTree().getItem(new Point(e.x, e.y)) != null) {
				goToSelection();
			}
		});
		selectFirstMatch();
		return viewer.getTree();
	}

	@Override
	protected Control getFocusControl() {
		return filter;
	}

	@Override
	protected Point getDefaultSize() {
		return new Point(420, 360);
	}

	/** Filters the tree by the text typed (case does not matter) and selects the first entry left. */
	public void setPattern(String text) {
		pattern = text.strip().toLowerCase(Locale.ROOT);
		viewer.getControl().setRedraw(false);
		try {
			viewer.refresh();
			viewer.expandAll();
		} finally {
			viewer.getControl().setRedraw(true);
		}
		selectFirstMatch();
	}

	private void selectFirstMatch() {
		Tree tree = viewer.getTree();
		TreeItem first = firstMatch(tree.getItems());
		if (first != null) {
			tree.setSelection(first);
		}
	}

	private TreeItem firstMatch(TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getData() instanceof OutlineNode node && matches(node)) {
				return item;
			}
			TreeItem inner = firstMatch(item.getItems());
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	/** Goes to the selected entry's name in the editor and closes the popup. */
	public void goToSelection() {
		if (viewer.getStructuredSelection().getFirstElement() instanceof OutlineNode node) {
			close();
			editor.selectAndReveal(node.selectionOffset(), node.selectionLength());
			editor.setFocus();
		}
	}

	/** The filter field (for tests). */
	public Text filterText() {
		return filter;
	}

	/** The popup's tree (for tests). */
	public TreeViewer viewer() {
		return viewer;
	}

	private boolean matches(OutlineNode node) {
		return pattern.isEmpty() || node.label().toLowerCase(Locale.ROOT).contains(pattern);
	}

	private boolean matchesOrContainsMatch(OutlineNode node) {
		return matches(node) || node.children().stream().anyMatch(this::matchesOrContainsMatch);
	}

	private final class Matching extends ViewerFilter {

		@Override
		public boolean select(Viewer target, Object parent, Object element) {
			return matchesOrContainsMatch((OutlineNode) element);
		}
	}
}
