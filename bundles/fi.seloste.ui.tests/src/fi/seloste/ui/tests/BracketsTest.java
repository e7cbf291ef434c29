package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.styledText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.editing.SelosteBracketMatcher;

/** Matching brackets, and brackets and quotes closed as they are typed. */
public class BracketsTest extends WorkbenchTestCase {

	@Test
	public void theMatcherFindsTheClosingBraceOfABlockAndTheEditorJumpsToIt() throws Exception {
		ITextEditor editor = openExample();
		IDocument document = document(editor);
		// braces in a text and in a comment are no code: they must not pair with the block's
		int name = document.get().indexOf("\t\tnimi \"Revontuli Kahvila Oy\"");
		document.replace(name, 0, "\t\tkuvaus \"} a { b\" // }\n");
		String text = document.get();
		int open = text.indexOf("{", text.indexOf("\trekisterinpitäjä RevontuliKahvilaOy"));
		int close = text.indexOf("\n\t}\n", open) + 2;

		SelosteBracketMatcher matcher = new SelosteBracketMatcher();
		IRegion match = matcher.match(document, open + 1);
		assertNotNull(match, "a partner for the controller's {");
		assertEquals(open, match.getOffset());
		assertEquals(close + 1, match.getOffset() + match.getLength(), "the block ends at its }");
		assertEquals(match, matcher.match(document, close + 1), "and back from the }");
		assertNull(matcher.match(document, text.indexOf("a { b") + 3), "a { in a text has no partner");

		// Ctrl+Shift+P of the Generic Editor uses the contributed matcher
		editor.selectAndReveal(open + 1, 0);
		CommandSupport.execute(editor, "org.eclipse.ui.genericeditor.gotoMatchingBracket");
		int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		assertTrue(caret == close || caret == close + 1, "the caret jumped to the } at " + close + ", is at " + caret);
	}

	@Test
	public void typedBracketsAndQuotesAreClosedAndClosingCharactersAreTypedOver() throws Exception {
		ITextEditor editor = openExample();
		IDocument document = document(editor);
		int line = document.get().indexOf("\tversio \"2.0\"");
		document.replace(line, 0, "\tsuojaus \n");
		int at = line + "\tsuojaus ".length();

		type(editor, at, '{');
		assertEquals("\tsuojaus {}\n", lineAt(document, line), "{ is closed");
		assertEquals(at + 1, caret(editor), "the caret between the braces");
		type(editor, at + 1, '}');
		assertEquals("\tsuojaus {}\n", lineAt(document, line), "a typed } moves over the one inserted");
		assertEquals(at + 2, caret(editor));

		type(editor, at + 1, ' ');
		type(editor, at + 2, '"');
		assertEquals("\tsuojaus { \"\"}\n", lineAt(document, line), "a new text's quote is closed");
		type(editor, at + 3, 'a');
		type(editor, at + 4, '{');
		assertEquals("\tsuojaus { \"a{\"}\n", lineAt(document, line), "inside a text a { stays alone");
		type(editor, at + 5, '"');
		assertEquals("\tsuojaus { \"a{\"}\n", lineAt(document, line), "the closing quote is typed over");
		assertEquals(at + 6, caret(editor));
	}

	private ITextEditor openExample() throws Exception {
		project = TestProject.withExamples("brackets", "tietosuojaseloste.seloste");
		return open(project.file("tietosuojaseloste.seloste"));
	}

	/** Types one character at the offset as the keyboard would, through the editor's auto edit strategies. */
	private static void type(ITextEditor editor, int offset, char character) {
		editor.selectAndReveal(offset, 0);
		StyledText widget = styledText(editor);
		Event event = new Event();
		event.character = character;
		widget.notifyListeners(SWT.KeyDown, event);
		processEvents();
	}

	private static int caret(ITextEditor editor) {
		return ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
	}

	private static String lineAt(IDocument document, int offset) throws Exception {
		int line = document.getLineOfOffset(offset);
		return document.get(document.getLineOffset(line), document.getLineLength(line));
	}
}
