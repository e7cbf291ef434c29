package fi.seloste.ui.internal.navigation;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

import fi.seloste.ui.internal.SelosteDocuments;

/** The Seloste file, document and caret of an editor, for the navigation commands. */
public final class SelosteEditors {

	/**
	 * A Seloste editor as a command finds it.
	 *
	 * @param editor   the editor
	 * @param file     its workspace file
	 * @param document its document
	 * @param offset   the caret (the start of the selection)
	 */
	public record Target(ITextEditor editor, IFile file, IDocument document, int offset) {
	}

	private SelosteEditors() {
	}

	/** The editor if it is a text editor of a workspace {@code .seloste} file, else {@code null}. */
	public static Target of(IEditorPart part) {
		if (!(part instanceof ITextEditor editor) || editor.getDocumentProvider() == null) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		IFile file = SelosteDocuments.fileOf(document);
		if (file == null) {
			return null;
		}
		int offset = editor.getSelectionProvider().getSelection() instanceof ITextSelection selection
				? selection.getOffset()
				: 0;
		return new Target(editor, file, document, offset);
	}

	/** The workspace file of a {@code platform:/resource} URI, or {@code null}. */
	public static IFile fileOf(URI uri) {
		return uri != null && uri.isPlatformResource()
				? ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true)))
				: null;
	}
}
