package fi.seloste.ui.internal.format;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.IEditorStatusLine;
import org.eclipse.ui.texteditor.ITextEditor;

import fi.seloste.ui.internal.SelosteInjector;

/**
 * The Format command (Ctrl+Shift+F) of a Seloste file in the Generic Editor, active only there (see
 * plugin.xml). Says on the status line why nothing changed.
 */
public final class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ITextEditor editor = Adapters.adapt(HandlerUtil.getActiveEditor(event), ITextEditor.class);
		if (editor == null) {
			return null;
		}
		try {
			EditorFormatting.Outcome outcome = new EditorFormatting(new DocumentFormatter(SelosteInjector.get()))
					.format(editor);
			show(editor, outcome);
		} catch (BadLocationException e) {
			throw new ExecutionException("The formatter's edits do not fit the text", e);
		}
		return null;
	}

	private static void show(ITextEditor editor, EditorFormatting.Outcome outcome) {
		IEditorStatusLine statusLine = editor.getAdapter(IEditorStatusLine.class);
		if (statusLine == null) {
			return;
		}
		switch (outcome) {
			case SYNTAX_ERRORS -> statusLine.setMessage(true, FormatMessages.syntaxErrors, null);
			case ALREADY_FORMATTED -> statusLine.setMessage(false, FormatMessages.alreadyFormatted, null);
			case READ_ONLY -> statusLine.setMessage(true, FormatMessages.readOnly, null);
			case FORMATTED -> statusLine.setMessage(false, null, null);
		}
	}
}
