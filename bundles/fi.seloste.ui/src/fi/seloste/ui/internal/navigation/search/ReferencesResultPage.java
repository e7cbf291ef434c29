package fi.seloste.ui.internal.navigation.search;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.OpenEvent;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.texteditor.ITextEditor;

import fi.seloste.ui.internal.navigation.NavigationMessages;

/**
 * The Search view's page for Find References: the files with references, each with its references as
 * "line: the line's text"; a double-click (or Enter) opens the place in the editor.
 */
public final class ReferencesResultPage extends AbstractTextSearchViewPage {

	public ReferencesResultPage() {
		super(FLAG_LAYOUT_TREE);
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		viewer.setUseHashlookup(true);
		// a declaration has a handful of references: all of them at a glance
		viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		throw new UnsupportedOperationException("Find References has a tree layout only");
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		StructuredViewer viewer = getViewer();
		if (viewer != null) {
			viewer.refresh();
			if (viewer instanceof TreeViewer tree) {
				tree.expandAll(); // files found later show their references too
			}
		}
	}

	@Override
	protected void clear() {
		StructuredViewer viewer = getViewer();
		if (viewer != null) {
			viewer.refresh();
		}
	}

	@Override
	protected void handleOpen(OpenEvent event) {
		Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
		if (selected instanceof ReferenceMatch match) {
			try {
				showMatch(match, match.getOffset(), match.getLength(), true);
			} catch (PartInitException e) {
				ILog.of(getClass()).error("Cannot open " + match.getFile().getFullPath(), e);
			}
		} else {
			super.handleOpen(event);
		}
	}

	@Override
	protected void showMatch(Match match, int currentOffset, int currentLength, boolean activate)
			throws PartInitException {
		IEditorPart editor = IDE.openEditor(getSite().getPage(), (IFile) match.getElement(), activate);
		if (editor instanceof ITextEditor textEditor) {
			textEditor.selectAndReveal(currentOffset, currentLength);
		}
	}

	private AbstractTextSearchResult result() {
		return getInput();
	}

	private final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof ReferencesResult result ? result.files().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof IFile file && result() != null) {
				Match[] matches = result().getMatches(file);
				Arrays.sort(matches, Comparator.comparingInt(Match::getOffset));
				return matches;
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof ReferenceMatch match ? match.getFile() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IFile;
		}
	}

	private final class Labels extends LabelProvider {

		@Override
		public String getText(Object element) {
			if (element instanceof IFile file) {
				int count = result() == null ? 0 : result().getMatchCount(file);
				String name = file.getProjectRelativePath().toString();
				return count == 1 ? NavigationMessages.format("search.fileLabelOne", name)
						: NavigationMessages.format("search.fileLabel", name, count);
			}
			if (element instanceof ReferenceMatch match) {
				return NavigationMessages.format("search.lineLabel", match.getLine(), match.getLineText());
			}
			return super.getText(element);
		}

		/** A file's own icon, as the Project Explorer shows it (the icon of the editor that opens it). */
		private final WorkbenchLabelProvider files = new WorkbenchLabelProvider();

		@Override
		public Image getImage(Object element) {
			if (element instanceof IFile file) {
				return files.getImage(file);
			}
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
		}

		@Override
		public void dispose() {
			files.dispose();
			super.dispose();
		}
	}
}
