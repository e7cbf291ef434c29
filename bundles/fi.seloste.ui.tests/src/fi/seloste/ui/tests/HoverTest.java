package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.hover.SelosteTextHover;

/**
 * Hover in the Generic Editor: the GDPR provision behind a legal basis, in the file's keyword language,
 * and what a reference refers to.
 */
public class HoverTest extends WorkbenchTestCase {

	@Test
	public void theHoverIsContributedForSelosteFiles() {
		assertTrue(Arrays.stream(Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.genericeditor.hoverProviders"))
				.anyMatch(e -> SelosteTextHover.class.getName().equals(e.getAttribute("class"))
						&& "fi.seloste.contentType".equals(e.getAttribute("contentType"))));
	}

	@Test
	public void aLegalBasisInAFinnishFileCitesItsArticleInFinnish() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		int offset = document(editor).get().indexOf("peruste sopimus fi") + "peruste so".length();
		assertEquals("Käsittelyn oikeusperuste, EU:n tietosuoja-asetuksen 6 artiklan 1 kohta:\n"
				+ "sopimus (EU:n tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)", hover(editor, offset));
	}

	@Test
	public void aLegalBasisInAnEnglishFileCitesItsArticleInEnglish() throws Exception {
		ITextEditor editor = openExample("privacy-notice.seloste");
		int offset = document(editor).get().indexOf("basis legitimate-interests en") + "basis le".length();
		assertEquals("Legal basis of the processing, Article 6(1) GDPR:\nlegitimate interests (Article 6(1)(f) GDPR)",
				hover(editor, offset));
	}

	@Test
	public void theKeywordOfATransferCitesChapterV() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		int offset = document(editor).get().indexOf("\tsiirto") + 2;
		String hover = hover(editor, offset);
		assertTrue(hover.startsWith("Henkilötietojen siirto kolmanteen maahan"), hover);
		assertTrue(hover.contains("V luku, 44–49 artikla"), hover);
	}

	@Test
	public void aReferenceShowsWhatItRefersTo() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		int offset = document(editor).get().indexOf("tiedot Yhteystiedot") + "tiedot Yht".length();
		assertEquals("tietoryhmä Yhteystiedot (määritelty tiedostossa tietosuojaseloste.seloste)\n"
				+ "nimi, toimitusosoite ja puhelinnumero", hover(editor, offset));
	}

	@Test
	public void theHoverCoversTheWordUnderTheMouse() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		String text = document(editor).get();
		int word = text.indexOf("lakisääteinen-velvoite");
		IRegion region = new SelosteTextHover().getHoverRegion(viewer(editor), word + 5);
		assertEquals("lakisääteinen-velvoite", text.substring(region.getOffset(), region.getOffset() + region.getLength()));
	}

	@Test
	public void aNameOrTextHasNoHover() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		int offset = document(editor).get().indexOf("Käsittely on tarpeen") + 3;
		assertNull(hover(editor, offset));
	}

	@Test
	public void theHoverTextsAreThereInFinnishAndEnglish() throws Exception {
		assertEquals(ContentAssistTest.keys("fi/seloste/ide/hover/hover.properties"),
				ContentAssistTest.keys("fi/seloste/ide/hover/hover_fi.properties"));
	}

	private ITextEditor openExample(String example) throws Exception {
		project = TestProject.withExamples("hover-" + example.replace('.', '-'), example);
		return open(project.file(example));
	}

	private static String hover(ITextEditor editor, int offset) {
		ITextViewer viewer = viewer(editor);
		SelosteTextHover hover = new SelosteTextHover();
		return hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, offset));
	}
}
