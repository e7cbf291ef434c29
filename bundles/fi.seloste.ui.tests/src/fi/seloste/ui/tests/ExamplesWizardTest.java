package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.GenerationSupport.generationNotes;
import static fi.seloste.ui.tests.GenerationSupport.output;
import static fi.seloste.ui.tests.GenerationSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
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

	private static final String EXISTING = "seloste-examples-existing";

	@AfterEach
	public void deleteProject() throws Exception {
		GenerationSupport.delete(ResourcesPlugin.getWorkspace().getRoot().getProject(NAME));
		GenerationSupport.delete(ResourcesPlugin.getWorkspace().getRoot().getProject(EXISTING));
		deleteFolder(folderOf(EXISTING));
	}

	/** A wizard that notes what it would tell the user in a dialog (a dialog would stop the test). */
	private static final class QuietWizard extends ExamplesWizard {

		final List<String> kept = new ArrayList<>();
		final List<String> failures = new ArrayList<>();

		@Override
		protected void reportKept(List<String> files) {
			kept.addAll(files);
		}

		@Override
		protected void reportFailure(String message) {
			failures.add(message);
		}
	}

	private static boolean finish(QuietWizard wizard, String name) {
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		wizard.proposeProjectName(name);
		WizardDialog dialog = new WizardDialog(EditorSupport.page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			assertTrue(wizard.canFinish());
			return wizard.performFinish();
		} finally {
			dialog.close();
		}
	}

	/** The default location of a project: a folder in the workspace's. */
	private static Path folderOf(String name) {
		return Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocationURI()).resolve(name);
	}

	private static void deleteFolder(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@Test
	public void aFolderHoldingTheUsersCopiesKeepsThem() throws Exception {
		Path folder = folderOf(EXISTING);
		Files.createDirectories(folder);
		String users = Files.readString(TestProject.examples().resolve("tietosuojaseloste.seloste"))
				.replace("Revontuli Kahvilan verkkokauppa ja uutiskirje", "Revontuli Kahvilan oma versio");
		Files.writeString(folder.resolve("tietosuojaseloste.seloste"), users);

		QuietWizard wizard = new QuietWizard();
		assertTrue(finish(wizard, EXISTING), "failed: " + wizard.failures);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EXISTING);
		assertEquals(users, Files.readString(folder.resolve("tietosuojaseloste.seloste")),
				"the wizard overwrote the user's edited copy");
		assertEquals(List.of("tietosuojaseloste.seloste"), wizard.kept, "the kept file is reported");
		assertEquals(wizard.kept, wizard.kept());
		assertTrue(project.getFile("privacy-notice.seloste").exists(), "the other examples are copied");
		assertTrue(project.hasNature(SelosteNature.ID));
		waitUntil("the user's version is generated", () -> output(project, "RevontuliKahvila.fi.html").exists()
				&& GenerationSupport.text(output(project, "RevontuliKahvila.fi.html")).contains("oma versio"));
	}

	@Test
	public void aFailedCreationLeavesTheUsersFolderAsItWas() throws Exception {
		Path folder = folderOf(EXISTING);
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("oma.txt"), "the user's notes");
		// a file where the examples need the folder seeds/: the copy fails halfway
		Files.writeString(folder.resolve("seeds"), "in the way");

		QuietWizard wizard = new QuietWizard();
		assertFalse(finish(wizard, EXISTING), "the wizard finished although it could not copy seeds/");
		assertEquals(1, wizard.failures.size(), "the failure is reported");
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject(EXISTING).exists(),
				"the half-made project is left in the workspace");
		List<String> left;
		try (Stream<Path> files = Files.list(folder)) {
			left = files.map(f -> f.getFileName().toString()).sorted().toList();
		}
		assertEquals(List.of("oma.txt", "seeds"), left, "only the user's files are left");
		assertEquals("the user's notes", Files.readString(folder.resolve("oma.txt")));
		assertEquals("in the way", Files.readString(folder.resolve("seeds")));
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
			// examples/maven/ holds Maven builds that use the plugin, not notices: the wizard leaves it out
			examples = files.filter(Files::isRegularFile)
					.filter(f -> !TestProject.examples().relativize(f).startsWith("maven")).sorted().toList();
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

	/**
	 * Studio review B15: the examples once more, their project exists: the wizard proposes a free name
	 * and says why at once (the platform's page only disabled Finish), and shows its banner.
	 */
	@Test
	public void whenTheProjectExistsTheWizardSaysSoAtOnceAndProposesAFreeName() throws Exception {
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(EXISTING);
		existing.create(null);
		existing.open(null);
		QuietWizard wizard = new QuietWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		wizard.proposeProjectName(EXISTING);
		WizardDialog dialog = new WizardDialog(EditorSupport.page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			WizardNewProjectCreationPage page = (WizardNewProjectCreationPage) dialog
					.getCurrentPage();
			assertTrue(wizard.canFinish(), "Finish disabled: " + page.getErrorMessage());
			assertEquals(EXISTING + "-2", page.getProjectName());
			String message = String.valueOf(page.getMessage());
			assertTrue(message.contains(EXISTING + "-2") && message.replace(EXISTING + "-2", "").contains(EXISTING), message);
			assertNotNull(page.getImage(), "the wizard's banner");
		} finally {
			dialog.close();
		}
	}
}
