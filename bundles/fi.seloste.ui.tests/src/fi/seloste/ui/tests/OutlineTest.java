package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.page;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.treeLabels;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.SelosteUiPlugin;
import fi.seloste.ui.internal.outline.OutlineNode;
import fi.seloste.ui.internal.outline.SelosteOutlinePage;

/** The Outline view of a Seloste file: its structure in the file's keyword language, linked to the text. */
public class OutlineTest extends WorkbenchTestCase {

	@AfterEach
	public void hideOutline() throws Exception {
		if (page().findView(IPageLayout.ID_OUTLINE) != null) {
			page().hideView(page().findView(IPageLayout.ID_OUTLINE));
		}
	}

	@Test
	public void aFinnishNoticeHasAFinnishOutline() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		List<String> outline = outline(editor, "seloste RevontuliKahvila");

		assertEquals("seloste RevontuliKahvila", outline.get(0));
		assertContainsInOrder(outline,
				"  rekisterinpitäjä RevontuliKahvilaOy",
				"  yhteyshenkilö AinoKorhonen",
				"  ei-tietosuojavastaavaa",
				"  rekisteri Asiakasrekisteri",
				"    rekisteröidyt Asiakkaat",
				"    tietoryhmä Yhteystiedot",
				"    tarkoitus Tilaukset (sopimus)",
				"      säilytys kunnes sopimuksen-päättyminen + 3 vuotta",
				"    tarkoitus Kirjanpito (lakisääteinen-velvoite)",
				"    tarkoitus Uutiskirje (suostumus)",
				"    lähde rekisteröity",
				"    vastaanottaja Kassavirta",
				"    käsittelijä AuroraMail",
				"    siirto UutiskirjeenLahetys",
				"    tietojen-antaminen vapaaehtoinen",
				"  eväste Istunto",
				"  evästekäytäntö",
				"  oikeudet",
				"  valvontaviranomainen Tietosuojavaltuutettu",
				"  automaattinen-päätöksenteko ei-käytössä");
	}

	@Test
	public void anEnglishNoticeHasAnEnglishOutline() throws Exception {
		ITextEditor editor = openExample("privacy-notice.seloste");
		List<String> outline = outline(editor, "notice NorthwindAnalytics");

		assertEquals("notice NorthwindAnalytics", outline.get(0));
		assertContainsInOrder(outline,
				"  controller NorthwindAnalyticsOy",
				"  register Customers",
				"    data-category Contact",
				"    purpose ServiceDelivery (legitimate-interests)",
				"      retention until end-of-contract + 6 months",
				"    purpose Billing (legal-obligation)",
				"      retention 10 years from end-of-financial-year",
				"    purpose WebAnalytics (consent)",
				"    processor NordicCloud");
	}

	@Test
	public void selectingAnEntrySelectsTheElementsNameAndEditsRefreshTheOutline() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		outline(editor, "seloste RevontuliKahvila");
		SelosteOutlinePage outlinePage = outlinePage(editor);

		OutlineNode purpose = find(outlinePage, "tarkoitus Uutiskirje (suostumus)");
		outlinePage.setSelection(new StructuredSelection(purpose));
		processEvents();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("Uutiskirje", selection.getText(), "the editor's selection");
		assertEquals(document(editor).get().indexOf("tarkoitus Uutiskirje") + "tarkoitus ".length(),
				selection.getOffset());

		IDocument document = document(editor);
		int name = document.get().indexOf("tarkoitus Uutiskirje") + "tarkoitus ".length();
		document.replace(name, "Uutiskirje".length(), "Kuukausikirje");
		waitUntil("the outline shows the renamed purpose",
				() -> labels(outlinePage).contains("    tarkoitus Kuukausikirje (suostumus)"));
	}

	@Test
	public void anEntrySelectedBeforeTheOutlineCaughtUpWithTypingSelectsNothing() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		outline(editor, "seloste RevontuliKahvila");
		SelosteOutlinePage outlinePage = outlinePage(editor);
		OutlineNode stale = find(outlinePage, "tarkoitus Uutiskirje (suostumus)");

		IDocument document = document(editor);
		editor.selectAndReveal(0, 0);
		document.replace(0, 0, "// moves every offset of the outline\n");
		// no event loop in between: the reconcile's new outline cannot have arrived yet
		outlinePage.setSelection(new StructuredSelection(stale));
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(0, selection.getLength(), "the editor's selection after a click on a stale outline");

		waitUntil("the outline is made from the edited text",
				() -> find(outlinePage, "tarkoitus Uutiskirje (suostumus)") != stale);
		outlinePage.setSelection(new StructuredSelection(find(outlinePage, "tarkoitus Uutiskirje (suostumus)")));
		processEvents();
		selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("Uutiskirje", selection.getText(), "the editor's selection");
		assertEquals(document.get().indexOf("tarkoitus Uutiskirje") + "tarkoitus ".length(), selection.getOffset());
	}

	@Test
	public void movingTheCaretSelectsTheEnclosingEntryUnlessUnlinked() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		outline(editor, "seloste RevontuliKahvila");
		SelosteOutlinePage outlinePage = outlinePage(editor);
		String text = document(editor).get();
		int inPurpose = text.indexOf("peruste", text.indexOf("tarkoitus Uutiskirje")) + 2;

		editor.selectAndReveal(inPurpose, 0);
		waitUntil("the outline selects the purpose the caret is in",
				() -> "tarkoitus Uutiskirje (suostumus)".equals(selectedLabel(outlinePage)));
		ITextSelection caret = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(inPurpose, caret.getOffset(), "the caret stays where it was put");
		assertEquals(0, caret.getLength());

		IAction link = outlinePage.linkWithEditorAction();
		assertTrue(link.isChecked(), "Link with Editor is on by default");
		IPreferenceStore store = SelosteUiPlugin.getDefault().getPreferenceStore();
		assertTrue(store.getDefaultBoolean(SelosteOutlinePage.LINK_WITH_EDITOR), "the stored default means linked");
		link.setChecked(false);
		link.run();
		assertFalse(store.getBoolean(SelosteOutlinePage.LINK_WITH_EDITOR), "the preference stores the positive meaning");
		try {
			boolean[] moved = { false };
			ISelectionChangedListener caretMoved = event -> moved[0] = true;
			((IPostSelectionProvider) editor.getSelectionProvider()).addPostSelectionChangedListener(caretMoved);
			editor.selectAndReveal(text.indexOf("tietoryhmä Yhteystiedot") + 3, 0);
			waitUntil("the caret has moved", () -> moved[0]);
			((IPostSelectionProvider) editor.getSelectionProvider()).removePostSelectionChangedListener(caretMoved);
			assertEquals("tarkoitus Uutiskirje (suostumus)", selectedLabel(outlinePage),
					"unlinked, the outline keeps its selection");
		} finally {
			link.setChecked(true);
			link.run();
		}
		assertTrue(store.getBoolean(SelosteOutlinePage.LINK_WITH_EDITOR));
		waitUntil("linked again, the outline selects the category the caret is in",
				() -> "tietoryhmä Yhteystiedot".equals(selectedLabel(outlinePage)));
	}

	private static String selectedLabel(SelosteOutlinePage outlinePage) {
		TreeItem[] selection = ((Tree) outlinePage.getControl()).getSelection();
		return selection.length == 1 ? selection[0].getText() : null;
	}

	private ITextEditor openExample(String example) throws Exception {
		project = TestProject.withExamples("outline-" + example.replace('.', '-'), example);
		return open(project.file(example));
	}

	/** Shows the Outline view for the editor and waits until it has the notice's outline. */
	private static List<String> outline(ITextEditor editor, String firstLabel) throws Exception {
		page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		waitUntil("the Outline view shows " + firstLabel, () -> {
			SelosteOutlinePage outlinePage = currentPage();
			return outlinePage != null && !labels(outlinePage).isEmpty()
					&& labels(outlinePage).get(0).equals(firstLabel);
		});
		return labels(outlinePage(editor));
	}

	private static SelosteOutlinePage outlinePage(ITextEditor editor) {
		IContentOutlinePage outlinePage = currentPage();
		assertNotNull(outlinePage, "the Outline view has a page for the editor");
		return assertInstanceOf(SelosteOutlinePage.class, outlinePage);
	}

	private static SelosteOutlinePage currentPage() {
		ContentOutline view = (ContentOutline) page().findView(IPageLayout.ID_OUTLINE);
		return view != null && view.getCurrentPage() instanceof SelosteOutlinePage outlinePage ? outlinePage : null;
	}

	/** The labels of the whole tree, depth first, indented by two spaces per level. */
	private static List<String> labels(SelosteOutlinePage outlinePage) {
		return treeLabels((Tree) outlinePage.getControl());
	}

	private static OutlineNode find(SelosteOutlinePage outlinePage, String label) {
		List<TreeItem> pending = new ArrayList<>(List.of(((Tree) outlinePage.getControl()).getItems()));
		while (!pending.isEmpty()) {
			TreeItem item = pending.remove(0);
			if (item.getText().equals(label)) {
				return (OutlineNode) item.getData();
			}
			pending.addAll(List.of(item.getItems()));
		}
		throw new AssertionError("no outline entry " + label + " in " + labels(outlinePage));
	}

	private static void assertContainsInOrder(List<String> actual, String... expected) {
		int from = 0;
		for (String line : expected) {
			int index = actual.subList(from, actual.size()).indexOf(line);
			assertTrue(index >= 0, "missing (or out of order): '" + line + "' in\n" + String.join("\n", actual));
			from += index + 1;
		}
	}

	/** Each kind of element has an icon of its own (Studio review, section 5: one generic icon for all). */
	@Test
	public void eachKindOfElementHasAnIconOfItsOwn() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		outline(editor, "seloste RevontuliKahvila");
		SelosteOutlinePage outlinePage = outlinePage(editor);
		java.util.Map<String, String> kinds = java.util.Map.of("seloste RevontuliKahvila", "Notice",
				"rekisteri Asiakasrekisteri", "Register", "tarkoitus Tilaukset (sopimus)", "Purpose",
				"säilytys kunnes sopimuksen-päättyminen + 3 vuotta", "Retention", "eväste Istunto", "Cookie",
				"oikeudet", "Rights", "tietoryhmä Yhteystiedot", "DataCategory");
		java.util.Set<org.eclipse.swt.graphics.Image> images = new java.util.HashSet<>();
		kinds.forEach((label, kind) -> {
			org.eclipse.swt.graphics.Image image = item(outlinePage, label).getImage();
			assertNotNull(image, label);
			org.junit.jupiter.api.Assertions.assertSame(fi.seloste.ui.internal.SelosteImages.outline(kind), image, label);
			images.add(image);
		});
		assertEquals(kinds.size(), images.size(), "the kinds share icons");
	}

	private static TreeItem item(SelosteOutlinePage outlinePage, String label) {
		List<TreeItem> pending = new ArrayList<>(List.of(((Tree) outlinePage.getControl()).getItems()));
		while (!pending.isEmpty()) {
			TreeItem item = pending.remove(0);
			if (item.getText().equals(label)) {
				return item;
			}
			pending.addAll(List.of(item.getItems()));
		}
		throw new AssertionError("no outline entry " + label + " in " + labels(outlinePage));
	}
}
