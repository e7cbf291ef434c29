package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.GenerationSupport.output;
import static fi.seloste.ui.tests.GenerationSupport.replaceOnce;
import static fi.seloste.ui.tests.GenerationSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.preview.PreviewView;

/**
 * Notice Preview: the Preview Notice command opens it beside the editor; it shows the generated page
 * of the active editor's notice (or, without a browser engine, the page's path and a link to the
 * system browser), follows the active editor and follows the builder's rewrites.
 */
public class PreviewViewTest extends WorkbenchTestCase {

	@AfterEach
	public void hidePreview() throws Exception {
		IViewPart view = EditorSupport.page().findView(PreviewView.ID);
		if (view != null) {
			EditorSupport.page().hideView(view);
		}
	}

	@Test
	public void thePreviewShowsTheGeneratedPageOfTheActiveEditor() throws Exception {
		project = TestProject.withExamples("preview", "tietosuojaseloste.seloste", "privacy-notice.seloste");
		IFile kahvila = project.file("tietosuojaseloste.seloste");
		IProject p = kahvila.getProject();
		GenerationSupport.enable(p);
		IFile kahvilaPage = output(p, "RevontuliKahvila.fi.html");
		IFile northwindPage = output(p, "NorthwindAnalytics.en.html");
		waitUntil("both notices are generated", () -> kahvilaPage.exists() && northwindPage.exists());

		EditorSupport.open(kahvila);
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand("fi.seloste.ui.previewNotice");
		assertTrue(command.isDefined(), "the Preview Notice command is not declared");
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand("fi.seloste.ui.previewNotice", null);
		PreviewView view = (PreviewView) EditorSupport.page().findView(PreviewView.ID);
		assertNotNull(view, "Preview Notice did not open the preview");
		waitUntil("the preview shows the page of the Finnish notice (its first language)",
				() -> kahvilaPage.equals(view.shownPage()));
		assertShows(view, kahvilaPage);

		EditorSupport.open(project.file("privacy-notice.seloste"));
		waitUntil("the preview follows the active editor", () -> northwindPage.equals(view.shownPage()));
		assertShows(view, northwindPage);

		// the builder rewrites the page on save; the preview shows it again (and the new text is in it)
		int updates = view.updates();
		replaceOnce(project.file("privacy-notice.seloste"), "We do not profile our customers' ", "We never profile our customers' ");
		waitUntil("the page is rewritten", () -> GenerationSupport.text(northwindPage).contains("We never profile"));
		waitUntil("the preview shows the rewritten page again",
				() -> view.updates() > updates && northwindPage.equals(view.shownPage()));
	}

	@Test
	public void withoutGenerationThePreviewSaysHowToEnableIt() throws Exception {
		project = TestProject.withExamples("preview-disabled", "tietosuojaseloste.seloste");
		EditorSupport.open(project.file("tietosuojaseloste.seloste"));
		PreviewView view = (PreviewView) EditorSupport.page().showView(PreviewView.ID);
		waitUntil("the preview explains that generation is off", () -> view.shownPage() == null
				&& view.shownText().contains("preview-disabled"));
	}

	/** With a browser engine the page is loaded; without one, its path is shown beside a link. */
	private static void assertShows(PreviewView view, IFile page) {
		if (view.hasBrowser()) {
			waitUntil("the browser loads " + page.getName(), () -> view.shownText() != null
					&& view.shownText().endsWith(page.getName()));
		} else {
			assertTrue(view.shownText().equals(page.getLocation().toOSString()),
					"the fallback does not show the page's path: " + view.shownText());
		}
	}
}
