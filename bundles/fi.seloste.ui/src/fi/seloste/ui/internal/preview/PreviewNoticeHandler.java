package fi.seloste.ui.internal.preview;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Preview Notice: opens the preview beside the editor, without taking the focus from it. */
public class PreviewNoticeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IWorkbenchPage page = window.getActivePage();
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		try {
			PreviewView view = (PreviewView) page.showView(PreviewView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			if (editor != null) {
				view.follow(editor);
			}
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the notice preview", e);
		}
		return null;
	}
}
