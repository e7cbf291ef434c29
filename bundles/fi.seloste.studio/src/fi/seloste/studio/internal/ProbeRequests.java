package fi.seloste.studio.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.wizards.IWizardDescriptor;

import fi.seloste.studio.internal.guide.GuideView;

/**
 * The requests of the product test (start-studio-test.sh) to {@link StartupProbe}: each does what a
 * user would do in Studio, waits (polling, with a time limit) until the result shows, and adds facts
 * for the test to check. Requests, in the order the test sends them:
 * <dl>
 * <dt>wizard</dt><dd>presses the welcome page's "Create the example project" button</dd>
 * <dt>finish</dt><dd>presses Finish in that wizard; waits for the project and its first build</dd>
 * <dt>edit</dt><dd>opens tietosuojaseloste.seloste, turns an https:// address into http://, waits for the marker</dd>
 * <dt>quickfix</dt><dd>Ctrl+1 at the marker: waits for the quick fix popup</dd>
 * <dt>fix</dt><dd>closes the popup, applies the marker's resolution, waits for the marker to go, saves</dd>
 * <dt>assist</dt><dd>Ctrl+Space after {@code peruste }: waits for the proposals popup</dd>
 * <dt>preview</dt><dd>closes the popup, runs Preview Notice, waits for the preview</dd>
 * <dt>outline</dt><dd>shows the Outline of the active editor, expanded: its entries and their icons</dd>
 * <dt>guide</dt><dd>Help &gt; Help Contents: waits for the Seloste guide</dd>
 * <dt>welcome</dt><dd>Help &gt; Welcome: the welcome page's title and heading</dd>
 * <dt>examples-again</dt><dd>opens the examples wizard (as File &gt; New &gt; Examples does): its title, message, Finish</dd>
 * <dt>cancel</dt><dd>closes the open wizard (Cancel)</dd>
 * </dl>
 */
final class ProbeRequests {

	private static final String NATURE = "fi.seloste.ui.selosteNature";
	private static final String NOTICE = "tietosuojaseloste.seloste";
	private static final String GENERATED = "generated-notices/RevontuliKahvila.fi.html";
	private static final String SECURE_ADDRESS = "\"https://www.revontulikahvila.fi\"";
	private static final String PURPOSE_BASIS = "peruste sopimus";
	private static final String PREVIEW_VIEW = "fi.seloste.ui.previewView";
	private static final String PREVIEW_COMMAND = "fi.seloste.ui.previewNotice";
	private static final String PROBLEM = "fi.seloste.ui.problem";
	private static final String GUIDE_VIEW = GuideView.ID;

	private final IWorkbench workbench;
	private final Display display;

	ProbeRequests(IWorkbench workbench) {
		this.workbench = workbench;
		this.display = workbench.getDisplay();
	}

	void run(String request, List<String> facts) throws Exception {
		switch (request) {
		case "wizard" -> openExamplesWizard(facts);
		case "finish" -> finishExamplesWizard(facts);
		case "edit" -> breakAddress(facts);
		case "quickfix" -> popup(ISourceViewer.QUICK_ASSIST, "quickfix", facts);
		case "fix" -> fix(facts);
		case "assist" -> assist(facts);
		case "preview" -> preview(facts);
		case "outline" -> outline(facts);
		case "guide" -> guide(facts);
		case "welcome" -> welcome(facts);
		case "examples-again" -> examplesAgain(facts);
		case "cancel" -> cancelWizard(facts);
		default -> facts.add("error unknown request " + request);
		}
	}

	/** The welcome page's button, as the user clicks it: the page's own listener opens the wizard. */
	private void openExamplesWizard(List<String> facts) throws Exception {
		Button button = ui(() -> find(workbench.getActiveWorkbenchWindow().getShell(), Button.class,
				b -> WelcomePart.EXAMPLES_WIZARD_ID.equals(b.getData(WelcomePart.ACTION_KEY)) && b.isVisible()));
		facts.add("welcome button " + (button != null));
		if (button == null) {
			return;
		}
		// async: the wizard dialog is modal, it runs its own event loop until closed
		display.asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
		Shell wizard = await(30, () -> wizardShell());
		facts.add("wizard " + (wizard == null ? "-" : ui(wizard::getText)));
	}

