package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.GenerationSupport.output;
import static fi.seloste.ui.tests.GenerationSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.builder.SelosteNature;
import fi.seloste.ui.internal.validation.SelosteFileValidator;
import fi.seloste.ui.internal.wizards.NewNoticeWizard;

/**
 * File → New → Seloste notice, run as a user would (its dialog, the page's fields, Finish): the new
 * file is a complete notice without any problem, in canonical layout, opened in the editor, and its
 * project becomes a Seloste project that generates it.
 */
public class NewNoticeWizardTest {

	private IProject project;

	@BeforeEach
	public void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("new-notice-wizard");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
	}

	@AfterEach
	public void deleteProject() throws Exception {
		EditorSupport.page().closeAllEditors(false);
		GenerationSupport.delete(project);
	}

	@ParameterizedTest
	@EnumSource(KeywordLanguage.class)
	public void theWizardCreatesACleanNoticeInTheChosenKeywordLanguage(KeywordLanguage language) throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
				.findWizard("fi.seloste.ui.newNoticeWizard");
		assertEquals("fi.seloste.ui.wizards", descriptor.getCategory().getId(), "not in the Seloste category");
		NewNoticeWizard wizard = (NewNoticeWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(EditorSupport.page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		IFile file;
		try {
			wizard.page().setFileName("asiakas-rekisteri");
			wizard.page().chooseKeywordLanguage(language);
			assertTrue(wizard.page().generateOnSave(), "Generate notices on save is on by default");
			assertTrue(wizard.canFinish(), "the wizard cannot finish with a name and a folder");
			assertTrue(wizard.performFinish());
			file = wizard.created();
		} finally {
			dialog.close();
		}

		assertEquals(project.getFile("asiakas-rekisteri.seloste"), file);
		assertTrue(file.exists());
		String text = GenerationSupport.text(file);
		assertTrue(text.contains(language == KeywordLanguage.FINNISH ? "seloste AsiakasRekisteri {"
				: "notice AsiakasRekisteri {"), "the notice is named after the file, with "
						+ language + " keywords:\n" + text);
		assertTrue(!text.contains("<<"), "no placeholders: they are errors");
		List<Issue> issues = new SelosteFileValidator(SelosteInjector.get()).validate(file, text, CancelIndicator.NullImpl);
		assertEquals(List.of(), issues.stream().map(Issue::toString).toList(), "the new notice has problems");
		assertEquals(text, GenerationSupport.formatted(text), "the new notice is not in canonical layout");
		assertTrue(project.hasNature(SelosteNature.ID), "the project is not a Seloste project");

		IEditorPart editor = EditorSupport.page().getActiveEditor();
		assertEquals(file, editor.getEditorInput().getAdapter(IFile.class), "the new notice is not opened");
		assertEquals(EditorSupport.GENERIC_EDITOR_ID, editor.getSite().getId());
		IFile page = output(project, "AsiakasRekisteri." + (language == KeywordLanguage.FINNISH ? "fi" : "en") + ".html");
		waitUntil("the new notice is generated", page::exists);
	}

	@Test
	public void withoutGenerateOnSaveTheProjectIsLeftAsItWas() throws Exception {
		IFile projectFile = project.getFile(".project");
		byte[] before = Files.readAllBytes(Path.of(projectFile.getLocationURI()));
		NewNoticeWizard wizard = (NewNoticeWizard) PlatformUI.getWorkbench().getNewWizardRegistry()
				.findWizard("fi.seloste.ui.newNoticeWizard").createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(EditorSupport.page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			wizard.page().setFileName("oma");
			wizard.page().chooseGenerateOnSave(false);
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		assertTrue(project.getFile("oma.seloste").exists());
		assertFalse(project.hasNature(SelosteNature.ID), "the nature was added although the user said no");
		assertArrayEquals(before, Files.readAllBytes(Path.of(projectFile.getLocationURI())),
				"the project's .project was rewritten");
	}
}
