package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.GENERIC_EDITOR_ID;
import static fi.seloste.ui.tests.EditorSupport.describe;
import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.errors;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.page;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import fi.seloste.ui.internal.validation.ProblemMarkers;
import fi.seloste.validation.SelosteCheck;

/**
 * Validation as you type: the organisation example (three files referring to each other) opened in
 * the Generic Editor, edited, and its fi.seloste.ui.problem markers watched.
 */
public class ProblemMarkersTest extends WorkbenchTestCase {

	private static final String NOTICE = "asiakasrekisteri.seloste";

	@BeforeEach
	public void createProject(TestInfo test) throws Exception {
		project = TestProject.withExamples("markers-" + test.getTestMethod().orElseThrow().getName(),
				"organisation/organisation.seloste", "organisation/" + NOTICE,
				"organisation/rekrytointirekisteri.seloste");
	}

	@Test
	public void selosteFilesOpenInTheGenericEditorByDefault() throws Exception {
		IContentType type = Platform.getContentTypeManager().getContentType("fi.seloste.contentType");
		assertNotNull(type, "content type fi.seloste.contentType is not registered");
		assertTrue(type.isAssociatedWith("tietosuoja.seloste"), "*.seloste is not bound to the content type");
		IEditorDescriptor descriptor = PlatformUI.getWorkbench().getEditorRegistry()
				.getDefaultEditor("tietosuoja.seloste", type);
		assertEquals(GENERIC_EDITOR_ID, descriptor.getId());

		IEditorPart editor = IDE.openEditor(page(), project.file(NOTICE));
		assertEquals(GENERIC_EDITOR_ID, editor.getSite().getId());
	}

	@Test
	public void theOrganisationExampleHasNoErrorsOnceOpened() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		assertEquals(GENERIC_EDITOR_ID, editor.getSite().getId(), "not the Generic Editor");

		waitForValidation(file, document(editor));
		// the notice uses Kuura.KuuraOy, Kuura.Hosting … of organisation.seloste: they resolve
		assertEquals("[]", describe(errors(file)));
	}

	@Test
	public void withoutItsOrganisationFileTheNoticeIsMarkedOnOpening() throws Exception {
		project.file("organisation.seloste").delete(true, null);
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		waitForValidation(file, document(editor));

		List<IMarker> errors = errors(file);
		assertTrue(errors.stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "")
				.equals("Käytettävää määrittelyä 'Kuura.KuuraOy' ei löydy tästä selosteesta eikä yhdestäkään organisaatiosta.")), describe(errors));
		// besides the unresolved references, only what follows from them: the controller is missing
		assertTrue(errors.stream().map(m -> m.getAttribute(ProblemMarkers.CODE, ""))
				.allMatch(code -> SelosteCheck.UNRESOLVED_REFERENCE.code().equals(code) || SelosteCheck.CONTROLLER_MISSING.code().equals(code)),
				describe(errors));
	}

	@Test
	public void aBrokenReferenceIsMarkedAsYouTypeAndClearedWhenFixed() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitForValidation(file, document);

		int reference = document.get().indexOf("käytä Kuura.Hosting") + "käytä ".length();
		int name = reference + "Kuura.".length();
		int line = document.getLineOfOffset(reference) + 1;
		document.replace(name, "Hosting".length(), "Hostnig");

		waitUntil("an error names Kuura.Hostnig", () -> errorNaming("'Kuura.Hostnig'", file) != null);
		IMarker marker = errorNaming("'Kuura.Hostnig'", file);
		assertEquals("Käytettävää määrittelyä 'Kuura.Hostnig' ei löydy tästä selosteesta eikä yhdestäkään organisaatiosta.",
				marker.getAttribute(IMarker.MESSAGE));
		assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(reference, marker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(reference + "Kuura.Hostnig".length(), marker.getAttribute(IMarker.CHAR_END, -1));
		assertEquals(SelosteCheck.UNRESOLVED_REFERENCE.code(), marker.getAttribute(ProblemMarkers.CODE));
		assertEquals(1, errors(file).size(), describe(errors(file)));
		// the editor shows it: an error annotation in the ruler, on the marker
		waitUntil("the editor shows the marker as an error annotation", () -> shownAsError(editor, marker));

		document.replace(name, "Hostnig".length(), "Hosting");
		waitUntil("the error is gone", () -> errors(file).isEmpty());
		waitForValidation(file, document);
		assertEquals("[]", describe(errors(file)));
	}

	@Test
	public void aSyntaxErrorIsMarked() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitForValidation(file, document);

		int offset = document.get().indexOf("\tkielet fi");
		int line = document.getLineOfOffset(offset) + 1;
		document.replace(offset, 0, "\totsikko 42\n");
		waitForValidation(file, document);

		List<IMarker> errors = errors(file);
		assertEquals(1, errors.size(), describe(errors));
		IMarker error = errors.get(0);
		assertEquals(SelosteCheck.SYNTAX_ERROR.code(), error.getAttribute(ProblemMarkers.CODE));
		assertEquals(line, error.getAttribute(IMarker.LINE_NUMBER, -1), describe(errors));
		assertTrue(error.getAttribute(IMarker.MESSAGE, "").contains("'42'"), describe(errors));
	}

	@Test
	public void closingWithoutSavingChecksTheSavedTextAgain() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitForValidation(file, document);
		int name = document.get().indexOf("käytä Kuura.Hosting") + "käytä Kuura.".length();
		document.replace(name, "Hosting".length(), "Hostnig");
		waitUntil("an error names Kuura.Hostnig", () -> errorNaming("'Kuura.Hostnig'", file) != null);

		page().closeEditor(editor, false);
		waitUntil("the error of the discarded text is gone", () -> errors(file).isEmpty());
	}

	@Test
	public void theSelosteMarkerTypesArePersistent() {
		for (String type : List.of(ProblemMarkers.TYPE, "fi.seloste.ui.generation")) {
			IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.resources.markers", type);
			assertNotNull(extension, type + " is not declared");
			String persistent = Arrays.stream(extension.getConfigurationElements())
					.filter(element -> element.getName().equals("persistent"))
					.map(element -> element.getAttribute("value")).findFirst().orElse(null);
			assertEquals("true", persistent, type + " markers are lost at a restart (B1)");
		}
	}

	@Test
	public void theProblemsOfAClosedFileOutliveTheWorkspacesMemory() throws Exception {
		project.file("organisation.seloste").delete(true, null);
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		waitForValidation(file, document(editor));
		page().closeEditor(editor, false);
		GenerationSupport.waitForBuilds(); // the closed file is checked again as saved
		List<IMarker> errors = errors(file);
		assertTrue(!errors.isEmpty(), "the notice without its organisation file has errors");
		List<String> before = sorted(errors);

		// as at a restart: closing a project saves its persistent markers and drops everything it held in
		// memory; opening it reads them back (the project has no builder that could write them again)
		IProject p = file.getProject();
		p.close(null);
		p.open(null);
		assertEquals(before, sorted(errors(file)), "the Problems view is empty after a restart (B1)");
	}

	private static List<String> sorted(List<IMarker> markers) {
		return markers.stream().map(m -> describe(List.of(m))).sorted().toList();
	}

	private static IMarker errorNaming(String text, IFile file) {
		return errors(file).stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(text)).findFirst()
				.orElse(null);
	}

	private static boolean shownAsError(ITextEditor editor, IMarker marker) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			if (annotations.next() instanceof MarkerAnnotation annotation && annotation.getMarker().equals(marker)
					&& annotation.getType().equals("org.eclipse.ui.workbench.texteditor.error")) {
				return true;
			}
		}
		return false;
	}
}
