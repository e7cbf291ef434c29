package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.page;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import fi.seloste.ui.internal.hyperlink.SelosteHyperlinkDetector;
import fi.seloste.ui.internal.validation.SelosteProjectResources;

/**
 * Go to declaration across files: in the organisation example, the notice's {@code käytä Kuura.Hosting}
 * leads to the processor {@code Hosting} declared in organisation.seloste, by Ctrl+click (the hyperlink
 * detector) and by F3 (the Open Hyperlink command the Generic Editor binds to F3).
 */
public class HyperlinkTest extends WorkbenchTestCase {

	private static final String NOTICE = "asiakasrekisteri.seloste";
	private static final String ORGANISATION = "organisation.seloste";

	@BeforeEach
	public void createProject(TestInfo test) throws Exception {
		project = TestProject.withExamples("hyperlink-" + test.getTestMethod().orElseThrow().getName(),
				"organisation/" + ORGANISATION, "organisation/" + NOTICE);
	}

	@Test
	public void aReferenceLinksToItsDeclarationInAnotherFile() throws Exception {
		ITextEditor editor = open(project.file(NOTICE));
		String text = document(editor).get();
		int reference = text.indexOf("käytä Kuura.Hosting") + "käytä ".length();
		// links come from the latest reconcile's model
		waitForValidation(project.file(NOTICE), document(editor));

		IHyperlink[] links = new SelosteHyperlinkDetector().detectHyperlinks(viewer(editor),
				new Region(reference + "Kuura.Ho".length(), 0), false);
		assertNotNull(links);
		assertEquals(1, links.length);
		assertEquals(new Region(reference, "Kuura.Hosting".length()), links[0].getHyperlinkRegion());

		links[0].open();
		assertDeclarationSelected("Hosting", "käsittelijä Hosting");
	}

	@Test
	public void aLinkFollowsTheDeclarationWhenTheOtherFileChanges() throws Exception {
		ITextEditor editor = open(project.file(NOTICE));
		int offset = document(editor).get().indexOf("käytä Kuura.Hosting") + "käytä Kuura.Ho".length();
		SelosteHyperlinkDetector detector = new SelosteHyperlinkDetector();
		waitForLink(detector, editor, offset);

		IFile organisation = project.file(ORGANISATION);
		String changed = SelosteProjectResources.savedText(organisation).replace("\tkäsittelijä Hosting",
				"\t// moved down by a comment\n\tkäsittelijä Hosting");
		organisation.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, false, null);
		assertNull(detector.detectHyperlinks(viewer(editor), new Region(offset, 0), false),
				"no link into the old text of the changed file");

		// the open editor is checked again against the changed file
		IHyperlink[] links = waitForLink(detector, editor, offset);
		links[0].open();
		assertDeclarationSelected("Hosting", "käsittelijä Hosting");
	}

	@Test
	public void rightAfterTypingThereIsNoLinkUntilTheReconcile() throws Exception {
		ITextEditor editor = open(project.file(NOTICE));
		IDocument document = document(editor);
		SelosteHyperlinkDetector detector = new SelosteHyperlinkDetector();
		waitForLink(detector, editor, document.get().indexOf("käytä Kuura.Hosting") + "käytä Kuura.Ho".length());

		document.replace(0, 0, "// moves every offset\n");
		int offset = document.get().indexOf("käytä Kuura.Hosting") + "käytä Kuura.Ho".length();
		// the detector is asked on every mouse move: it does not parse the project on the UI thread
		assertNull(detector.detectHyperlinks(viewer(editor), new Region(offset, 0), false));
		IHyperlink[] links = waitForLink(detector, editor, offset);
		assertEquals(new Region(offset - "Kuura.Ho".length(), "Kuura.Hosting".length()), links[0].getHyperlinkRegion());
	}

	@Test
	public void textThatIsNoReferenceHasNoLink() throws Exception {
		ITextEditor editor = open(project.file(NOTICE));
		waitForValidation(project.file(NOTICE), document(editor));
		int keyword = document(editor).get().indexOf("käytä Kuura.Hosting") + 1;
		assertNull(new SelosteHyperlinkDetector().detectHyperlinks(viewer(editor), new Region(keyword, 0), false));
	}

	@Test
	public void f3OpensTheDeclaration() throws Exception {
		ITextEditor editor = open(project.file(NOTICE));
		IDocument document = document(editor);
		int reference = document.get().indexOf("käytä Kuura.Tietosuojavaltuutettu") + "käytä Kuura.".length() + 3;
		editor.selectAndReveal(reference, 0);
		waitForValidation(project.file(NOTICE), document);

		PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand(ITextEditorActionDefinitionIds.OPEN_HYPERLINK, null);
		assertDeclarationSelected("Tietosuojavaltuutettu", "valvontaviranomainen Tietosuojavaltuutettu");
	}

	/** Waits for the reconcile's model (Ctrl+click offers no link before it) and returns the links. */
	private static IHyperlink[] waitForLink(SelosteHyperlinkDetector detector, ITextEditor editor, int offset) {
		IHyperlink[][] links = new IHyperlink[1][];
		waitUntil("a link at " + offset, () -> {
			links[0] = detector.detectHyperlinks(viewer(editor), new Region(offset, 0), false);
			return links[0] != null;
		});
		assertEquals(1, links[0].length);
		return links[0];
	}

	private static void assertDeclarationSelected(String name, String declaration) {
		waitUntil(ORGANISATION + " is the active editor", () -> ORGANISATION.equals(activeEditorName()));
		ITextEditor target = (ITextEditor) page().getActiveEditor();
		ITextSelection selection = (ITextSelection) target.getSelectionProvider().getSelection();
		assertEquals(name, selection.getText());
		String text = document(target).get();
		assertEquals(text.indexOf(declaration) + declaration.length() - name.length(), selection.getOffset());
	}

	private static String activeEditorName() {
		IEditorPart editor = page().getActiveEditor();
		return editor == null ? null : editor.getEditorInput().getName();
	}
}
