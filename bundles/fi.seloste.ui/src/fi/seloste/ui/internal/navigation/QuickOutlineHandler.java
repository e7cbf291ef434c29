package fi.seloste.ui.internal.navigation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import fi.seloste.ui.internal.outline.OutlineModels;

/** Quick Outline (Ctrl+O) in a Seloste editor. */
public final class QuickOutlineHandler extends AbstractHandler {

	/** The popup opened last (for tests); {@code null} before the first. */
	private static QuickOutlinePopup last;

	@Override
	public Object execute(ExecutionEvent event) {
		SelosteEditors.Target target = SelosteEditors.of(HandlerUtil.getActiveEditor(event));
		if (target == null) {
			return null;
		}
		OutlineModels.Snapshot snapshot = OutlineModels.INSTANCE.latest(target.document());
		if (snapshot == null) {
			target.editor().getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage(NavigationMessages.format("notCurrent"));
			return null;
		}
		last = new QuickOutlinePopup(HandlerUtil.getActiveShell(event), target.editor(), snapshot.roots());
		last.open();
		return null;
	}

	public static QuickOutlinePopup lastPopup() {
		return last;
	}
}
