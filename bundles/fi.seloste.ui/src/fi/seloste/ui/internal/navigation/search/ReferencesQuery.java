package fi.seloste.ui.internal.navigation.search;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.xtext.resource.XtextResource;

import fi.seloste.ide.navigation.References;
import fi.seloste.ui.internal.SelosteDocuments;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.SelosteUiPlugin;
import fi.seloste.ui.internal.navigation.NavigationMessages;
import fi.seloste.ui.internal.navigation.SelosteEditors;

/**
 * Find References: the references to the declaration at a place of a Seloste file, in every
 * {@code .seloste} file of its project (the file as in its editor, the others as saved), computed by
 * fi.seloste.ide's {@link References} as the language server's references request is.
 */
public final class ReferencesQuery implements ISearchQuery {

	private final IFile file;
	private final String text;
	private final int offset;
	private final ReferencesResult result = new ReferencesResult(this);
	private volatile String name;

	/** The declaration at {@code offset} of {@code text}, the content of {@code file}'s editor. */
	public ReferencesQuery(IFile file, String text, int offset, String name) {
		this.file = file;
		this.text = text;
		this.offset = offset;
		this.name = name;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		result.removeAll();
		try {
			XtextResource resource = SelosteDocuments.load(file, text);
			EcoreUtil.resolveAll(resource.getResourceSet());
			References references = SelosteInjector.get().getInstance(References.class);
			EObject declaration = references.declarationAt(resource, offset);
			if (declaration == null) {
				return Status.info(NavigationMessages.format("noDeclaration"));
			}
			name = String.valueOf(declaration.eGet(References.nameAttribute(declaration)));
			List<Resource> resources = List.copyOf(resource.getResourceSet().getResources());
			for (References.Occurrence occurrence : references.references(declaration, resources)) {
				IFile found = SelosteEditors.fileOf(occurrence.file());
				Resource in = resource.getResourceSet().getResource(occurrence.file(), false);
				if (found != null && in instanceof XtextResource xtext && xtext.getParseResult() != null) {
					String content = xtext.getParseResult().getRootNode().getText();
					int start = occurrence.region().getOffset();
					int lineStart = content.lastIndexOf('\n', start - 1) + 1;
					int lineEnd = content.indexOf('\n', start);
					int line = (int) content.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
					result.addMatch(new ReferenceMatch(found, start, occurrence.region().getLength(), line,
							content.substring(lineStart, lineEnd < 0 ? content.length() : lineEnd).strip()));
				}
			}
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		} catch (RuntimeException e) {
			return Status.error(SelosteUiPlugin.PLUGIN_ID + ": cannot find the references in " + file.getFullPath(), e);
		}
	}

	String name() {
		return name;
	}

	String project() {
		return file.getProject().getName();
	}

	@Override
	public String getLabel() {
		return NavigationMessages.format("search.running", name);
	}

	@Override
	public boolean canRerun() {
		return false;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
