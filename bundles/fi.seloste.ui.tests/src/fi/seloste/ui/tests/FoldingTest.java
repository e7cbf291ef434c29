package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.styledText;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/** Every multi-line { … } block of a Seloste file can be folded. */
public class FoldingTest extends WorkbenchTestCase {

	@Test
	public void eachMultiLineBlockIsAFoldingRegionOfWholeLines() throws Exception {
		project = TestProject.withExamples("folding", "tietosuojaseloste.seloste");
		ITextEditor editor = open(project.file("tietosuojaseloste.seloste"));
		IDocument document = document(editor);
		ProjectionAnnotationModel model = ((ProjectionViewer) viewer(editor)).getProjectionAnnotationModel();
		assertNotNull(model, "the Generic Editor has folding switched on");
		waitUntil("folding regions appear", () -> !regions(model).isEmpty());

		List<String> regions = new ArrayList<>();
		for (Position region : regions(model)) {
			int first = document.getLineOfOffset(region.getOffset());
			int last = document.getLineOfOffset(region.getOffset() + region.getLength() - 1);
			assertEquals(document.getLineOffset(first), region.getOffset(), "a region starts at a line's start");
			assertTrue(last > first, "a region spans lines");
			regions.add(firstWords(document, first) + " … " + document.get(document.getLineOffset(last),
					document.getLineLength(last)).strip());
		}
		String text = document.get();
		assertTrue(regions.contains("seloste RevontuliKahvila … }"), "the notice: " + regions);
		assertTrue(regions.contains("rekisterinpitäjä RevontuliKahvilaOy … }"), "the controller: " + regions);
		assertTrue(regions.contains("rekisteri Asiakasrekisteri … }"), "the register: " + regions);
		assertTrue(regions.contains("siirto UutiskirjeenLahetys … }"), "the transfer: " + regions);
		assertTrue(regions.stream().anyMatch(r -> r.startsWith("tarkoitus Tilaukset")), "a purpose: " + regions);
		assertTrue(regions.stream().noneMatch(r -> r.startsWith("otsikko")), "a text over lines is no block");
		long blocksOverLines = countMultiLineBlocks(text);
		assertEquals(blocksOverLines, regions.size(), "one region per block over lines: " + regions);

		// folding the controller hides its lines
		int visibleLines = styledText(editor).getLineCount();
		ProjectionAnnotation controller = annotationAt(model, text.indexOf("\trekisterinpitäjä RevontuliKahvilaOy"));
		model.collapse(controller);
		processEvents();
		assertEquals(visibleLines - 7, styledText(editor).getLineCount(), "the controller's 8 lines fold into 1");
	}

	/** B11: after lines are inserted and removed (as a quick fix does), every region is again a block's lines. */
	@Test
	public void theRegionsFollowEditsThatAddAndRemoveLines() throws Exception {
		project = TestProject.withExamples("folding-edits", "tietosuojaseloste.seloste");
		ITextEditor editor = open(project.file("tietosuojaseloste.seloste"));
		IDocument document = document(editor);
		ProjectionAnnotationModel model = ((ProjectionViewer) viewer(editor)).getProjectionAnnotationModel();
		waitUntil("folding regions appear", () -> !regions(model).isEmpty());

		String text = document.get();
		// one change over a block's first line: new lines before it, and its text changed
		int purpose = text.indexOf("\t\ttarkoitus Asiakastarjoukset");
		document.replace(purpose, "\t\ttarkoitus Asiakastarjoukset".length(),
				"\t\ttarkoitus Uusi fi \"uusi\" {\n\t\t\tperuste sopimus\n\t\t}\n\t\ttarkoitus Asiakastarjoukset");
		// a block's lines removed
		String fresh = document.get();
		int opening = fresh.indexOf("\t\ttarkoitus Kayttoanalytiikka");
		document.replace(opening, 0, "\t\t// x\n\t\t// y\n");
		waitForValidation(project.file("tietosuojaseloste.seloste"), document);
		waitUntil("every region starts at a block's first line and ends at its brace", () -> wellFormed(document, model));
		assertEquals(countMultiLineBlocks(document.get()), regions(model).size(), "one region per block");
	}

	private static boolean wellFormed(IDocument document, ProjectionAnnotationModel model) {
		try {
			List<String> lines = document.get().lines().toList();
			java.util.Set<Integer> starts = new java.util.TreeSet<>();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (line.endsWith("{") && !line.startsWith("//")) {
					int first = i;
					// a header over lines: its texts in other languages continue the element's first line
					while (first > 0 && lines.get(first).strip().matches("(fi|en|sv) \".*")) {
						first--;
					}
					starts.add(first);
				}
			}
			java.util.Set<Integer> shown = new java.util.TreeSet<>();
			for (Position region : regions(model)) {
				int first = document.getLineOfOffset(region.getOffset());
				int last = document.getLineOfOffset(region.getOffset() + region.getLength() - 1);
				if (region.isDeleted() || region.getOffset() != document.getLineOffset(first)
						|| !lines.get(last).strip().startsWith("}")) {
					return false;
				}
				shown.add(first);
			}
			return starts.equals(shown) && regions(model).size() == starts.size();
		} catch (BadLocationException e) {
			return false;
		}
	}

	/** Blocks opened by a '{' at a line's end and closed on a later line, as the examples are laid out. */
	private static long countMultiLineBlocks(String text) {
		return text.lines().filter(line -> line.strip().endsWith("{") && !line.strip().startsWith("//")).count();
	}

	private static String firstWords(IDocument document, int line) throws BadLocationException {
		String[] words = document.get(document.getLineOffset(line), document.getLineLength(line)).strip().split("\\s+");
		return words[0] + " " + words[1];
	}

	private static List<Position> regions(ProjectionAnnotationModel model) {
		List<Position> regions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			regions.add(model.getPosition(it.next()));
		}
		regions.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		return regions;
	}

	private static ProjectionAnnotation annotationAt(ProjectionAnnotationModel model, int offset) {
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (model.getPosition(annotation).getOffset() == offset) {
				return (ProjectionAnnotation) annotation;
			}
		}
		throw new AssertionError("no folding region starts at " + offset);
	}
}
