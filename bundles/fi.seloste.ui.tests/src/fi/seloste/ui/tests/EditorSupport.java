package fi.seloste.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import fi.seloste.ui.internal.validation.ProblemMarkers;

/** Opening Seloste files in the Generic Editor and waiting for what it does in the background. */
final class EditorSupport {

	static final String GENERIC_EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

	/** How long to wait for the reconciler (500 ms pause) and the marker job; generous for slow CI. */
	static final Duration TIMEOUT = Duration.ofSeconds(15);

	private EditorSupport() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ITextEditor open(IFile file) throws PartInitException {
		return (ITextEditor) IDE.openEditor(page(), file, GENERIC_EDITOR_ID);
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ITextViewer viewer(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	static StyledText styledText(ITextEditor editor) {
		return (StyledText) editor.getAdapter(Control.class);
	}

	/** The style the editor shows at a document offset; {@code null} for the default text style. */
	static StyleRange styleAt(ITextEditor editor, int offset) {
		processEvents();
		ITextViewer viewer = viewer(editor);
		int widgetOffset = viewer instanceof ITextViewerExtension5 extension
				? extension.modelOffset2WidgetOffset(offset)
				: offset;
		return styledText(editor).getStyleRangeAtOffset(widgetOffset);
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/** Runs the event loop until the condition holds; fails after {@link #TIMEOUT}. */
	static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, TIMEOUT, condition);
	}

	/** Runs the event loop until the condition holds; fails after {@code timeout}. */
	static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			processEvents();
			if (condition.getAsBoolean()) {
				return;
			}
			if (System.nanoTime() > deadline) {
				fail("waited " + timeout.toSeconds() + " s in vain until " + what);
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted while waiting until " + what);
			}
		}
	}

	/** Waits until the file's markers describe the document's current text. */
	static void waitForValidation(IFile file, IDocument document) {
		long stamp = ((IDocumentExtension4) document).getModificationStamp();
		waitUntil("the markers of " + file.getName() + " describe document version " + stamp,
				() -> Long.valueOf(stamp).equals(sessionProperty(file)));
	}

	private static Object sessionProperty(IFile file) {
		try {
			return file.getSessionProperty(ProblemMarkers.VALIDATED_STAMP);
		} catch (CoreException e) {
			return null;
		}
	}

	static List<IMarker> markers(IFile file) {
		try {
			return Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<IMarker> errors(IFile file) {
		return markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.toList();
	}

	static String describe(List<IMarker> markers) {
		return markers.stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
				+ m.getAttribute(IMarker.MESSAGE, "")).toList().toString();
	}

	/** The labels of a whole tree, depth first, indented by two spaces per level. */
	static List<String> treeLabels(Tree tree) {
		List<String> labels = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collectLabels(item, "", labels);
		}
		return labels;
	}

	private static void collectLabels(TreeItem item, String indent, List<String> labels) {
		labels.add(indent + item.getText());
		for (TreeItem child : item.getItems()) {
			collectLabels(child, indent + "  ", labels);
		}
	}
}
