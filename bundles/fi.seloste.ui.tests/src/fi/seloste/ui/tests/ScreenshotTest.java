package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.errors;
import static fi.seloste.ui.tests.EditorSupport.markers;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.page;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.styledText;
import static fi.seloste.ui.tests.EditorSupport.viewer;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import fi.seloste.ui.internal.contentassist.SelosteContentAssistProcessor;
import fi.seloste.ui.internal.navigation.QuickOutlineHandler;
import fi.seloste.ui.internal.navigation.QuickOutlinePopup;
import fi.seloste.ui.internal.outline.SelosteOutlinePage;
import fi.seloste.ui.internal.preferences.SyntaxColouringPreferencePage;
import fi.seloste.ui.internal.preview.PreviewView;
import fi.seloste.ui.internal.validation.ProblemMarkers;
import fi.seloste.validation.SelosteCheck;

/**
 * Pictures of the editor in a running workbench (window 1280×1000; Project Explorer and Outline on
 * the left, Problems below the editor) for a person and the README to look at, not assertions: the
 * only waits that fail are for what must appear (a marker, a popup, the generated page). Run with
 * {@code -Dseloste.screenshot=/tmp/shots} on a screen larger than the window; skipped unless a
 * folder is given (the build's default is {@code off}). One run writes:
 * <ul>
 * <li>{@code colouring.png}: the Finnish example with its colours and the Outline;</li>
 * <li>{@code marker.png}: a typo in a reference, its squiggle, marker and Problems entry;</li>
 * <li>{@code quickfix.png}: Ctrl+1 on a typed {@code http://} web address: the fix and, beside it,
 * the problem it fixes;</li>
 * <li>{@code contentassist.png}: Ctrl+Space after {@code peruste}: the legal bases with their GDPR
 * article;</li>
 * <li>{@code hover.png}: the mouse resting on a legal basis: the GDPR provision behind it (missing
 * when no hover appeared, which the output says);</li>
 * <li>{@code outline.png}: an entry selected in the Outline selects the element's name in the
 * editor;</li>
 * <li>{@code preview.png} or {@code preview-browser.png}: the Notice Preview below the editor of a
 * project that generates on save: without a browser engine (WebKitGTK) its fallback (the page's
 * path and a link to the system browser), with one the generated page.</li>
 * </ul>
 * Popups are separate shells: the pictures are taken from the screen, over the window and every
 * popup on it.
 */
@EnabledIf("requested")
public class ScreenshotTest {

	private static final String FOLDER_PROPERTY = "seloste.screenshot";
	private static final String FINNISH = "tietosuojaseloste.seloste";

	static boolean requested() {
		String folder = System.getProperty(FOLDER_PROPERTY, "off").strip();
		return !folder.isEmpty() && !folder.equals("off");
	}

	private TestProject project;
	private IProject generating;
	private Path folder;
	private Shell shell;
	private Runnable restoreLayout = () -> {
	};

