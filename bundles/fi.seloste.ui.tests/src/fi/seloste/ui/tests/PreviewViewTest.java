package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.GenerationSupport.output;
import static fi.seloste.ui.tests.GenerationSupport.replaceOnce;
import static fi.seloste.ui.tests.GenerationSupport.waitUntil;
import static fi.seloste.ui.tests.GenerationSupport.setAutoBuilding;
import static fi.seloste.ui.tests.GenerationSupport.text;
import static fi.seloste.ui.tests.GenerationSupport.waitForBuilds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.preview.PreviewView;
import fi.seloste.ui.internal.texts.UiTexts;

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

	@Test
	public void afterARestartThePreviewShowsWhatIsOnDiskAndGenerateNowBringsItUpToDate() throws Exception {
		IFile page = generatedPage("preview-restart", "tietosuojaseloste.seloste", "RevontuliKahvila.fi.html");
		IFile kahvila = project.file("tietosuojaseloste.seloste");
		IProject p = kahvila.getProject();
		waitForBuilds();
		setAutoBuilding(false);
		try {
			// as at a restart: the project is read back from the workspace's metadata, the builder has not run
			p.close(null);
			p.open(null);
			ITextEditor editor = EditorSupport.open(kahvila);
			PreviewView view = (PreviewView) EditorSupport.page().showView(PreviewView.ID);
			waitUntil("after a restart the preview shows the page generated before (B2): " + view.shownText(),
					() -> page.equals(view.shownPage()));
			assertShows(view, page);
			assertNull(view.bannerText(), "nothing changed, yet the preview says it did");
			assertNull(view.generateNowLink());

			// the source changes and no build runs (Build Automatically is off): the preview says so and
			// offers Generate now, which works (Save is disabled and Build greyed out in that state)
			replaceOnce(kahvila, "Tietosuojaseloste – Revontuli Kahvilan verkkokauppa ja uutiskirje",
					"Tietosuojaseloste – Revontuli Kahvilan kanta-asiakkaat");
			view.follow(editor);
			assertEquals(UiTexts.text("preview.outOfDatePage", kahvila.getName()), view.bannerText());
			assertTrue(page.equals(view.shownPage()), "the page generated before is still shown under the banner");
			Link generateNow = view.generateNowLink();
			assertNotNull(generateNow, "no Generate now beside the out-of-date page");
			generateNow.notifyListeners(SWT.Selection, new Event());
			waitUntil("Generate now writes the page again with Build Automatically off",
					() -> text(page).contains("Revontuli Kahvilan kanta-asiakkaat"));
			waitUntil("the banner goes once the page is up to date", () -> view.bannerText() == null
					&& page.equals(view.shownPage()));
		} finally {
			setAutoBuilding(true);
		}
	}

	@Test
	public void aSaveWithoutABuildShowsTheChangedBannerAtOnce() throws Exception {
		IFile page = generatedPage("preview-saved", "tietosuojaseloste.seloste", "RevontuliKahvila.fi.html");
		IFile kahvila = project.file("tietosuojaseloste.seloste");
		IProject p = kahvila.getProject();
		waitForBuilds();
		setAutoBuilding(false);
		try {
			ITextEditor editor = EditorSupport.open(kahvila);
			PreviewView view = (PreviewView) EditorSupport.page().showView(PreviewView.ID);
			waitUntil("the preview shows the page", () -> page.equals(view.shownPage()));
			assertNull(view.bannerText());

			IDocument document = EditorSupport.document(editor);
			document.replace(0, 0, "// muutettu\n");
			editor.doSave(null);

			waitUntil("the saved source, not generated again, is announced above the page",
					() -> UiTexts.text("preview.outOfDatePage", kahvila.getName()).equals(view.bannerText()));
			assertEquals(page, view.shownPage(), "the page generated before is still shown under the banner");
		} finally {
			setAutoBuilding(true);
		}
	}

	@Test
	public void aNoticeNeverGeneratedOffersGenerateNowNotSaveOrBuild() throws Exception {
		project = TestProject.withExamples("preview-never", "tietosuojaseloste.seloste");
		IFile kahvila = project.file("tietosuojaseloste.seloste");
		IProject p = kahvila.getProject();
		IFile page = output(p, "RevontuliKahvila.fi.html");
		setAutoBuilding(false);
		try {
			GenerationSupport.enable(p);
			EditorSupport.open(kahvila);
			PreviewView view = (PreviewView) EditorSupport.page().showView(PreviewView.ID);
			waitUntil("the preview says the notice is not generated",
					() -> UiTexts.text("preview.notBuilt", kahvila.getName()).equals(view.shownText()));
			assertNull(view.shownPage());
			Link generateNow = view.generateNowLink();
			assertNotNull(generateNow, "no Generate now under the explanation");
			generateNow.notifyListeners(SWT.Selection, new Event());
			waitUntil("Generate now generates the notice and the preview shows it", () -> page.equals(view.shownPage()));
			assertShows(view, page);
		} finally {
			setAutoBuilding(true);
		}
	}

	@Test
	public void aPreviewBehindAnotherViewSetsUpNoBrowserUntilItIsShown() throws Exception {
		IFile page = generatedPage("preview-hidden", "tietosuojaseloste.seloste", "RevontuliKahvila.fi.html");
		IFile kahvila = project.file("tietosuojaseloste.seloste");
		IProject p = kahvila.getProject();
		EditorSupport.open(kahvila);
		IWorkbenchPage workbenchPage = EditorSupport.page();
		// the preview's stack holds another view on top, as when the workbench restores it behind one (or
		// before its window is shown): the view is created, but not on screen
		PreviewView visible = (PreviewView) workbenchPage.showView(PreviewView.ID);
		waitUntil("the preview shows the page", () -> page.equals(visible.shownPage()));
		workbenchPage.hideView(visible);
		IViewPart other = workbenchPage.showView("org.eclipse.ui.views.ProblemView");
		PreviewView view = (PreviewView) workbenchPage.showView(PreviewView.ID, null, IWorkbenchPage.VIEW_CREATE);
		EditorSupport.processEvents();
		assertFalse(workbenchPage.isPartVisible(view), "test set-up: the preview is to be behind " + other.getTitle());
		assertFalse(view.browserTried(), "the preview set up its browser engine while not on screen (B7)");
		assertNull(view.shownPage());

		workbenchPage.showView(PreviewView.ID);
		waitUntil("once shown, the preview sets up its browser and shows the page",
				() -> view.browserTried() && page.equals(view.shownPage()));
		assertShows(view, page);
	}

	@Test
	public void aReloadOnSaveKeepsTheScrollPosition() throws Exception {
		IFile page = generatedPage("preview-scroll", "privacy-notice.seloste", "NorthwindAnalytics.en.html");
		IFile northwind = project.file("privacy-notice.seloste");
		IProject p = northwind.getProject();
		EditorSupport.open(northwind);
		PreviewView view = (PreviewView) EditorSupport.page().showView(PreviewView.ID);
		waitUntil("the preview shows the page", () -> page.equals(view.shownPage()));
		assumeTrue(view.hasBrowser(), "no browser engine (WebKitGTK) here: the scroll position cannot be tested");
		waitUntil("the page is loaded", () -> view.scrollY() == 0);
		view.scrollTo(300);
		waitUntil("the reader scrolled down", () -> view.scrollY() >= 299);

		int loads = view.loadsCompleted();
		replaceOnce(northwind, "We do not profile our customers' ", "We never profile our customers' ");
		// refresh() is asynchronous: until the new page has loaded, scrollY reads the old one
		waitUntil("the preview has loaded the rewritten page", () -> view.loadsCompleted() > loads);
		waitUntil("the reloaded page is at the reader's place again (B16)", () -> view.scrollY() >= 299);
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

	/** A project of one example with generation on, once its page is generated: the page. */
	private IFile generatedPage(String projectName, String example, String pageName) throws Exception {
		project = TestProject.withExamples(projectName, example);
		IProject generating = project.file(example).getProject();
		GenerationSupport.enable(generating);
		IFile page = output(generating, pageName);
		waitUntil("the notice is generated", page::exists);
		return page;
	}
}
