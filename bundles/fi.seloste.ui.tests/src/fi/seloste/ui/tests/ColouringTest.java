package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.styleAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.highlighting.TokenStyle;

/** Keyword, text, comment and number colouring in the Generic Editor, in both keyword languages. */
public class ColouringTest extends WorkbenchTestCase {

	@Test
	public void finnishKeywordsNamesTextsCommentsAndDatesEachHaveTheirStyle() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		String text = document(editor).get();

		assertStyle(TokenStyle.COMMENT, editor, 0, "// Esimerkki");
		assertStyle(TokenStyle.KEYWORD, editor, text.indexOf("\trekisteri Asiakasrekisteri") + 1, "rekisteri");
		assertDefaultStyle(editor, text.indexOf("rekisteri Asiakasrekisteri") + "rekisteri ".length(),
				"the name Asiakasrekisteri");
		assertStyle(TokenStyle.KEYWORD, editor, text.indexOf("otsikko fi") + "otsikko ".length(), "language code fi");
		assertStyle(TokenStyle.STRING, editor, text.indexOf("\"Tietosuojaseloste –") + 1, "a text");
		assertStyle(TokenStyle.NUMBER, editor, text.indexOf("laadittu 2026-02-02") + "laadittu 2026-0".length(),
				"a date");
		assertStyle(TokenStyle.KEYWORD, editor, text.indexOf("y-tunnus") + "y-t".length(), "y-tunnus after the '-'");
		assertStyle(TokenStyle.KEYWORD, editor, text.indexOf("\tsähköposti") + "\tsähk".length(), "sähköposti at the ö");
		assertDefaultStyle(editor, text.indexOf("{"), "a brace");
	}

	@Test
	public void englishKeywordsAreColouredLikeFinnishOnes() throws Exception {
		ITextEditor editor = openExample("privacy-notice.seloste");
		String text = document(editor).get();

		assertStyle(TokenStyle.KEYWORD, editor, text.indexOf("notice NorthwindAnalytics"), "notice");
		assertDefaultStyle(editor, text.indexOf("NorthwindAnalytics {"), "the name NorthwindAnalytics");
		assertStyle(TokenStyle.KEYWORD, editor, text.indexOf("\tregister ") + 1, "register");
		assertStyle(TokenStyle.KEYWORD, editor, text.indexOf("data-protection-officer") + "data-protection-o".length(),
				"data-protection-officer");
		assertStyle(TokenStyle.STRING, editor, text.indexOf("\"Northwind Analytics Oy\"") + 1, "a text");
	}

	@Test
	public void textsAndCommentsThatSpanLinesAreRecolouredAfterEachEdit() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		IDocument document = document(editor);
		int controller = document.get().indexOf("\trekisterinpitäjä RevontuliKahvilaOy");
		int nimi = document.get().indexOf("nimi \"Revontuli Kahvila Oy\"");
		int register = document.get().indexOf("\trekisteri Asiakasrekisteri") + 1;

		// an opened block comment runs on to the end of the file
		document.replace(controller, 0, "/*");
		assertStyle(TokenStyle.COMMENT, editor, nimi + 2, "nimi on the line after /*");
		assertStyle(TokenStyle.COMMENT, editor, register + 2, "rekisteri 20 lines after /*");
		document.replace(controller + 2, 0, "*/");
		assertStyle(TokenStyle.KEYWORD, editor, nimi + 4, "nimi after the comment was closed");
		document.replace(controller, 4, "");
		assertStyle(TokenStyle.KEYWORD, editor, nimi, "nimi once the comment is gone");

		// an opened text runs on to the next quote, on a later line
		document.replace(controller, 0, "\"");
		assertStyle(TokenStyle.STRING, editor, nimi + 1, "nimi inside the opened text");
		assertDefaultStyle(editor, nimi + 1 + "nimi \"".length(), "Revontuli, now outside a text");
		document.replace(controller, 1, "");
		assertStyle(TokenStyle.KEYWORD, editor, nimi, "nimi once the quote is gone");
		assertStyle(TokenStyle.STRING, editor, nimi + "nimi \"".length(), "Revontuli, a text again");

		// an escaped quote does not end a text; ^ makes a keyword a name
		int line = document.get().indexOf("\tnimi \"Revontuli Kahvila Oy\"");
		String inserted = "\tkuvaus \"a \\\" rekisteri\" nimi ^nimi\n";
		document.replace(line, 0, inserted);
		assertStyle(TokenStyle.STRING, editor, line + inserted.indexOf("rekisteri"), "rekisteri after \\\"");
		assertStyle(TokenStyle.KEYWORD, editor, line + inserted.indexOf(" nimi") + 1, "nimi after the text");
		assertDefaultStyle(editor, line + inserted.indexOf("^nimi") + 1, "the name ^nimi");
	}

	private ITextEditor openExample(String example) throws Exception {
		project = TestProject.withExamples("colouring-" + example.replace('.', '-'), example);
		return open(project.file(example));
	}

	private static void assertStyle(TokenStyle expected, ITextEditor editor, int offset, String what) {
		assertTrue(offset >= 0, what + ": not found in the example");
		StyleRange style = styleAt(editor, offset);
		assertNotNull(style, what + ": default style, expected " + expected);
		assertNotNull(style.foreground, what + ": no colour, expected " + expected);
		assertEquals(expected.rgb(), style.foreground.getRGB(), what + ": colour");
		assertEquals(expected.fontStyle(), style.fontStyle & (SWT.BOLD | SWT.ITALIC), what + ": font style");
	}

	private static void assertDefaultStyle(ITextEditor editor, int offset, String what) {
		assertTrue(offset >= 0, what + ": not found in the example");
		StyleRange style = styleAt(editor, offset);
		if (style != null) {
			assertNull(style.foreground, what + ": colour");
			assertEquals(SWT.NORMAL, style.fontStyle & (SWT.BOLD | SWT.ITALIC), what + ": font style");
		}
	}
}