	@BeforeEach
	public void arrangeTheWindow() throws Exception {
		folder = Path.of(System.getProperty(FOLDER_PROPERTY).strip());
		Files.createDirectories(folder);
		shell = page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 1000);
		shell.forceActive();
		page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		page().showView(IPageLayout.ID_OUTLINE);
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
	}

	@AfterEach
	public void cleanUp() throws Exception {
		closePopups();
		page().closeAllEditors(false);
		restoreLayout.run();
		IViewPart preview = page().findView(PreviewView.ID);
		if (preview != null) {
			page().hideView(preview);
		}
		if (project != null) {
			project.close();
		}
		if (generating != null) {
			GenerationSupport.delete(generating);
		}
	}

	@Test
	public void colouringAndAMarker() throws Exception {
		project = TestProject.withExamples("screenshots", FINNISH,
				"organisation/organisation.seloste", "organisation/asiakasrekisteri.seloste");
		IFile finnish = project.file(FINNISH);
		ITextEditor editor = openAndShow(finnish);
		waitForValidation(finnish, document(editor));
		waitForOutline();
		capture(folder.resolve("colouring.png"));

		IFile notice = project.file("asiakasrekisteri.seloste");
		editor = openAndShow(notice);
		IDocument document = document(editor);
		waitForValidation(notice, document);
		int name = document.get().indexOf("tiedot Yhteystiedot, Tehtavatiedot") + "tiedot Yhteystiedot, ".length();
		document.replace(name, "Tehtavatiedot".length(), "Tehtavatiedt");
		editor.selectAndReveal(name, 0);
		waitUntil("an error marker", () -> !errors(notice).isEmpty());
		settle();
		expandProblemGroups(shell);
		capture(folder.resolve("marker.png"));
	}

	@Test
	public void quickFix() throws Exception {
		project = TestProject.withExamples("screenshots-quickfix", FINNISH);
		IFile file = project.file(FINNISH);
		ITextEditor editor = openAndShow(file);
		IDocument document = document(editor);
		String secure = "verkkosivu \"https://www.revontulikahvila.fi\"";
		int offset = document.get().indexOf(secure) + secure.indexOf("https");
		document.replace(offset + 4, 1, ""); // https → http, as if typed
		waitUntil("an insecureUrl marker", () -> markers(file).stream()
				.anyMatch(m -> SelosteCheck.INSECURE_URL.code().equals(m.getAttribute(ProblemMarkers.CODE, null))));
		waitForValidation(file, document);
		editor.selectAndReveal(offset + 2, 0);
		settle(); // the Problems view shows the new marker after a moment
		expandProblemGroups(shell);
		styledText(editor).setFocus();
		settle();

		List<Shell> before = visibleShells();
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ISourceViewer.QUICK_ASSIST);
		waitUntil("the quick fix popup is shown", () -> newShells(before).size() >= 1);
		// the problem's message comes beside the selected fix a moment later
		waitAtMost(3000, () -> newShells(before).size() >= 2);
		capture(folder.resolve("quickfix.png"));
	}

	@Test
	public void contentAssist() throws Exception {
		project = TestProject.withExamples("screenshots-assist", FINNISH);
		IFile file = project.file(FINNISH);
		ITextEditor editor = openAndShow(file);
		IDocument document = document(editor);
		waitForValidation(file, document);
		int offset = document.get().indexOf("peruste sopimus fi \"Käsittely") + "peruste ".length();
		editor.selectAndReveal(offset, 0);
		styledText(editor).setFocus();
		settle();

		List<Shell> before = visibleShells();
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class))
				.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		waitUntil("the content assist popup is shown", () -> newShells(before).size() >= 1);
		// the selected proposal's description comes beside it a moment later
		waitAtMost(3000, () -> newShells(before).size() >= 2);
		showWholeProposals(newShells(before));
		capture(folder.resolve("contentassist.png"));
	}

	@Test
	public void hover() throws Exception {
		project = TestProject.withExamples("screenshots-hover", FINNISH);
		IFile file = project.file(FINNISH);
		ITextEditor editor = openAndShow(file);
		IDocument document = document(editor);
		waitForValidation(file, document);
		int offset = document.get().indexOf("peruste sopimus fi") + "peruste so".length();
		editor.selectAndReveal(offset, 0);
		StyledText text = styledText(editor);
		text.setFocus();
		settle();

		int widgetOffset = ((ITextViewerExtension5) viewer(editor)).modelOffset2WidgetOffset(offset);
		Point at = text.toDisplay(text.getLocationAtOffset(widgetOffset));
		at.y += text.getLineHeight(widgetOffset) / 2;
		List<Shell> before = visibleShells();
		// the mouse comes to rest on the word as a person's does
		moveMouse(at.x - 20, at.y);
		moveMouse(at.x, at.y);
		if (waitAtMost(5000, () -> !newShells(before).isEmpty())) {
			capture(folder.resolve("hover.png"));
		} else {
			System.out.println("ScreenshotTest: no hover appeared for the mouse at " + at + "; no hover.png");
		}
		moveMouse(5, 5);
	}

	@Test
	public void outlineSelection() throws Exception {
		project = TestProject.withExamples("screenshots-outline", FINNISH);
		IFile file = project.file(FINNISH);
		ITextEditor editor = openAndShow(file);
		waitForValidation(file, document(editor));
		SelosteOutlinePage outline = waitForOutline();
		Tree tree = (Tree) outline.getControl();
		TreeItem item = find(tree.getItems(), "tarkoitus Uutiskirje (suostumus)");
		tree.setSelection(item);
		tree.showItem(item);
		outline.setSelection(new StructuredSelection(item.getData()));
		tree.setFocus();
		capture(folder.resolve("outline.png"));
	}

	@Test
	public void preview() throws Exception {
		project = TestProject.withExamples("screenshots-preview", FINNISH);
		IFile file = project.file(FINNISH);
		generating = file.getProject();
		project = null; // deleted once its builds are done
		GenerationSupport.enable(generating);
		IFile page = GenerationSupport.output(generating, "RevontuliKahvila.fi.html");
		GenerationSupport.waitUntil("the notice is generated", page::exists);
		ITextEditor editor = openAndShow(file);
		waitForValidation(file, document(editor));
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand("fi.seloste.ui.previewNotice", null);
		PreviewView view = (PreviewView) page().findView(PreviewView.ID);
		waitUntil("the preview shows the generated page", () -> view != null && page.equals(view.shownPage()));
		enlarge(view);
		if (view.hasBrowser()) {
			Browser browser = find(shell, Browser.class);
			GenerationSupport.waitUntil("the browser has loaded the page", () -> browser != null
					&& browser.getUrl().endsWith(page.getName())
					&& "complete".equals(browser.evaluate("return document.readyState;")));
			capture(folder.resolve("preview-browser.png"));
		} else {
			capture(folder.resolve("preview.png"));
		}
	}

	/**
	 * Widens the proposal list so that each legal basis shows its article in full; the description
	 * beside it (the same article) gives way when the window has no room left for it.
	 */
	private void showWholeProposals(List<Shell> popups) {
		Shell list = null;
		for (Shell popup : popups) {
			if (find(popup, Table.class) != null) {
				list = popup;
			}
		}
		if (list == null) {
			return;
		}
		Table table = find(list, Table.class);
		GC gc = new GC(table);
		int widest = 0;
		try {
			for (TableItem item : table.getItems()) {
				widest = Math.max(widest, gc.textExtent(item.getText()).x);
			}
		} finally {
			gc.dispose();
		}
		Rectangle bounds = list.getBounds();
		int width = Math.min(widest + 60, shell.getBounds().x + shell.getBounds().width - bounds.x - 10);
		if (width > bounds.width) {
			list.setSize(width, bounds.height);
			for (Shell popup : popups) {
				if (popup != list && popup.getBounds().intersects(list.getBounds())) {
					popup.setVisible(false);
				}
			}
		}
	}

	/** Gives the view's part stack most of the height it shares with the editor, until the test's end. */
	private void enlarge(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		if (part == null) {
			return;
		}
		MUIElement shown = part.getCurSharedRef() != null ? part.getCurSharedRef() : part;
		MUIElement stack = shown.getParent();
		if (stack == null || stack.getParent() == null) {
			return;
		}
		List<MUIElement> siblings = List.copyOf(stack.getParent().getChildren());
		List<String> before = siblings.stream().map(MUIElement::getContainerData).toList();
		for (MUIElement sibling : siblings) {
			sibling.setContainerData(sibling == stack ? "6000" : "4000");
		}
		restoreLayout = () -> {
			for (int i = 0; i < siblings.size(); i++) {
				siblings.get(i).setContainerData(before.get(i));
			}
		};
	}

	private ITextEditor openAndShow(IFile file) throws Exception {
		ITextEditor editor = open(file);
		IViewPart explorer = page().showView(IPageLayout.ID_PROJECT_EXPLORER, null, IWorkbenchPage.VIEW_VISIBLE);
		if (explorer instanceof ISetSelectionTarget target) {
			target.selectReveal(new StructuredSelection(file));
		}
		page().showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
		page().activate(editor);
		return editor;
	}

	private static SelosteOutlinePage waitForOutline() {
		waitUntil("the Outline view shows the notice", () -> outlinePage() != null
				&& ((Tree) outlinePage().getControl()).getItemCount() > 0);
		return outlinePage();
	}

	private static SelosteOutlinePage outlinePage() {
		return page().findView(IPageLayout.ID_OUTLINE) instanceof ContentOutline view
				&& view.getCurrentPage() instanceof SelosteOutlinePage outline ? outline : null;
	}

	private static TreeItem find(TreeItem[] items, String label) {
		for (TreeItem item : items) {
			if (item.getText().equals(label)) {
				return item;
			}
			TreeItem inside = find(item.getItems(), label);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	private static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control) && control.isVisible()) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * Opens the "Errors" and "Warnings" groups of the Problems view and widens its Description
	 * column so that the picture shows the messages.
	 */
	private static void expandProblemGroups(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree) {
				if (tree.getColumnCount() > 1 && "Description".equals(tree.getColumn(0).getText())) {
					tree.getColumn(0).setWidth(560);
				}
				for (TreeItem item : tree.getItems()) {
					if (item.getText().startsWith("Errors") || item.getText().startsWith("Warnings")) {
						Event event = new Event();
						event.item = item;
						tree.notifyListeners(SWT.Expand, event); // lets the viewer create the children
						item.setExpanded(true);
					}
				}
			} else if (child instanceof Composite composite) {
				expandProblemGroups(composite);
			}
		}
	}

	private static void moveMouse(int x, int y) {
		Event event = new Event();
		event.type = SWT.MouseMove;
		event.x = x;
		event.y = y;
		Display.getCurrent().post(event);
		processEvents();
	}

	private static List<Shell> visibleShells() {
		return Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed() && s.isVisible()).toList();
	}

	/** Shells shown since {@code before}: popups, hovers and their information panes. */
	private static List<Shell> newShells(List<Shell> before) {
		List<Shell> shells = new ArrayList<>(visibleShells());
		shells.removeAll(before);
		return shells;
	}

	private void closePopups() {
		for (Shell popup : visibleShells()) {
			if (popup != shell && !popup.isDisposed()) { // closing a popup may dispose its children
				popup.close();
			}
		}
		processEvents();
	}

	/**
	 * Runs the event loop until the condition holds or the time is up (for what may rightly not come,
	 * such as a proposal's description); tells which.
	 */
	private static boolean waitAtMost(long millis, BooleanSupplier condition) throws InterruptedException {
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			processEvents();
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	/** Lets the workbench lay out and paint for a moment. */
	private static void settle() throws InterruptedException {
		long until = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < until) {
			processEvents();
			Thread.sleep(20);
		}
	}

	/**
	 * The picture without the black screen below and right of the window (Xvfb has no window
	 * manager; the window may paint a little less than its bounds).
	 */
	private static ImageData withoutBlackEdges(ImageData data) {
		int bottom = data.height;
		while (bottom > 1 && black(data, 0, data.width, bottom - 1, bottom)) {
			bottom--;
		}
		int right = data.width;
		while (right > 1 && black(data, right - 1, right, 0, bottom)) {
			right--;
		}
		if (bottom == data.height && right == data.width) {
			return data;
		}
		ImageData cropped = new ImageData(right, bottom, data.depth, data.palette);
		int[] pixels = new int[right];
		for (int y = 0; y < bottom; y++) {
			data.getPixels(0, y, right, pixels, 0);
			cropped.setPixels(0, y, right, pixels, 0);
		}
		return cropped;
	}

	private static boolean black(ImageData data, int x0, int x1, int y0, int y1) {
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				if ((data.getPixel(x, y) & 0xFFFFFF) != 0) {
					return false;
				}
			}
		}
		return true;
	}

	/** Saves what the screen shows of the window and of every popup over or beside it. */
	private void capture(Path png) throws InterruptedException {
		settle();
		Display display = shell.getDisplay();
		Rectangle area = shell.getBounds();
		for (Shell popup : visibleShells()) {
			area = area.union(popup.getBounds());
		}
		area = area.intersection(display.getBounds());
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { withoutBlackEdges(image.getImageData()) };
		loader.save(png.toString(), SWT.IMAGE_PNG);
		image.dispose();
	}

	// ===== Issue 13 (typing): the syntax colouring page and a template inserted with its values to fill in.

	/** {@code syntax-colouring.png}: Preferences → Seloste → Syntax Colouring, keywords selected, with the preview. */
	@Test
	public void syntaxColouringPreferences() throws Exception {
		PreferenceDialog dialog = PreferencesUtil
				.createPreferenceDialogOn(shell, SyntaxColouringPreferencePage.ID,
						null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.getShell().setBounds(60, 60, 900, 720);
			settle();
			capture(folder.resolve("syntax-colouring.png"));
		} finally {
			dialog.close();
		}
	}

	/**
	 * {@code template.png}: the purpose template chosen after {@code tar}: inserted at the line's
	 * indentation, the name selected, the legal basis left empty to choose (no fact asserted).
	 */
	@Test
	public void templateWithPlaceholders() throws Exception {
		project = TestProject.withExamples("screenshots-template", FINNISH);
		IFile file = project.file(FINNISH);
		ITextEditor editor = openAndShow(file);
		IDocument document = document(editor);
		waitForValidation(file, document);
		int line = document.get().indexOf("\n\t\ttarkoitus ") + 1;
		document.replace(line, 0, "\t\ttar\n");
		int offset = line + "\t\ttar".length();
		ICompletionProposal template = Arrays
				.stream(new SelosteContentAssistProcessor()
						.computeCompletionProposals(viewer(editor), offset))
				.filter(p -> p.getDisplayString().startsWith("tarkoitus") && p.getDisplayString().contains("{"))
				.findFirst().orElseThrow();
		editor.selectAndReveal(offset, 0);
		styledText(editor).setFocus();
		((ICompletionProposalExtension2) template).apply(viewer(editor), '\0', 0,
				offset);
		settle();
		capture(folder.resolve("template.png"));
	}

	// ===== Issue 13 (navigation): Find References, Quick Outline, the Rename preview =====

	/** {@code find-references.png}: Ctrl+Shift+G on a data category: its references in the Search view. */
	@Test
	public void findReferences() throws Exception {
		project = TestProject.withExamples("screenshots-references", "organisation/organisation.seloste",
				"organisation/asiakasrekisteri.seloste", "organisation/rekrytointirekisteri.seloste");
		IFile file = project.file("organisation.seloste");
		ITextEditor editor = openAndShow(file);
		waitForValidation(file, document(editor));
		editor.selectAndReveal(document(editor).get().indexOf("tietoryhmä Yhteystiedot") + "tietoryhmä Yh".length(), 0);
		PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand("org.eclipse.ui.genericeditor.findReferences", null);
		waitUntil("the Search view shows the references", () -> {
			ISearchResultViewPart view = NewSearchUI.getSearchResultView();
			return view != null && view.getActivePage() != null
					&& view.getActivePage().getClass().getSimpleName().equals("ReferencesResultPage")
					&& NewSearchUI.getQueries().length > 0
					&& !NewSearchUI.isQueryRunning(NewSearchUI.getQueries()[0]);
		});
		capture(folder.resolve("find-references.png"));
		for (ISearchQuery query : NewSearchUI.getQueries()) {
			NewSearchUI.removeQuery(query);
		}
		page().hideView(page().findView(NewSearchUI.SEARCH_VIEW_ID));
	}

	/** {@code quick-outline.png}: Ctrl+O with "tar" typed: the purposes of the Finnish example. */
	@Test
	public void quickOutline() throws Exception {
		project = TestProject.withExamples("screenshots-quick-outline", FINNISH);
		IFile file = project.file(FINNISH);
		ITextEditor editor = openAndShow(file);
		waitForValidation(file, document(editor));
		waitForOutline();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("fi.seloste.ui.quickOutline", null);
		QuickOutlinePopup popup = QuickOutlineHandler
				.lastPopup();
		popup.filterText().setText("tar");
		capture(folder.resolve("quick-outline.png"));
		popup.close();
	}

	/** {@code rename-preview.png}: Rename… of a data category to Yhteydet, its preview of every file changed. */
	@Test
	public void renamePreview() throws Exception {
		project = TestProject.withExamples("screenshots-rename", "organisation/organisation.seloste",
				"organisation/asiakasrekisteri.seloste", "organisation/rekrytointirekisteri.seloste");
		IFile file = project.file("organisation.seloste");
		ITextEditor editor = openAndShow(file);
		waitForValidation(file, document(editor));
		editor.selectAndReveal(document(editor).get().indexOf("tietoryhmä Yhteystiedot") + "tietoryhmä Yh".length(), 0);
		Display display = Display.getCurrent();
		boolean[] captured = { false };
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 30_000;
		poll[0] = () -> {
			for (Shell dialog : display.getShells()) {
				if (dialog.isVisible() && dialog.getData() instanceof IWizardContainer container) {
					Text name = find(dialog, Text.class);
					if (name != null && !"Yhteydet".equals(name.getText())) {
						name.setText("Yhteydet");
						pressButton(dialog, IDialogConstants.CLIENT_ID + 1); // Preview
					} else if (container.getCurrentPage() != null
							&& !container.getCurrentPage().getClass().getSimpleName().equals("NewNamePage")) {
						try {
							dialog.setSize(1000, 700);
							capture(folder.resolve("rename-preview.png"));
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
						captured[0] = true;
						dialog.close();
						return;
					}
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(200, poll[0]);
			}
		};
		display.timerExec(200, poll[0]);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("fi.seloste.ui.rename", null);
		if (!captured[0]) {
			System.out.println("ScreenshotTest: the rename preview did not show; no rename-preview.png");
		}
	}

	private static void pressButton(Shell dialog, int id) {
		List<Control> pending = new ArrayList<>(List.of(dialog.getChildren()));
		while (!pending.isEmpty()) {
			Control control = pending.remove(0);
			if (control instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
			if (control instanceof Composite composite) {
				pending.addAll(List.of(composite.getChildren()));
			}
		}
	}

	/**
	 * Issue 14: Compare With &gt; Local History of the Finnish example after three changes: the semantic
	 * changes, material first with their provision, beside the text diff. {@code compare-semantic.png}: in the
	 * Outline view (the platform's default, the view made taller); {@code compare-semantic-editor.png}: above
	 * the text diff, with "Show structure compare in Outline view" off.
	 */
	@Test
	public void semanticDiff() throws Exception {
		project = TestProject.withExamples("screenshots-compare", FINNISH);
		enlarge(page().showView(IPageLayout.ID_OUTLINE));
		SemanticDiffTest.compareWithLocalHistory(project.file(FINNISH));
		settle();
		capture(folder.resolve("compare-semantic.png"));
		page().closeAllEditors(false);
		restoreLayout.run();

		org.eclipse.core.runtime.preferences.IEclipsePreferences compare = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
				.getNode("org.eclipse.compare");
		compare.putBoolean("org.eclipse.compare.UseOutlineView", false);
		try {
			project.close();
			project = TestProject.withExamples("screenshots-compare-editor", FINNISH);
			SemanticDiffTest.compareWithLocalHistory(project.file(FINNISH));
			settle();
			capture(folder.resolve("compare-semantic-editor.png"));
		} finally {
			compare.remove("org.eclipse.compare.UseOutlineView");
		}
	}
}
