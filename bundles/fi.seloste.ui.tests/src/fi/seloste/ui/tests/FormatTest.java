package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.action.SubContributionManager;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.format.DocumentFormatter;
import fi.seloste.ui.internal.format.EditorFormatting;
import fi.seloste.ui.internal.format.FormatMessages;

/** Format (Ctrl+Shift+F) gives the editor's text the layout of {@code seloste format}. */
public class FormatTest extends WorkbenchTestCase {

	private static final String FORMAT = "fi.seloste.ui.format";
	private static final String FIXTURE = "notice-finnish.seloste";

	@Test
	public void aBadlyLaidOutFileGetsTheFormattersCanonicalTextAsOneUndoableChange() throws Exception {
		ITextEditor editor = openFixture();
		IDocument document = document(editor);
		String original = document.get();
		String canonical = Files.readString(TestProject.fixtures().resolve("formatter/notice-finnish.formatted"),
				StandardCharsets.UTF_8);
		assertNotEquals(canonical, original, "the fixture is badly laid out");
		int caret = original.indexOf("Asiakassuhde \"asiakassuhteen");
		editor.selectAndReveal(caret, 0);

		CommandSupport.execute(editor, FORMAT);

		assertEquals(canonical, document.get(), "the text after Format equals seloste format's golden file");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(canonical.indexOf("Asiakassuhde \"asiakassuhteen"), selection.getOffset(),
				"the caret stays at the word it was at");

		IUndoManager undo = ((ITextViewerExtension6) viewer(editor)).getUndoManager();
		undo.undo();
		assertEquals(original, document.get(), "one undo restores the text");
	}

	@Test
	public void aFileWithASyntaxErrorIsLeftAsItIs() throws Exception {
		ITextEditor editor = openFixture();
		IDocument document = document(editor);
		document.replace(document.get().indexOf("rekisteri Asiakkaat"), 0, "rekisteri { ");
		String broken = document.get();

		CommandSupport.execute(editor, FORMAT);
		assertEquals(broken, document.get(), "unchanged by the command");
		assertTrue(statusLineTexts(editor).contains(FormatMessages.syntaxErrors),
				"the status line says why: " + statusLineTexts(editor));

		EditorFormatting formatting = new EditorFormatting(new DocumentFormatter(SelosteInjector.get()));
		assertEquals(EditorFormatting.Outcome.SYNTAX_ERRORS, formatting.format(editor), "the reason given");
		assertEquals(broken, document.get());
	}

	@Test
	public void formattingAFormattedFileChangesNothingAndCtrlShiftFIsBound() throws Exception {
		ITextEditor editor = openFixture();
		CommandSupport.execute(editor, FORMAT);
		String formatted = document(editor).get();

		EditorFormatting formatting = new EditorFormatting(new DocumentFormatter(SelosteInjector.get()));
		assertEquals(EditorFormatting.Outcome.ALREADY_FORMATTED, formatting.format(editor));
		assertEquals(formatted, document(editor).get());
		assertFalse(formatted.isEmpty());
		CommandSupport.assertBound(editor, FORMAT, "CTRL+SHIFT+F");
	}

	/** The texts the workbench window's status line shows. */
	private static List<String> statusLineTexts(ITextEditor editor) {
		IContributionManager manager = editor.getEditorSite().getActionBars().getStatusLineManager();
		while (manager instanceof SubContributionManager sub) {
			manager = sub.getParent();
		}
		List<String> texts = new ArrayList<>();
		collectLabels(((StatusLineManager) manager).getControl(), texts);
		return texts;
	}

	private static void collectLabels(Control control, List<String> texts) {
		if (control instanceof CLabel label && label.getText() != null) {
			texts.add(label.getText());
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectLabels(child, texts);
			}
		}
	}

	private ITextEditor openFixture() throws Exception {
		project = TestProject.withFixtures("format", "formatter/" + FIXTURE);
		return open(project.file(FIXTURE));
	}
}