	private void finishExamplesWizard(List<String> facts) throws Exception {
		Shell wizard = ui(this::wizardShell);
		if (wizard == null) {
			facts.add("error no wizard open");
			return;
		}
		List<String> before = projectNames();
		Button finish = ui(() -> find(wizard, Button.class, b -> Integer.valueOf(IDialogConstants.FINISH_ID).equals(b.getData())));
		facts.add("finish enabled " + ui(() -> finish != null && finish.isEnabled()));
		if (finish == null) {
			return;
		}
		display.asyncExec(() -> finish.notifyListeners(SWT.Selection, new Event()));
		facts.add("wizard closed " + (await(60, () -> wizardShell() == null ? Boolean.TRUE : null) != null));
		IProject project = await(30, () -> Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> !before.contains(p.getName()) && p.isOpen() && hasNature(p)).findFirst().orElse(null));
		if (project == null) {
			facts.add("error no new project with the nature " + NATURE);
			return;
		}
		facts.add("project " + project.getName() + " nature " + NATURE);
		facts.add("file " + NOTICE + " " + project.getFile(NOTICE).exists());
		// the builder's first build generates every example
		IFile generated = project.getFile(GENERATED);
		facts.add("generated " + GENERATED + " " + (await(120, () -> generated.exists() ? generated : null) != null));
		facts.add("welcome closed " + ui(() -> workbench.getIntroManager().getIntro() == null));
	}

	/** Opens the notice and, as if typed, weakens an https:// address to http://; waits for its marker. */
	private void breakAddress(List<String> facts) throws Exception {
		IFile file = examplesProject().getFile(NOTICE);
		ITextEditor editor = ui(() -> {
			IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
			IEditorPart part = IDE.openEditor(page, file, true);
			page.showView("org.eclipse.ui.views.ProblemView", null, IWorkbenchPage.VIEW_VISIBLE);
			return part instanceof ITextEditor text ? text : null;
		});
		facts.add("opened " + file.getFullPath() + " in " + (editor == null ? "-" : editor.getSite().getId()));
		int before = problems(file).length;
		int offset = ui(() -> {
			IDocument document = document(editor);
			int at = document.get().indexOf(SECURE_ADDRESS) + 1;
			document.replace(at, "https://".length(), "http://");
			editor.selectAndReveal(at + "http://".length(), 0);
			return at;
		});
		IMarker marker = await(60, () -> markerAt(file, offset));
		facts.add("markers before " + before);
		facts.add("marker " + (marker == null ? "-" : describe(marker)));
		facts.add("markers after edit " + problems(file).length);
		// the Problems view lists it (its tree refreshes on its own schedule): expanded and selected there
		TreeItem row = await(30, () -> problemsRow("http://www.revontulikahvila.fi"));
		facts.add("problems row " + (row == null ? "-" : ui(() -> row.getText(0))));
	}

	/**
	 * The row of the Problems view whose description contains the text, its category expanded (as a
	 * click on its arrow does) and the row selected and scrolled into view; null while there is none.
	 */
	private TreeItem problemsRow(String text) {
		IViewPart view = workbench.getActiveWorkbenchWindow().getActivePage().findView("org.eclipse.ui.views.ProblemView");
		Composite window = workbench.getActiveWorkbenchWindow().getShell();
		Tree tree = view == null ? null : find(window, Tree.class, t -> t.isVisible() && t.getColumnCount() > 1
				&& Arrays.stream(t.getItems()).anyMatch(i -> i.getText(0).startsWith("Warnings")));
		if (tree == null) {
			return null;
		}
		for (TreeItem category : tree.getItems()) {
			if (!category.getExpanded()) {
				Event expand = new Event();
				expand.item = category;
				tree.notifyListeners(SWT.Expand, expand); // JFace creates the children on this event
				category.setExpanded(true);
			}
			for (TreeItem item : category.getItems()) {
				if (item.getText(0).contains(text)) {
					tree.setSelection(item);
					tree.showItem(item);
					return item;
				}
			}
		}
		return null;
	}

	/** Ctrl+1 or Ctrl+Space in the active editor: the popup shell and the proposals in its table. */
	private void popup(int operation, String name, List<String> facts) throws Exception {
		closePopups();
		ui(() -> {
			ITextOperationTarget target = activeEditor().getAdapter(ITextOperationTarget.class);
			facts.add(name + " enabled " + target.canDoOperation(operation));
			target.doOperation(operation);
			return null;
		});
		Table table = await(30, () -> {
			Shell popup = popupShell();
			// content assist computes in the background: its first row says so until it is done
			return popup == null ? null : find(popup, Table.class, t -> t.isVisible() && t.getItemCount() > 0
					&& !t.getItem(0).getText().startsWith("Computing proposals"));
		});
		if (table == null) {
			facts.add(name + " popup -");
			return;
		}
		facts.add(name + " popup proposals " + ui(table::getItemCount));
		ui(() -> {
			for (int i = 0; i < Math.min(10, table.getItemCount()); i++) {
				facts.add(name + " proposal " + table.getItem(i).getText());
			}
			return null;
		});
	}

	/** Closes the Ctrl+1 popup (as Esc does) and applies the marker's fix, as Quick Fix in the Problems view does. */
	private void fix(List<String> facts) throws Exception {
		facts.add("popup closed " + closePopups());
		IFile file = examplesProject().getFile(NOTICE);
		ITextEditor editor = ui(this::activeEditor);
		int offset = ui(() -> document(editor).get().indexOf("\"http://") + 1);
		IMarker marker = markerAt(file, offset);
		if (marker == null) {
			facts.add("error no marker at the http:// address");
			return;
		}
		int before = problems(file).length;
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		facts.add("resolutions " + resolutions.length);
		if (resolutions.length == 0) {
			return;
		}
		facts.add("resolution " + resolutions[0].getLabel());
		ui(() -> {
			resolutions[0].run(marker);
			return null;
		});
		boolean gone = await(60, () -> markerAt(file, offset) == null ? Boolean.TRUE : null) != null;
		facts.add("marker gone " + gone);
		facts.add("markers before fix " + before + " after fix " + problems(file).length);
		facts.add("address " + ui(() -> document(editor).get().contains(SECURE_ADDRESS)));
		// saved, so that Studio closes without asking (and the builder regenerates the notice)
		ui(() -> {
			editor.doSave(null);
			return null;
		});
		facts.add("dirty " + ui(editor::isDirty));
	}

	/** Ctrl+Space right after {@code peruste }: the legal bases. */
	private void assist(List<String> facts) throws Exception {
		ui(() -> {
			ITextEditor editor = activeEditor();
			int at = document(editor).get().indexOf(PURPOSE_BASIS) + "peruste ".length();
			editor.selectAndReveal(at, 0);
			return null;
		});
		popup(ISourceViewer.CONTENTASSIST_PROPOSALS, "assist", facts);
	}

	/** Closes the proposals (Esc) and runs Preview Notice as the toolbar button does. */
	private void preview(List<String> facts) throws Exception {
		facts.add("popup closed " + closePopups());
		ui(() -> workbench.getService(IHandlerService.class).executeCommand(PREVIEW_COMMAND, null));
		IViewPart view = await(30, () -> {
			IViewPart part = workbench.getActiveWorkbenchWindow().getActivePage().findView(PREVIEW_VIEW);
			return part != null && workbench.getActiveWorkbenchWindow().getActivePage().isPartVisible(part) ? part : null;
		});
		facts.add("preview view " + (view != null));
		// the page's path (no browser engine) or the browser's address: wait until it shows the notice
		String shown = await(60, () -> {
			Label label = find(workbench.getActiveWorkbenchWindow().getShell(), Label.class,
					l -> l.isVisible() && l.getText().endsWith(".html"));
			if (label != null) {
				return "text " + label.getText();
			}
			Browser browser = find(workbench.getActiveWorkbenchWindow().getShell(),
					Browser.class, b -> b.isVisible() && b.getUrl().endsWith(".html"));
			return browser == null ? null : "browser " + browser.getUrl();
		});
		facts.add("preview " + (shown == null ? "-" : shown));
	}

	/** The Outline of the active editor, every entry expanded: how many entries, how many distinct icons. */
	private void outline(List<String> facts) throws Exception {
		ui(() -> workbench.getActiveWorkbenchWindow().getActivePage().showView("org.eclipse.ui.views.ContentOutline"));
		Tree tree = await(30, () -> {
			IViewPart view = workbench.getActiveWorkbenchWindow().getActivePage().findView("org.eclipse.ui.views.ContentOutline");
			if (view instanceof PageBookView book && book.getCurrentPage() != null
					&& book.getCurrentPage().getControl() instanceof Tree outline && outline.getItemCount() > 0) {
				return outline;
			}
			return null;
		});
		if (tree == null) {
			facts.add("outline -");
			return;
		}
		ui(() -> {
			expandAll(tree, tree.getItems());
			List<TreeItem> items = new ArrayList<>();
			collect(tree.getItems(), items);
			Set<Image> images = new HashSet<>();
			for (TreeItem item : items) {
				if (item.getImage() != null) {
					images.add(item.getImage());
				}
			}
			facts.add("outline entries " + items.size());
			facts.add("outline icons " + images.size());
			for (int i = 0; i < Math.min(8, items.size()); i++) {
				facts.add("outline entry " + items.get(i).getText());
			}
			return null;
		});
	}

	private static void expandAll(Tree tree, TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getItemCount() > 0) {
				if (!item.getExpanded()) {
					Event expand = new Event();
					expand.item = item;
					tree.notifyListeners(SWT.Expand, expand); // JFace creates the children on this event
					item.setExpanded(true);
				}
				expandAll(tree, item.getItems());
			}
		}
	}

	private static void collect(TreeItem[] items, List<TreeItem> into) {
		for (TreeItem item : items) {
			into.add(item);
			collect(item.getItems(), into);
		}
	}

	/** Help > Help Contents, as the menu runs it: the Seloste guide's view and what it shows. */
	private void guide(List<String> facts) throws Exception {
		ui(() -> workbench.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.helpContents", null));
		IViewPart view = await(30, () -> {
			IViewPart part = workbench.getActiveWorkbenchWindow().getActivePage().findView(GUIDE_VIEW);
			return part != null && workbench.getActiveWorkbenchWindow().getActivePage().isPartVisible(part) ? part : null;
		});
		facts.add("guide view " + (view != null));
		if (view != null) {
			facts.add("guide title " + ui(view::getTitle));
			String shown = await(30, () -> {
				String page = ((GuideView) view).shown();
				return page.endsWith("index.html") ? page : null;
			});
			facts.add("guide " + (shown == null ? ui(((GuideView) view)::shown) : shown));
		}
	}

	/** Help > Welcome: the welcome page, its title and first heading. */
	private void welcome(List<String> facts) throws Exception {
		ui(() -> workbench.getIntroManager().showIntro(workbench.getActiveWorkbenchWindow(), false));
		IIntroPart intro = await(30, () -> workbench.getIntroManager().getIntro());
		facts.add("welcome shown " + (intro != null));
		if (intro != null) {
			facts.add("welcome title " + ui(intro::getTitle));
			Label heading = await(10, () -> find(workbench.getActiveWorkbenchWindow().getShell(), Label.class,
					l -> l.isVisible() && l.getText().contains("Seloste Studio")));
			facts.add("welcome heading " + (heading == null ? "-" : ui(heading::getText)));
		}
	}

	/** The examples wizard opened from the registry (as File > New > Examples): its title, message and Finish. */
	private void examplesAgain(List<String> facts) throws Exception {
		IWizardDescriptor descriptor = workbench.getNewWizardRegistry().findWizard(WelcomePart.EXAMPLES_WIZARD_ID);
		if (descriptor == null) {
			facts.add("error no examples wizard");
			return;
		}
		display.asyncExec(() -> {
			try {
				IWorkbenchWizard wizard = descriptor.createWizard();
				wizard.init(workbench, StructuredSelection.EMPTY);
				new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard).open();
			} catch (CoreException e) {
				e.printStackTrace();
			}
		});
		Shell wizard = await(30, this::wizardShell);
		facts.add("wizard " + (wizard == null ? "-" : ui(wizard::getText)));
		if (wizard == null) {
			return;
		}
		WizardDialog dialog = ui(() -> (WizardDialog) wizard.getData());
		facts.add("wizard message " + ui(() -> {
			IWizardPage page = dialog.getCurrentPage();
			String error = page.getErrorMessage();
			return error != null ? "error " + error
					: page instanceof DialogPage dialogPage ? String.valueOf(dialogPage.getMessage()) : "-";
		}));
		facts.add("wizard banner " + ui(() -> dialog.getCurrentPage().getImage() != null));
		Button finish = ui(() -> find(wizard, Button.class, b -> Integer.valueOf(IDialogConstants.FINISH_ID).equals(b.getData())));
		facts.add("finish enabled " + ui(() -> finish != null && finish.isEnabled()));
	}

	private void cancelWizard(List<String> facts) throws Exception {
		Shell wizard = ui(this::wizardShell);
		if (wizard != null) {
			ui(() -> {
				wizard.close();
				return null;
			});
		}
		facts.add("wizard closed " + (await(30, () -> wizardShell() == null ? Boolean.TRUE : null) != null));
	}

	// ---------------------------------------------------------------- helpers

	private IProject examplesProject() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && hasNature(project) && project.getFile(NOTICE).exists()) {
				return project;
			}
		}
		throw new IllegalStateException("no examples project");
	}

	private static boolean hasNature(IProject project) {
		try {
			return project.hasNature(NATURE);
		} catch (CoreException e) {
			return false;
		}
	}

	private static List<String> projectNames() {
		List<String> names = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			names.add(project.getName());
		}
		return names;
	}

	private static IMarker[] problems(IFile file) throws CoreException {
		return file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
	}

	/** The editor's problem marker that covers the offset, if any. */
	private static IMarker markerAt(IFile file, int offset) throws CoreException {
		for (IMarker marker : file.findMarkers(PROBLEM, true, IResource.DEPTH_ZERO)) {
			int start = marker.getAttribute(IMarker.CHAR_START, -1);
			int end = marker.getAttribute(IMarker.CHAR_END, -1);
			if (start <= offset && offset <= end) {
				return marker;
			}
		}
		return null;
	}

	private static String describe(IMarker marker) {
		String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
		case IMarker.SEVERITY_ERROR -> "error";
		case IMarker.SEVERITY_WARNING -> "warning";
		default -> "info";
		};
		return "line " + marker.getAttribute(IMarker.LINE_NUMBER, -1) + " " + severity + ": "
				+ marker.getAttribute(IMarker.MESSAGE, "");
	}

	private ITextEditor activeEditor() {
		IEditorPart part = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		if (part instanceof ITextEditor editor) {
			return editor;
		}
		throw new IllegalStateException("no active text editor");
	}

	private static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private Shell wizardShell() {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof WizardDialog) {
				return shell;
			}
		}
		return null;
	}

	/** A visible shell of the workbench window that is no dialog: the content assist or quick fix popup. */
	private Shell popupShell() {
		Shell window = workbench.getActiveWorkbenchWindow().getShell();
		for (Shell shell : window.getShells()) {
			if (shell.isVisible() && shell.getData() == null && find(shell, Table.class, t -> true) != null) {
				return shell;
			}
		}
		return null;
	}

	/** Closes the popups, as Esc does; true when none is left. */
	private boolean closePopups() throws Exception {
		ui(() -> {
			Shell popup;
			while ((popup = popupShell()) != null) {
				popup.close();
			}
			return null;
		});
		return await(10, () -> popupShell() == null ? Boolean.TRUE : null) != null;
	}

	/** The first control of the type below (or being) the control that matches. */
	private static <T extends Control> T find(Control control, Class<T> type, Predicate<T> matches) {
		if (control.isDisposed()) {
			return null;
		}
		if (type.isInstance(control) && matches.test(type.cast(control))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, matches);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Runs on the UI thread and returns the result; rethrows its exception. */
	private <T> T ui(Callable<T> callable) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(callable.call());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	/** Polls (on the UI thread, every 200 ms) until the callable returns non-null; null after the seconds. */
	private <T> T await(int seconds, Callable<T> callable) throws Exception {
		long end = System.currentTimeMillis() + seconds * 1000L;
		while (true) {
			T result = ui(callable);
			if (result != null || System.currentTimeMillis() > end) {
				return result;
			}
			Thread.sleep(200);
		}
	}
}
