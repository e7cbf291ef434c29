package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.navigation.OccurrencesHighlighter;

/**
 * Mark occurrences by meaning: the caret on a reference highlights the references to the same
 * declaration in the file (qualified or not), and not the same word in a comment or a string, which the
 * Generic Editor's textual highlighting marked.
 */
public class MarkOccurrencesTest extends WorkbenchTestCase {

	private static final String NOTICE = "asiakasrekisteri.seloste";
	private static final String COMMENT = "// Yhteystiedot mainitaan kommentissa\n";

	@Test
	public void theReferencesOfTheDeclarationAtTheCaretAreMarkedButNotTheWordInCommentsAndStrings() throws Exception {
		project = TestProject.withExamples("occurrences", "organisation/organisation.seloste", "organisation/" + NOTICE);
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		document.replace(0, 0, COMMENT);
		String inString = "\"Saamme tiedot pääosin";
		document.replace(document.get().indexOf(inString) + 1, "Saamme tiedot".length(), "Saamme Yhteystiedot");
		waitForValidation(file, document);
		String text = document.get();

		List<String> expected = new ArrayList<>();
		int comment = text.indexOf("Yhteystiedot");
		int string = text.indexOf("Saamme Yhteystiedot") + "Saamme ".length();
		for (int at = text.indexOf("Yhteystiedot"); at >= 0; at = text.indexOf("Yhteystiedot", at + 1)) {
			if (at == comment || at == string) {
				continue;
			}
			boolean qualified = text.startsWith("Kuura.", at - "Kuura.".length());
			int start = qualified ? at - "Kuura.".length() : at;
			expected.add(start + ":" + text.substring(start, at + "Yhteystiedot".length()));
		}
		int caret = text.indexOf("tiedot Yhteystiedot, Tehtavatiedot") + "tiedot Yhteys".length();
		editor.selectAndReveal(caret, 0);
		waitUntil("the references to Yhteystiedot are marked: " + expected,
				() -> marked(editor).equals(new TreeSet<>(expected).stream().toList()));

		editor.selectAndReveal(comment + 3, 0);
		waitUntil("nothing is marked for a word in a comment", () -> marked(editor).isEmpty());
		editor.selectAndReveal(caret, 0);
		waitUntil("the references are marked again", () -> !marked(editor).isEmpty());
		editor.selectAndReveal(string + 3, 0);
		waitUntil("nothing is marked for a word in a string", () -> marked(editor).isEmpty());
	}

	@Test
	public void theDeclarationAndItsReferencesInTheSameFileAreMarkedFromTheDeclaration() throws Exception {
		project = TestProject.withExamples("occurrences-declaration", "tietosuojaseloste.seloste");
		IFile file = project.file("tietosuojaseloste.seloste");
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitForValidation(file, document);
		String text = document.get();
		int declaration = text.indexOf("tietoryhmä Yhteystiedot") + "tietoryhmä ".length();
		editor.selectAndReveal(declaration + 2, 0);
		waitUntil("the declaration and its references are marked", () -> {
			List<String> marked = marked(editor);
			return marked.contains(declaration + ":Yhteystiedot") && marked.size() > 1
					&& marked.stream().allMatch(m -> m.endsWith(":Yhteystiedot"));
		});
	}

	/** The marked occurrences, "offset:text", in offset order (as strings: sorted by text of the number). */
	private static List<String> marked(ITextEditor editor) {
		IAnnotationModel model = ((ISourceViewer) viewer(editor)).getAnnotationModel();
		IDocument document = document(editor);
		TreeSet<String> marked = new TreeSet<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (OccurrencesHighlighter.ANNOTATION_TYPE.equals(annotation.getType())) {
				Position position = model.getPosition(annotation);
				marked.add(position.getOffset() + ":"
						+ document.get().substring(position.getOffset(), position.getOffset() + position.getLength()));
			}
		}
		return marked.stream().toList();
	}
}
