package fi.seloste.ui.internal.hyperlink;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;

import fi.seloste.ui.internal.SelosteDocuments;

/**
 * The last document parsed for hyperlinks, kept while neither it nor a {@code .seloste} file of its
 * project changes: the detector is asked on every mouse move while Ctrl is held, and parsing the
 * project each time would make the editor lag. Used on the UI thread only, by one editor's detector.
 */
final class ParsedProject {

	private IDocument document;
	private String state;
	private XtextResource resource;

	XtextResource load(IFile file, IDocument current) throws CoreException {
		String currentState = state(file, current);
		if (current != document || !currentState.equals(state)) {
			resource = SelosteDocuments.load(file, current.get());
			document = current;
			state = currentState;
		}
		return resource;
	}

	/** The document's version and the name and version of every Seloste file of the project. */
	private static String state(IFile file, IDocument document) throws CoreException {
		StringBuilder state = new StringBuilder(file.getFullPath().toString()).append('@')
				.append(document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
						: document.get().hashCode());
		file.getProject().accept(proxy -> {
			if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(".seloste")) {
				state.append('|').append(proxy.getName()).append('@').append(proxy.getModificationStamp());
			}
			return true;
		}, IResource.NONE);
		return state.toString();
	}
}
