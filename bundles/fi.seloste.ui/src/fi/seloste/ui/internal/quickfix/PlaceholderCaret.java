package fi.seloste.ui.internal.quickfix;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * After a fix that inserted {@code <<…>>} placeholders, the first of them is selected in the editor
 * showing the document, so the user types over it instead of hunting for it.
 */
final class PlaceholderCaret {

	private PlaceholderCaret() {
	}

	/** Selects the first placeholder of the text that replaced {@code original}; on the UI thread only. */
	static void selectFirst(IDocument document, String original, String fixed) {
		int[] placeholder = firstInsertedPlaceholder(original, fixed);
		if (placeholder == null || Display.getCurrent() == null || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		ITextEditor editor = editorOf(document);
		if (editor != null) {
			editor.selectAndReveal(placeholder[0], placeholder[1]);
		}
	}

	/** Offset and length of the first {@code <<…>>} in the changed part of {@code fixed}, or {@code null}. */
	static int[] firstInsertedPlaceholder(String original, String fixed) {
		int start = 0;
		int limit = Math.min(original.length(), fixed.length());
		while (start < limit && original.charAt(start) == fixed.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < limit - start
				&& original.charAt(original.length() - 1 - end) == fixed.charAt(fixed.length() - 1 - end)) {
			end++;
		}
		int changedEnd = fixed.length() - end;
		// a placeholder may begin just before the first changed character ("<<" shared by chance)
		int open = fixed.indexOf("<<", Math.max(0, start - 1));
		while (open >= 0 && open < changedEnd) {
			int close = fixed.indexOf(">>", open + 2);
			if (close < 0) {
				return null;
			}
			if (close + 2 > start) {
				return new int[] { open, close + 2 - open };
			}
			open = fixed.indexOf("<<", close + 2);
		}
		return null;
	}

	private static ITextEditor editorOf(IDocument document) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		IEditorPart active = page.getActiveEditor();
		if (shows(active, document)) {
			return (ITextEditor) active;
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (shows(editor, document)) {
				return (ITextEditor) editor;
			}
		}
		return null;
	}

	private static boolean shows(IEditorPart part, IDocument document) {
		return part instanceof ITextEditor editor && editor.getDocumentProvider() != null
				&& editor.getDocumentProvider().getDocument(editor.getEditorInput()) == document;
	}
}
