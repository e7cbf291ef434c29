package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.describe;
import static fi.seloste.ui.tests.EditorSupport.errors;
import static fi.seloste.ui.tests.EditorSupport.markers;
import static fi.seloste.ui.tests.GenerationSupport.enable;
import static fi.seloste.ui.tests.GenerationSupport.output;
import static fi.seloste.ui.tests.GenerationSupport.replaceOnce;
import static fi.seloste.ui.tests.GenerationSupport.setAutoBuilding;
import static fi.seloste.ui.tests.GenerationSupport.text;
import static fi.seloste.ui.tests.GenerationSupport.waitForBuilds;
import static fi.seloste.ui.tests.GenerationSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.validation.ProblemMarkers;
import fi.seloste.validation.SelosteCheck;

/**
 * The check of the Seloste projects when the workbench starts (B1): files changed while Studio was
 * closed, and markers that were lost, are marked again, in the background. A restart is simulated as
 * closely as the test workbench allows: Build Automatically off (no build may do the work instead), the
 * project closed and opened again (the workspace forgets what it held in memory; the builder too), the
 * files changed on disk behind the workspace's back, then the startup hook declared in plugin.xml run.
 */
public class StartupCheckTest extends WorkbenchTestCase {

	@Test
	public void atStartTheSelosteProjectsAreCheckedAgainInTheBackground() throws Exception {
		project = TestProject.withExamples("startup-check", "organisation/asiakasrekisteri.seloste",
				"organisation/organisation.seloste", "organisation/rekrytointirekisteri.seloste");
		IFile customers = project.file("asiakasrekisteri.seloste");
		IFile recruitment = project.file("rekrytointirekisteri.seloste");
		IProject p = customers.getProject();
		enable(p);
		waitUntil("both notices are generated", () -> output(p, "KuuraAsiakkaat.fi.html").exists()
				&& output(p, "KuuraRekrytointi.fi.html").exists());
		replaceOnce(recruitment, "\tkielet fi", "\totsikko 42\n\tkielet fi");
		waitUntil("the builder marks the syntax error of the recruitment notice", () -> !errors(recruitment).isEmpty());
		waitForBuilds();
		assertEquals("[]", describe(errors(customers)));
		String recruitmentErrors = describe(errors(recruitment));
		setAutoBuilding(false);
		try {
			// while Studio is closed: another program breaks the customer notice, and the recruitment
			// notice's markers are lost (a workspace that was not saved, say)
			Path onDisk = Path.of(customers.getLocationURI());
			Files.writeString(onDisk, text(customers).replace("\tkielet fi", "\totsikko 42\n\tkielet fi"),
					StandardCharsets.UTF_8);
			recruitment.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
			p.close(null);
			p.open(null);

			long start = System.nanoTime();
			startupHook().earlyStartup();
			waitForBuilds();
			System.out.printf("StartupCheckTest: the startup check of 3 files took %d ms (with the wait)%n",
					(System.nanoTime() - start) / 1_000_000);
			assertTrue(errors(customers).stream().anyMatch(
					m -> SelosteCheck.SYNTAX_ERROR.code().equals(m.getAttribute(ProblemMarkers.CODE, ""))),
					"the file changed while Studio was closed is not marked: " + describe(markers(customers)));
			assertEquals(recruitmentErrors, describe(errors(recruitment)), "the lost markers are not written again");
			assertTrue(customers.isSynchronized(IResource.DEPTH_ZERO), "the check did not read the project from disk");
		} finally {
			setAutoBuilding(true);
		}
	}

	@Test
	public void aFileOpenInAnEditorIsLeftToTheEditor() throws Exception {
		project = TestProject.withExamples("startup-editor", "tietosuojaseloste.seloste");
		IFile notice = project.file("tietosuojaseloste.seloste");
		IProject p = notice.getProject();
		setAutoBuilding(false);
		try {
			enable(p);
			var editor = EditorSupport.open(notice);
			var document = EditorSupport.document(editor);
			EditorSupport.waitForValidation(notice, document);
			// unsaved text with a syntax error: the editor's markers describe it, the check must not undo that
			document.replace(document.get().indexOf("\tkielet fi"), 0, "\totsikko 42\n");
			EditorSupport.waitForValidation(notice, document);
			assertFalse(errors(notice).isEmpty());
			String editorsMarkers = describe(markers(notice));

			startupHook().earlyStartup();
			waitForBuilds();
			assertEquals(editorsMarkers, describe(markers(notice)), "the check wrote over the editor's markers");
		} finally {
			setAutoBuilding(true);
		}
	}

	@Test
	public void aProjectNeverBuiltGetsItsMarkersFromTheCheck() throws Exception {
		// every example, the seeds with their errors among them; Build Automatically off, so only the check writes
		setAutoBuilding(false);
		try {
			project = TestProject.withExamples("startup-examples", "tietosuojaseloste.seloste", "privacy-notice.seloste",
					"organisation/asiakasrekisteri.seloste", "organisation/organisation.seloste",
					"organisation/rekrytointirekisteri.seloste", "seeds/lamisnet.seloste", "seeds/lumicos.seloste",
					"seeds/luminet.seloste", "seeds/lumisolutions.seloste", "seeds/lumoame.seloste");
			IProject p = project.file("lumicos.seloste").getProject();
			enable(p);
			assertEquals("[]", describe(markers(project.file("lumicos.seloste"))), "test set-up: no build ran");
			long start = System.nanoTime();
			startupHook().earlyStartup();
			waitForBuilds();
			System.out.printf("StartupCheckTest: the startup check of the 10 example files took %d ms (with the wait)%n",
					(System.nanoTime() - start) / 1_000_000);
			for (String seed : new String[] { "lamisnet.seloste", "lumicos.seloste", "luminet.seloste",
					"lumisolutions.seloste", "lumoame.seloste" }) {
				assertFalse(markers(project.file(seed)).isEmpty(), seed + " has no markers after the check");
			}
			assertEquals("[]", describe(errors(project.file("tietosuojaseloste.seloste"))));
		} finally {
			setAutoBuilding(true);
		}
	}

	/** The class plugin.xml declares for org.eclipse.ui.startup, as the workbench creates it. */
	private static IStartup startupHook() throws Exception {
		IConfigurationElement hook = Arrays.stream(Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.startup"))
				.filter(element -> "fi.seloste.ui".equals(element.getContributor().getName())).findFirst()
				.orElse(null);
		assertNotNull(hook, "fi.seloste.ui declares no check at start (org.eclipse.ui.startup)");
		return (IStartup) hook.createExecutableExtension("class");
	}
}
