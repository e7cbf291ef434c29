package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.describe;
import static fi.seloste.ui.tests.EditorSupport.errors;
import static fi.seloste.ui.tests.GenerationSupport.replaceOnce;
import static fi.seloste.ui.tests.GenerationSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.junit.jupiter.api.Test;

import fi.seloste.validation.SelosteCheck;

/**
 * An open editor is checked again when another file of its project changes: saving the organisation
 * file that a notice refers to updates the notice's problems although its own text did not change.
 */
public class DependentEditorsTest extends WorkbenchTestCase {

	@Test
	public void savingTheOrganisationFileRechecksTheOpenNotice() throws Exception {
		project = TestProject.withExamples("dependent-editors", "organisation/asiakasrekisteri.seloste",
				"organisation/organisation.seloste", "organisation/rekrytointirekisteri.seloste");
		IFile notice = project.file("asiakasrekisteri.seloste");
		var editor = EditorSupport.open(notice);
		EditorSupport.waitForValidation(notice, EditorSupport.document(editor));
		assertEquals(0, errors(notice).size(), describe(errors(notice)));

		IFile organisation = project.file("organisation.seloste");
		replaceOnce(organisation, "rekisterinpitäjä KuuraOy {", "rekisterinpitäjä KuuraOyj {");
		waitUntil("the open notice shows the reference it lost", () -> errors(notice).stream()
				.anyMatch(m -> SelosteCheck.UNRESOLVED_REFERENCE.code().equals(m.getAttribute("code", ""))
						&& m.getAttribute(IMarker.LINE_NUMBER, -1) == 12));

		replaceOnce(organisation, "rekisterinpitäjä KuuraOyj {", "rekisterinpitäjä KuuraOy {");
		waitUntil("the error goes when the organisation file is fixed", () -> errors(notice).isEmpty());
	}
}
