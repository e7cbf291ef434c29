package fi.seloste.ui.internal.format;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;

/** Formats the text of an editor as one undoable change, keeping the caret by the text it was at. */
public final class EditorFormatting {

	/** What formatting did to an editor's text. */
	public enum Outcome {
		FORMATTED, ALREADY_FORMATTED, SYNTAX_ERRORS, READ_ONLY
	}

	private final DocumentFormatter formatter;

	public EditorFormatting(DocumentFormatter formatter) {
		this.formatter = formatter;
	}

	public Outcome format(ITextEditor editor) throws BadLocationException {
		if (editor instanceof ITextEditorExtension2 extension && !extension.validateEditorInputState()) {
			return Outcome.READ_ONLY;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		List<ITextReplacement> edits = formatter.edits(document.get());
		if (edits == null) {
			return Outcome.SYNTAX_ERRORS;
		}
		if (edits.isEmpty()) {
			return Outcome.ALREADY_FORMATTED;
		}
		// The caret as a position: the document moves it with each edit, so it stays by the same word.
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		Position caret = new Position(selection.getOffset(), 0);
		document.addPosition(caret);
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
			target.setRedraw(false);
		}
		try {
			DocumentFormatter.apply(document, edits);
		} finally {
			if (target != null) {
				target.setRedraw(true);
				target.endCompoundChange();
			}
			document.removePosition(caret);
		}
		editor.selectAndReveal(caret.getOffset(), 0);
		return Outcome.FORMATTED;
	}
}
