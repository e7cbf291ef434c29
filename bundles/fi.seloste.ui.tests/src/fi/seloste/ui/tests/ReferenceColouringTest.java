package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.styleAt;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.highlighting.TokenStyle;

/** References resolved by the linker are coloured from the model, on top of the lexical colouring. */
public class ReferenceColouringTest extends WorkbenchTestCase {

	private static final String DATA_LINE = "tiedot Yhteystiedot, Sahkoposti, Tilaustiedot, Maksutiedot";

	@Test
	public void aResolvedReferenceLooksNeitherLikeAKeywordNorLikePlainText() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		String text = document(editor).get();
		int reference = text.indexOf(DATA_LINE) + "tiedot ".length();
		waitUntil("Yhteystiedot in '" + DATA_LINE + "' is coloured as a reference",
				() -> isReference(editor, reference));

		assertTrue(isReference(editor, reference + "Yhteystiedot".length() - 1), "the whole name is coloured");
		assertTrue(isReference(editor, text.indexOf(DATA_LINE) + DATA_LINE.indexOf("Maksutiedot")),
				"the last name of the list");
		assertTrue(isReference(editor, text.indexOf("vastaanottaja AuroraMail") + "vastaanottaja ".length()),
				"the recipient of a transfer");

		StyleRange referenceStyle = styleAt(editor, reference);
		StyleRange keywordStyle = styleAt(editor, text.indexOf(DATA_LINE));
		assertNotEquals(keywordStyle.foreground.getRGB(), referenceStyle.foreground.getRGB(), "keyword and reference");
		assertEquals(TokenStyle.KEYWORD.rgb(), keywordStyle.foreground.getRGB(), "tiedot stays a keyword");
		int declaration = text.indexOf("tietoryhmä Yhteystiedot") + "tietoryhmä ".length();
		StyleRange plain = styleAt(editor, declaration);
		assertTrue(plain == null || plain.foreground == null, "the declared name Yhteystiedot stays plain text");
		assertEquals(TokenStyle.STRING.rgb(), styleAt(editor, text.indexOf("\"verkkokaupan tilausten") + 1)
				.foreground.getRGB(), "texts keep their colour");
	}

	@Test
	public void anUnresolvedReferenceIsNotColouredAndTheColourFollowsTyping() throws Exception {
		ITextEditor editor = openExample("tietosuojaseloste.seloste");
		IDocument document = document(editor);
		int name = document.get().indexOf(DATA_LINE) + DATA_LINE.indexOf("Maksutiedot");
		waitUntil("Maksutiedot is coloured as a reference", () -> isReference(editor, name));

		// a typo: the name no longer resolves
		document.replace(name + "Maksutiedot".length(), 0, "X");
		waitForValidation(project.file("tietosuojaseloste.seloste"), document);
		waitUntil("MaksutiedotX is no reference", () -> !isReference(editor, name));
		assertFalse(isReference(editor, name + "Maksutiedot".length()), "nor its last letter");
		assertTrue(isReference(editor, name - ", ".length() - 1), "Tilaustiedot before it still is");

		// text typed before a reference moves its colour along at once, before the next reconcile
		int line = document.getLineOffset(document.getLineOfOffset(name));
		document.replace(line, 0, "\t");
		assertTrue(isReference(editor, name + 1 - ", ".length() - 1), "Tilaustiedot right after typing");
		processEvents();

		// the typo corrected: a reference again
		document.replace(name + 1 + "Maksutiedot".length(), 1, "");
		waitUntil("Maksutiedot is a reference again", () -> isReference(editor, name + 1));
	}

	/** B10: a reference that another file's change leaves unresolved loses the colour of a resolved one. */
	@Test
	public void aReferenceUnresolvedByAChangeOfAnotherFileLosesItsColour() throws Exception {
		project = TestProject.withExamples("references-dependency", "organisation/organisation.seloste",
				"organisation/asiakasrekisteri.seloste");
		org.eclipse.core.resources.IFile notice = project.file("asiakasrekisteri.seloste");
		ITextEditor editor = open(notice);
		int reference = document(editor).get().indexOf("käytä Kuura.KuuraOy") + "käytä Kuura.".length();
		waitUntil("Kuura.KuuraOy is coloured as a reference", () -> isReference(editor, reference));

		org.eclipse.core.resources.IFile organisation = project.file("organisation.seloste");
		String renamed = fi.seloste.ui.internal.validation.SelosteProjectResources.savedText(organisation)
				.replace("rekisterinpitäjä KuuraOy {", "rekisterinpitäjä KuuraOyj {");
		organisation.setContents(new java.io.ByteArrayInputStream(renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				true, false, null);
		waitUntil("Kuura.KuuraOy is no longer coloured as a reference", () -> !isReference(editor, reference));
	}

	private ITextEditor openExample(String example) throws Exception {
		project = TestProject.withExamples("references-" + example.replace('.', '-'), example);
		return open(project.file(example));
	}

	private static boolean isReference(ITextEditor editor, int offset) {
		StyleRange style = styleAt(editor, offset);
		return style != null && style.foreground != null
				&& style.foreground.getRGB().equals(TokenStyle.REFERENCE.rgb())
				&& (style.fontStyle & (SWT.BOLD | SWT.ITALIC)) == TokenStyle.REFERENCE.fontStyle();
	}
}
