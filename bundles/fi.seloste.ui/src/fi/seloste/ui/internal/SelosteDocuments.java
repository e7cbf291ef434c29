package fi.seloste.ui.internal;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;

import fi.seloste.ui.internal.validation.SelosteProjectResources;

/** The Seloste file behind an editor's document, and its text parsed and linked in its project. */
public final class SelosteDocuments {

	private SelosteDocuments() {
	}

	/** The workspace {@code .seloste} file the document belongs to, or {@code null}. */
	public static IFile fileOf(IDocument document) {
		if (document == null) {
			return null;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IFile file = buffer == null || buffer.getLocation() == null ? null
				: FileBuffers.getWorkspaceFileAtLocation(buffer.getLocation());
		return file != null && SelosteProjectResources.EXTENSION.equals(file.getFileExtension()) ? file : null;
	}

	/**
	 * A text of the file (a snapshot of its document, taken once by the caller so that offsets computed
	 * from it fit the resource) as a resource in the validator's resource set (the project's other files
	 * too).
	 */
	public static XtextResource load(IFile file, String text) throws CoreException {
		return new SelosteProjectResources(SelosteInjector.get()).load(file, text);
	}
}
