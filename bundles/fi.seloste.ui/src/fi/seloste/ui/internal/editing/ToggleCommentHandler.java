package fi.seloste.ui.internal.editing;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension2;

/**
 * Toggle Comment (Ctrl+/, Ctrl+7) in a Seloste file. The Generic Editor of 4.39 has no comment command
 * of its own (TM4E's is driven by a language configuration, which Seloste does not use), so this is the
 * Seloste one, active only for Seloste files (plugin.xml). One undoable change.
 */
public final class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ITextEditor editor = Adapters.adapt(HandlerUtil.getActiveEditor(event), ITextEditor.class);
		if (editor == null || editor instanceof ITextEditorExtension2 extension && !extension.validateEditorInputState()) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			IRegion lines = LineComments.toggle(document, selection.getOffset(), selection.getLength());
			if (selection.getLength() > 0) {
				editor.selectAndReveal(lines.getOffset(), lines.getLength());
			}
		} catch (BadLocationException e) {
			throw new ExecutionException("The selection is outside the text", e);
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
		return null;
	}
}
