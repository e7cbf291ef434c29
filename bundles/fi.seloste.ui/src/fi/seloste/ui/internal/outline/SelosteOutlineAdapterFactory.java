package fi.seloste.ui.internal.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * Gives the Generic Editor an outline page when it shows a Seloste file. The Generic Editor has no
 * outline of its own (4.39): the Outline view asks the editor for an {@link IContentOutlinePage}
 * adapter, which it looks up here (declared in plugin.xml for the Generic Editor's class).
 */
public final class SelosteOutlineAdapterFactory implements IAdapterFactory {

	private static final String EXTENSION = ".seloste";

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& isSelosteFile(editor.getEditorInput())) {
			return adapterType.cast(new SelosteOutlinePage(editor));
		}
		return null;
	}

	private static boolean isSelosteFile(IEditorInput input) {
		return input != null && input.getName() != null && input.getName().endsWith(EXTENSION);
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
