package fi.seloste.ui.internal.navigation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.ui.handlers.HandlerUtil;

import fi.seloste.ui.internal.outline.OutlineModels;

/** Quick Outline (Ctrl+O) in a Seloste editor. */
public final class QuickOutlineHandler extends AbstractHandler {

	/** The popup open now (for tests); {@code null} when none is (cleared on close, not to keep the editor). */
	private static QuickOutlinePopup last;

	@Override
	public Object execute(ExecutionEvent event) {
		SelosteEditors.Target target = SelosteEditors.of(HandlerUtil.getActiveEditor(event));
		if (target == null) {
			return null;
		}
		OutlineModels.Snapshot snapshot = OutlineModels.INSTANCE.latest(target.document());
		// right after typing the outline's offsets are those of the old text: going there would miss
		if (snapshot == null || !isCurrent(snapshot, target.document())) {
			target.editor().getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage(NavigationMessages.format("notCurrent"));
			return null;
		}
		QuickOutlinePopup popup = new QuickOutlinePopup(HandlerUtil.getActiveShell(event), target.editor(), snapshot.roots());
		last = popup;
		popup.open();
		if (popup.getShell() != null) {
			popup.getShell().addDisposeListener(e -> {
				if (last == popup) {
					last = null;
				}
			});
		}
		return null;
	}

	/** Whether the outline was made from the document's present text (as ReconciledModels.latest checks). */
	private static boolean isCurrent(OutlineModels.Snapshot snapshot, IDocument document) {
		return document instanceof IDocumentExtension4 extension
				&& snapshot.documentStamp() != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP
				&& snapshot.documentStamp() == extension.getModificationStamp();
	}

	/** The popup open now; {@code null} when none is. */
	public static QuickOutlinePopup lastPopup() {
		return last;
	}
}
