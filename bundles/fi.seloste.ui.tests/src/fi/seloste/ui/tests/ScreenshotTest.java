package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.errors;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.page;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Pictures of the editor for a person to look at, not assertions: run with
 * {@code -Dseloste.screenshot=/tmp/shots} to write {@code colouring.png} and {@code marker.png}.
 * Skipped unless a folder is given (the build's default is {@code off}).
 */
@EnabledIf("requested")
public class ScreenshotTest {

	private static final String FOLDER_PROPERTY = "seloste.screenshot";

	static boolean requested() {
		String folder = System.getProperty(FOLDER_PROPERTY, "off").strip();
		return !folder.isEmpty() && !folder.equals("off");
	}

	private TestProject project;

	@AfterEach
	public void deleteProject() throws Exception {
		page().closeAllEditors(false);
		if (project != null) {
			project.close();
		}
	}

	@Test
	public void colouringAndAMarker() throws Exception {
		Path folder = Path.of(System.getProperty(FOLDER_PROPERTY).strip());
		Files.createDirectories(folder);
		Shell shell = page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 1000);
		page().showView(IPageLayout.ID_PROBLEM_VIEW);

		project = TestProject.withExamples("screenshots", "tietosuojaseloste.seloste",
				"organisation/organisation.seloste", "organisation/asiakasrekisteri.seloste");
		IFile finnish = project.file("tietosuojaseloste.seloste");
		ITextEditor editor = open(finnish);
		waitForValidation(finnish, document(editor));
		capture(shell, folder.resolve("colouring.png"));

		IFile notice = project.file("asiakasrekisteri.seloste");
		editor = open(notice);
		IDocument document = document(editor);
		waitForValidation(notice, document);
		int name = document.get().indexOf("tiedot Yhteystiedot, Tehtavatiedot") + "tiedot Yhteystiedot, ".length();
		document.replace(name, "Tehtavatiedot".length(), "Tehtavatiedt");
		editor.selectAndReveal(name, 0);
		waitUntil("an error marker", () -> !errors(notice).isEmpty());
		settle();
		expandProblemGroups(shell);
		capture(shell, folder.resolve("marker.png"));
	}

	/** Opens the "Errors" group of the Problems view so that the picture shows the message. */
	private static void expandProblemGroups(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree) {
				for (TreeItem item : tree.getItems()) {
					if (item.getText().startsWith("Errors")) {
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

	/** Lets the workbench lay out and paint for a moment. */
	private static void settle() throws InterruptedException {
		long until = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < until) {
			processEvents();
			Thread.sleep(20);
		}
	}

	/** Saves the window as it is on the screen. */
	private static void capture(Shell shell, Path png) throws InterruptedException {
		settle();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(png.toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
