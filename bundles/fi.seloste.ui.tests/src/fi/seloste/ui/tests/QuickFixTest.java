package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.describe;
import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.markers;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.page;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static fi.seloste.ui.tests.QuickFixSupport.hasAnnotation;
import static fi.seloste.ui.tests.QuickFixSupport.markersOf;
import static fi.seloste.ui.tests.QuickFixSupport.quickAssist;
import static fi.seloste.ui.tests.QuickFixSupport.waitForMarker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import fi.seloste.ui.internal.quickfix.SelosteFixes;
import fi.seloste.ui.internal.quickfix.SelosteFixes.Checked;
import fi.seloste.ui.internal.quickfix.SelosteFixes.Fix;
import fi.seloste.ui.internal.validation.ProblemMarkers;
import fi.seloste.ui.internal.validation.SelosteProjectResources;
import fi.seloste.validation.SelosteCheck;

/**
 * Quick fixes in the editor and the Problems view: a problem typed into the Finnish example (a web
 * address with http://) is fixed through the marker-resolution registry, through Ctrl+1 (the editor's
 * quick assist), and in a file no editor has open.
 */
public class QuickFixTest extends WorkbenchTestCase {

	private static final String NOTICE = "tietosuojaseloste.seloste";
	private static final String SECURE = "verkkosivu \"https://www.revontulikahvila.fi\"";
	private static final String INSECURE = "verkkosivu \"http://www.revontulikahvila.fi\"";
	private static final String LABEL = "Käytä osoitetta https://www.revontulikahvila.fi";

	@BeforeEach
	public void createProject(TestInfo test) throws Exception {
		project = TestProject.withExamples("quickfix-" + test.getTestMethod().orElseThrow().getName(), NOTICE);
	}

	@Test
	public void theProblemsViewFixesAMarkerProducedByTyping() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String original = document.get();
		typeInsecureAddress(document);
		IMarker marker = waitForMarker(file, SelosteCheck.INSECURE_URL);

		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of(LABEL), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		resolutions[0].run(marker);

