package fi.seloste.ui.internal.outline;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import fi.seloste.ui.internal.SelosteImages;

/** The labels of outline entries, in the Outline view and Quick Outline: the entry as written, the icon of its kind. */
public final class OutlineLabels extends LabelProvider {

	@Override
	public String getText(Object element) {
		return ((OutlineNode) element).label();
	}

	@Override
	public Image getImage(Object element) {
		Image own = SelosteImages.outline(((OutlineNode) element).kind());
		if (own != null) {
			return own;
		}
		// shared images: nothing to dispose; a block with entries looks like a folder
		String image = ((OutlineNode) element).children().isEmpty() ? ISharedImages.IMG_OBJ_ELEMENT
				: ISharedImages.IMG_OBJ_FOLDER;
		return PlatformUI.getWorkbench().getSharedImages().getImage(image);
	}
}
