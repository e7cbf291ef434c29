package fi.seloste.ui.internal.outline;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** The tree of outline entries, in the Outline view and Quick Outline: the input is the list of roots. */
public final class OutlineContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> roots ? roots.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return ((OutlineNode) parent).children().toArray();
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return !((OutlineNode) element).children().isEmpty();
	}
}