		assertEquals(original, document.get(), "the fix restores the https address, nothing else changes");
		assertTrue(editor.isDirty(), "the open editor's text is fixed, not saved behind its back");
		waitForValidation(file, document);
		assertEquals("[]", describe(markers(file)));
	}

	@Test
	public void ctrl1OnTheMarkerOffersTheFixOnceAndAppliesItAsOneUndoableChange() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String original = document.get();
		typeInsecureAddress(document);
		String broken = document.get();
		waitForMarker(file, SelosteCheck.INSECURE_URL);
		int caret = broken.indexOf("http://") + 2;
		waitUntil("the editor shows the marker", () -> hasAnnotation(editor, SelosteCheck.INSECURE_URL));

		List<ICompletionProposal> proposals = quickAssist(editor, caret);
		assertEquals(List.of(LABEL), proposals.stream().map(ICompletionProposal::getDisplayString).toList(),
				"the marker's fix, offered once");
		proposals.get(0).apply(document);
		assertEquals(original, document.get());
		waitForValidation(file, document);
		assertEquals("[]", describe(markers(file)));

		((ITextOperationTarget) viewer(editor)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(broken, document.get(), "one undo takes the whole fix back");
	}

	@Test
	public void ctrl1FixesAProblemNoMarkerShowsYet() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String original = document.get();
		typeInsecureAddress(document);
		waitForMarker(file, SelosteCheck.INSECURE_URL);
		// without its marker, only the editor's own quick assist processor can know of the problem
		file.deleteMarkers(ProblemMarkers.TYPE, false, 0);
		waitUntil("the editor no longer shows the marker", () -> !hasAnnotation(editor, SelosteCheck.INSECURE_URL));

		List<ICompletionProposal> proposals = quickAssist(editor, document.get().indexOf("http://") + 2);
		assertEquals(List.of(LABEL), proposals.stream().map(ICompletionProposal::getDisplayString).toList());
		proposals.get(0).apply(document);
		assertEquals(original, document.get());
		assertTrue(quickAssist(editor, document.get().indexOf("https://") + 2).isEmpty(), "nothing left to fix");
	}

	@Test
	public void ctrl1UsesTheLatestReconcileWhileItDescribesTheText() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		typeInsecureAddress(document);
		waitForValidation(file, document);

		SelosteFixes fixes = new SelosteFixes();
		Checked checked = fixes.check(file, document);
		assertTrue(checked.reconciled(), "the reconcile's model and issues, no project parsed on the UI thread");
		assertEquals(List.of(SelosteCheck.INSECURE_URL.code()), checked.issues().stream().map(Issue::getCode).toList());
		assertEquals(List.of(LABEL), checked.fixes(checked.issues().get(0)).stream().map(Fix::label).toList());

		document.replace(0, 0, " ");
		checked = fixes.check(file, document);
		assertFalse(checked.reconciled(), "typed since the reconcile: the text is checked afresh");
		assertEquals(List.of(SelosteCheck.INSECURE_URL.code()), checked.issues().stream().map(Issue::getCode).toList());
	}

	@Test
	public void aMarkerOfAFileNoEditorHasOpenIsFixedInTheFile() throws Exception {
		IFile file = project.file(NOTICE);
		String original = SelosteProjectResources.savedText(file);
		file.setContents(new ByteArrayInputStream(original.replace(SECURE, INSECURE).getBytes(StandardCharsets.UTF_8)),
				true, false, null);
		// the editor checks a file as saved when it closes: that leaves a marker on the closed file
		ITextEditor editor = open(file);
		waitForMarker(file, SelosteCheck.INSECURE_URL);
		page().closeEditor(editor, false);
		IMarker marker = waitForMarker(file, SelosteCheck.INSECURE_URL);

		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length);
		resolutions[0].run(marker);

		assertEquals(original, SelosteProjectResources.savedText(file), "the fix is saved into the file");
		waitUntil("the marker of the fixed file is gone", () -> markersOf(file, SelosteCheck.INSECURE_URL).isEmpty());
		assertFalse(markers(file).stream().anyMatch(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR),
				describe(markers(file)));
	}

	@Test
	public void aFileThatDoesNotParseIsNeverFixed() throws Exception {
		IFile file = project.file(NOTICE);
		String broken = SelosteProjectResources.savedText(file).replace(SECURE, INSECURE)
				.replace("\totsikko ", "\totsikko 42 ");
		file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);
		ITextEditor editor = open(file);
		IMarker marker = waitForMarker(file, SelosteCheck.INSECURE_URL);
		page().closeEditor(editor, false);

		assertEquals(0, IDE.getMarkerHelpRegistry().getResolutions(marker).length,
				"no fixes while the file has a syntax error");
		assertEquals(broken, SelosteProjectResources.savedText(file));
	}

	/** B14: a fix that inserts {@code <<…>>} placeholders leaves the first one selected, to type over. */
	@Test
	public void aFixThatInsertsPlaceholdersSelectsTheFirst() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String text = document.get();
		String basis = "peruste oikeutettu-etu";
		int start = text.indexOf(basis + " fi \"Oikeutettu etumme on kertoa") + basis.length();
		int end = text.indexOf("\n\t\t\tkoskee Asiakkaat", start);
		document.replace(start, end - start, ""); // the legitimate interest left out
		String code = SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED.code();
		waitUntil("a legitimateInterestNotStated marker", () -> markers(file).stream()
				.anyMatch(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, null))));
		waitForValidation(file, document);
		int caret = start - 3;
		List<ICompletionProposal> proposals = quickAssist(editor, caret);
		ICompletionProposal fix = proposals.stream().filter(p -> document.get().equals(document.get())
				&& p.getDisplayString().contains("oikeutettu etu")).findFirst()
				.orElseThrow(() -> new AssertionError(proposals.stream().map(ICompletionProposal::getDisplayString).toList()));
		fix.apply(document);

		org.eclipse.swt.graphics.Point selection = viewer(editor).getSelectedRange();
		String selected = document.get().substring(selection.x, selection.x + selection.y);
		assertTrue(selected.startsWith("<<") && selected.endsWith(">>"), "selected: '" + selected + "'");
		assertTrue(selection.x > start - 1, "the placeholder the fix inserted, after the basis");
	}

	private static void typeInsecureAddress(IDocument document) throws Exception {
		int offset = document.get().indexOf(SECURE);
		assertTrue(offset >= 0);
		document.replace(offset + SECURE.indexOf("https") + 4, 1, "");
	}
}
