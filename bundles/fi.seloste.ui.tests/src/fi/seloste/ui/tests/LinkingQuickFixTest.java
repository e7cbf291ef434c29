package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.describe;
import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.markers;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static fi.seloste.ui.tests.QuickFixSupport.hasAnnotation;
import static fi.seloste.ui.tests.QuickFixSupport.markersOf;
import static fi.seloste.ui.tests.QuickFixSupport.quickAssist;
import static fi.seloste.ui.tests.QuickFixSupport.waitForMarker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import fi.seloste.validation.SelosteCheck;

/**
 * Quick fixes of what the parser and the linker find, in the editor: a reference with a typing slip
 * is offered the similar name in scope and a new declaration (Problems view and Ctrl+1); a stray
 * word that breaks the syntax is removed with Ctrl+1, but a second basis typed in front of the first (a
 * completion typed in front of the word it should have replaced) is a choice of either, each offered.
 */
public class LinkingQuickFixTest extends WorkbenchTestCase {

	private static final String NOTICE = "tietosuojaseloste.seloste";
	private static final String REFERENCES = "tiedot Yhteystiedot, Sahkoposti, Tilaustiedot, Maksutiedot";
	private static final String SLIP = "tiedot Yhteystiedot, Sahkopsti, Tilaustiedot, Maksutiedot";
	private static final String CHANGE = "Muuta muotoon 'Sahkoposti'";
	private static final String CREATE = "Luo 'tietoryhmä Sahkopsti' rekisteriin 'Asiakasrekisteri' (kuvaus täydennettäväksi)";

	@BeforeEach
	public void createProject(TestInfo test) throws Exception {
		project = TestProject.withExamples("linkfix-" + test.getTestMethod().orElseThrow().getName(), NOTICE);
	}

	@Test
	public void theMarkerOfAnUnresolvedReferenceOffersTheSimilarNameAndANewDeclaration() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String original = document.get();
		replaceFirst(document, REFERENCES, SLIP);
		IMarker marker = waitForMarker(file, SelosteCheck.UNRESOLVED_REFERENCE);

		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of(CHANGE, CREATE), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		resolutions[0].run(marker);

		assertEquals(original, document.get(), "the reference names the data category again");
		waitForValidation(file, document);
		assertEquals(List.of(), markersOf(file, SelosteCheck.UNRESOLVED_REFERENCE), describe(markers(file)));
	}

	@Test
	public void ctrl1CreatesTheMissingDeclarationInTheRegister() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		replaceFirst(document, REFERENCES, SLIP);
		waitForMarker(file, SelosteCheck.UNRESOLVED_REFERENCE);
		waitUntil("the editor shows the marker", () -> hasAnnotation(editor, SelosteCheck.UNRESOLVED_REFERENCE));

		List<ICompletionProposal> proposals = quickAssist(editor, document.get().indexOf("Sahkopsti") + 3);
		assertEquals(List.of(CHANGE, CREATE), proposals.stream().map(ICompletionProposal::getDisplayString).toList(),
				"the marker's fixes, each offered once");
		proposals.get(1).apply(document);

		String fixed = document.get();
		int declaration = fixed.indexOf("\t\ttietoryhmä Sahkopsti fi \"<<kuvaa tietoryhmä>>\"");
		assertTrue(declaration > fixed.indexOf("tietoryhmä Lokitiedot"), "after the register's last data category:\n" + fixed);
		assertTrue(declaration < fixed.indexOf("tarkoitus "), "before the purposes");
		waitForValidation(file, document);
		assertEquals(List.of(), markersOf(file, SelosteCheck.UNRESOLVED_REFERENCE), describe(markers(file)));
		assertFalse(markersOf(file, SelosteCheck.PLACEHOLDER).isEmpty(), "the description is left to write");
	}

	@Test
	public void ctrl1OffersEachOfTwoBasesAsAChoice() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String original = document.get();
		// oikeutettu-etu chosen in front of the selected basis instead of replacing it (studio review B3):
		// which basis the purpose has is the legal engineer's choice, so each is offered, with its article
		replaceFirst(document, "peruste sopimus fi \"Käsittely", "peruste oikeutettu-etusopimus fi \"Käsittely");
		waitForMarker(file, SelosteCheck.SYNTAX_ERROR);
		waitUntil("the editor shows the marker", () -> hasAnnotation(editor, SelosteCheck.SYNTAX_ERROR));

		List<ICompletionProposal> proposals = quickAssist(editor, document.get().indexOf("etusopimus") + 4);
		assertEquals(List.of(
				"Valitse käsittelyperusteeksi 'oikeutettu-etu', oikeutettu etu (EU:n tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta), ja poista 'sopimus'",
				"Valitse käsittelyperusteeksi 'sopimus', sopimus (EU:n tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta), ja poista 'oikeutettu-etu'"),
				proposals.stream().map(ICompletionProposal::getDisplayString).toList());
		proposals.get(1).apply(document);

		assertEquals(original, document.get(), "the basis written before is kept");
		waitForValidation(file, document);
		assertEquals(List.of(), markersOf(file, SelosteCheck.SYNTAX_ERROR), describe(markers(file)));
	}

	@Test
	public void ctrl1RemovesAStrayWordThatBreaksTheSyntax() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		String original = document.get();
		// a name typed after the basis and its text is no second basis: removing it is the one repair
		replaceFirst(document, "köpeavtalet med dig.\"", "köpeavtalet med dig.\" Asiakkaat");
		waitForMarker(file, SelosteCheck.SYNTAX_ERROR);
		waitUntil("the editor shows the marker", () -> hasAnnotation(editor, SelosteCheck.SYNTAX_ERROR));

		List<ICompletionProposal> proposals = quickAssist(editor, document.get().indexOf("med dig.\" Asiakkaat") + 12);
		assertEquals(List.of("Poista ylimääräinen 'Asiakkaat'"),
				proposals.stream().map(ICompletionProposal::getDisplayString).toList());
		proposals.get(0).apply(document);

		assertEquals(original, document.get());
		waitForValidation(file, document);
		assertEquals(List.of(), markersOf(file, SelosteCheck.SYNTAX_ERROR), describe(markers(file)));
	}

	private static void replaceFirst(IDocument document, String text, String replacement) throws Exception {
		int offset = document.get().indexOf(text);
		assertTrue(offset >= 0, text);
		document.replace(offset, text.length(), replacement);
	}
}
