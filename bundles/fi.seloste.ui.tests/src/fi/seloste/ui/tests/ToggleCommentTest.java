package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/** Toggle Comment (Ctrl+/, Ctrl+7) comments lines out with // and in again. */
public class ToggleCommentTest extends WorkbenchTestCase {

	private static final String TOGGLE = "fi.seloste.ui.toggleComment";

	@Test
	public void theSelectedLinesAreCommentedOutAndInAgain() throws Exception {
		ITextEditor editor = openExample();
		IDocument document = document(editor);
		String original = document.get();
		int start = original.indexOf("\t\ty-tunnus \"3179456-0\"");
		int end = original.indexOf("\t\tpuhelin \"+358 8 123 4567\"") + 5; // into the third line
		editor.selectAndReveal(start + 3, end - start - 3);

		CommandSupport.execute(editor, TOGGLE);
		String commented = document.get();
		assertTrue(commented.contains("//\t\ty-tunnus \"3179456-0\"\n//\t\tosoite \"Kauppurienkatu 12, 90100 Oulu\"\n"
				+ "//\t\tpuhelin \"+358 8 123 4567\"\n\t\tsähköposti"), "three lines commented:\n" + excerpt(commented, start));
		assertEquals(original.length() + 3 * 2, commented.length(), "nothing else changed");

		CommandSupport.execute(editor, TOGGLE);
		assertEquals(original, document.get(), "toggled back");
	}

	@Test
	public void aLineWithTheCaretIsToggledAndBothKeysAreBound() throws Exception {
		ITextEditor editor = openExample();
		IDocument document = document(editor);
		String original = document.get();
		int line = original.indexOf("\tversio \"2.0\"");
		editor.selectAndReveal(line + 4, 0);

		CommandSupport.execute(editor, TOGGLE);
		assertEquals(original.substring(0, line) + "//" + original.substring(line), document.get());
		CommandSupport.execute(editor, TOGGLE);
		assertEquals(original, document.get());

		CommandSupport.assertBound(editor, TOGGLE, "CTRL+/");
		CommandSupport.assertBound(editor, TOGGLE, "CTRL+7");
	}

	private ITextEditor openExample() throws Exception {
		project = TestProject.withExamples("toggle-comment", "tietosuojaseloste.seloste");
		return open(project.file("tietosuojaseloste.seloste"));
	}

	private static String excerpt(String text, int from) {
		return text.substring(from, Math.min(text.length(), from + 200));
	}
}
