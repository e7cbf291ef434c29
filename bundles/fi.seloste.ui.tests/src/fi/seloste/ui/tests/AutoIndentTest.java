package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.styledText;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * B4: Enter and a closing brace typed into the editor (key events on the text widget, so that the
 * editor's auto-edit strategies apply) keep the formatter's layout. {@code |} marks the caret.
 */
public class AutoIndentTest extends WorkbenchTestCase {

	@Test
	public void enterKeepsTheIndentationOfTheLine() throws Exception {
		assertTyped("seloste S {\n\totsikko fi \"T\"|\n}\n", "\n", "seloste S {\n\totsikko fi \"T\"\n\t|\n}\n");
	}

	@Test
	public void enterAfterAnOpeningBraceIndentsOneLevel() throws Exception {
		assertTyped("seloste S {\n\trekisteri R {|\n\t}\n}\n", "\n", "seloste S {\n\trekisteri R {\n\t\t|\n\t}\n}\n");
	}

	@Test
	public void enterBetweenBracesPutsTheClosingBraceOnItsOwnLine() throws Exception {
		assertTyped("seloste Testi {|}\n", "\n", "seloste Testi {\n\t|\n}\n");
		assertTyped("seloste S {\n\trekisteri R {|}\n}\n", "\n", "seloste S {\n\trekisteri R {\n\t\t|\n\t}\n}\n");
	}

	@Test
	public void aClosingBraceOnABlankLineGoesToItsBlocksIndentation() throws Exception {
		assertTyped("seloste S {\n\trekisteri R {\n\t\totsikko fi \"T\"\n\t\t|\n}\n", "}",
				"seloste S {\n\trekisteri R {\n\t\totsikko fi \"T\"\n\t}|\n}\n");
	}

	@Test
	public void enterBeforeAnIndentedLinesTextKeepsItIndented() throws Exception {
		assertTyped("seloste S {\n\t|otsikko fi \"T\"\n}\n", "\n", "seloste S {\n\t\n\t|otsikko fi \"T\"\n}\n");
	}

	@Test
	public void enterInATextKeepsTheIndentationOnly() throws Exception {
		assertTyped("seloste S {\n\totsikko fi \"T {|\"\n}\n", "\n", "seloste S {\n\totsikko fi \"T {\n\t|\"\n}\n");
	}

	/** Types {@code typed} at the caret of {@code before} and compares text and caret with {@code after}. */
	private void assertTyped(String before, String typed, String after) throws Exception {
		if (project == null) {
			project = TestProject.withExamples("auto-indent");
		}
		IFile file = project.file("uusi" + System.nanoTime() + ".seloste");
		String text = before.replace("|", "");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		ITextViewer viewer = viewer(editor);
		StyledText widget = styledText(editor);
		int caret = before.indexOf('|');
		widget.setSelection(((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(caret));
		widget.setFocus();
		for (char c : typed.toCharArray()) {
			Event key = new Event();
			key.character = c == '\n' ? '\r' : c;
			key.keyCode = c == '\n' ? SWT.CR : c;
			key.doit = true;
			widget.notifyListeners(SWT.KeyDown, key);
		}
		processEvents();
		int newCaret = ((ITextViewerExtension5) viewer).widgetOffset2ModelOffset(widget.getCaretOffset());
		String shown = document.get();
		assertEquals(after, shown.substring(0, newCaret) + "|" + shown.substring(newCaret));
		EditorSupport.page().closeEditor(editor, false);
	}
}
