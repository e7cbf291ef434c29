package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.GenerationSupport.generationNotes;
import static fi.seloste.ui.tests.GenerationSupport.output;
import static fi.seloste.ui.tests.GenerationSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.builder.SelosteNature;
import fi.seloste.ui.internal.wizards.ExamplesWizard;

/**
 * File → New → Examples → Seloste examples: a Seloste project with every example of the repository's
 * {@code examples/}, byte for byte, which builds at once: the clean notices are generated, the seeds
 * (real notices with real defects) are not, and say why.
 */
public class ExamplesWizardTest {

	private static final String NAME = "seloste-examples-test";

	@AfterEach
	public void deleteProject() throws Exception {
		GenerationSupport.delete(ResourcesPlugin.getWorkspace().getRoot().getProject(NAME));
	}

	@Test
	public void theExamplesProjectHoldsEveryExampleAndGeneratesTheCleanOnes() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
				.findWizard("fi.seloste.ui.examplesWizard");
		assertEquals("org.eclipse.ui.Examples", descriptor.getCategory().getId(), "not under File > New > Examples");
		ExamplesWizard wizard = (ExamplesWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		wizard.proposeProjectName(NAME);
		WizardDialog dialog = new WizardDialog(EditorSupport.page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
		assertEquals(project, wizard.created());
		assertTrue(project.isOpen());
		assertTrue(project.hasNature(SelosteNature.ID), "the examples project is not a Seloste project");
		List<Path> examples;
		try (Stream<Path> files = Files.walk(TestProject.examples())) {
			examples = files.filter(Files::isRegularFile).sorted().toList();
		}
		assertTrue(examples.size() >= 10, "examples/ not found: " + examples);
		for (Path example : examples) {
			String relative = TestProject.examples().relativize(example).toString().replace('\\', '/');
			IFile file = project.getFile(relative);
			assertTrue(file.exists(), relative + " is missing from the examples project");
			assertArrayEquals(Files.readAllBytes(example), Files.readAllBytes(Path.of(file.getLocationURI())), relative);
		}

		for (String notice : List.of("RevontuliKahvila.fi.html", "NorthwindAnalytics.en.html", "KuuraAsiakkaat.fi.html",
				"KuuraRekrytointi.fi.html")) {
			IFile page = output(project, notice);
			waitUntil(notice + " is generated", page::exists);
		}
		for (String seed : List.of("luminet", "lumicos", "lumisolutions", "lamisnet", "lumoame")) {
			IFile file = project.getFile("seeds/" + seed + ".seloste");
			waitUntil("the seed " + seed + " says why it is not generated", () -> !generationNotes(file).isEmpty());
		}
	}
}
