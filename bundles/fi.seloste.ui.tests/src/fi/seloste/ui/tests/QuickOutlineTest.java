package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.treeLabels;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.navigation.QuickOutlineHandler;
import fi.seloste.ui.internal.navigation.QuickOutlinePopup;
import fi.seloste.ui.internal.outline.OutlineModels;

/** Quick Outline (Ctrl+O): the file's outline in a popup, filtered as you type; Enter goes to the entry. */
public class QuickOutlineTest extends WorkbenchTestCase {

	private static final String COMMAND = "fi.seloste.ui.quickOutline";

	@AfterEach
	public void closePopup() {
		QuickOutlinePopup popup = QuickOutlineHandler.lastPopup();
		if (popup != null && popup.getShell() != null && !popup.getShell().isDisposed()) {
			popup.close();
		}
	}

	@Test
	public void ctrlOShowsTheOutlineFilteredAsYouTypeAndEnterGoesToTheEntry() throws Exception {
		project = TestProject.withExamples("quick-outline", "tietosuojaseloste.seloste");
		ITextEditor editor = open(project.file("tietosuojaseloste.seloste"));
		waitUntil("the file has an outline", () -> OutlineModels.INSTANCE.latest(document(editor)) != null);
		CommandSupport.assertBound(editor, COMMAND, "M1+O");

		CommandSupport.execute(editor, COMMAND);
		QuickOutlinePopup popup = QuickOutlineHandler.lastPopup();
		assertNotNull(popup, "Ctrl+O opens the quick outline");
		assertTrue(popup.getShell().isVisible());
		List<String> all = treeLabels(popup.viewer().getTree());
		assertEquals("seloste RevontuliKahvila", all.get(0));
		assertTrue(all.contains("    tietoryhmä Yhteystiedot"), all::toString);

		popup.filterText().setText("uutis");
		processEvents();
		List<String> filtered = treeLabels(popup.viewer().getTree());
		assertTrue(filtered.contains("    tarkoitus Uutiskirje (suostumus)"), filtered::toString);
		assertFalse(filtered.contains("    tietoryhmä Yhteystiedot"), filtered::toString);
		assertEquals("tarkoitus Uutiskirje (suostumus)", popup.viewer().getTree().getSelection()[0].getText(),
				"the first entry that matches is selected");

		popup.filterText().notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertTrue(popup.getShell() == null || popup.getShell().isDisposed(), "Enter closes the popup");
		assertNull(QuickOutlineHandler.lastPopup(), "a closed popup (and its editor) is not kept");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("Uutiskirje", selection.getText());
		assertEquals(document(editor).get().indexOf("tarkoitus Uutiskirje") + "tarkoitus ".length(),
				selection.getOffset());
	}

	@Test
	public void ctrlORightAfterTypingWaitsForTheOutlineOfTheNewText() throws Exception {
		project = TestProject.withExamples("quick-outline-stale", "tietosuojaseloste.seloste");
		ITextEditor editor = open(project.file("tietosuojaseloste.seloste"));
		waitUntil("the file has an outline", () -> OutlineModels.INSTANCE.latest(document(editor)) != null);

		document(editor).replace(0, 0, "// uusi rivi siirtää kaikkea\n");
		CommandSupport.execute(editor, COMMAND);

		assertNull(QuickOutlineHandler.lastPopup(), "no popup with the old text's offsets");
		IDocumentExtension4 document = (IDocumentExtension4) document(editor);
		waitUntil("the outline of the new text", () -> OutlineModels.INSTANCE.latest(document(editor)) != null
				&& OutlineModels.INSTANCE.latest(document(editor)).documentStamp() == document.getModificationStamp());
		CommandSupport.execute(editor, COMMAND);
		assertNotNull(QuickOutlineHandler.lastPopup(), "once reconciled, Ctrl+O opens the quick outline");
	}

}
