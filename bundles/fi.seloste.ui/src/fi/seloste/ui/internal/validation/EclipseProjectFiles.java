package fi.seloste.ui.internal.validation;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;

import fi.seloste.ide.editing.ProjectFiles;
import fi.seloste.ui.internal.builder.ProjectSources;

/**
 * A workspace project's sources ({@link ProjectSources#list(IProject)}) for an editing session: a
 * file's version is its modification stamp, which the workspace changes with every change of its
 * content; its saved text is read as {@link SelosteProjectResources#savedText(IFile)} reads it.
 */
final class EclipseProjectFiles implements ProjectFiles {

	private final IProject project;

	EclipseProjectFiles(IProject project) {
		this.project = project;
	}

	static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	@Override
	public Map<URI, Object> versions() {
		Map<URI, Object> versions = new LinkedHashMap<>();
		try {
			for (IFile file : ProjectSources.list(project)) {
				versions.put(uri(file), List.of(file.getModificationStamp(), file.getLocalTimeStamp()));
			}
		} catch (CoreException e) {
			// a closed or deleted project: no other files
		}
		return versions;
	}

	@Override
	public String savedText(URI file) throws IOException {
		try {
			return SelosteProjectResources.savedText(
					ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(file.toPlatformString(true))));
		} catch (CoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
