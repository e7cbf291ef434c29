package fi.seloste.ui.internal.navigation.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

import fi.seloste.ui.internal.navigation.NavigationMessages;

/** The references found by a {@link ReferencesQuery}: matches in workspace files (shown in open editors too). */
public final class ReferencesResult extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {

	private final ReferencesQuery query;

	ReferencesResult(ReferencesQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		int count = getMatchCount();
		return count == 1 ? NavigationMessages.format("search.labelOne", query.name(), query.project())
				: NavigationMessages.format("search.label", query.name(), count, query.project());
	}

	@Override
	public String getTooltip() {
		return NavigationMessages.format("search.tooltip", query.name(), query.project());
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return match.getElement().equals(fileOf(editor.getEditorInput()));
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		IFile file = fileOf(editor.getEditorInput());
		return file == null ? new Match[0] : getMatches(file);
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		return getMatches(file);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof IFile file ? file : null;
	}

	/** The files with references, in the order found. */
	public List<IFile> files() {
		List<IFile> files = new ArrayList<>();
		for (Object element : getElements()) {
			if (element instanceof IFile file) {
				files.add(file);
			}
		}
		files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return files;
	}

	private static IFile fileOf(IEditorInput input) {
		return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}
}
