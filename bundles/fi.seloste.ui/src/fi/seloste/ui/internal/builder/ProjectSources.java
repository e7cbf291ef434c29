package fi.seloste.ui.internal.builder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import fi.seloste.ui.internal.validation.SelosteProjectResources;

/**
 * Every {@code .seloste} file of a project as saved, in one resource set, so references across files
 * resolve as they do for {@code seloste check}. Derived files and the output folder are left out.
 * {@link #isSource(IResource)} is the one rule of what a source is, for the builder and the editor alike.
 */
public final class ProjectSources {

	private ProjectSources() {
	}

	/**
	 * Whether a resource is a source: a {@code .seloste} file, neither derived (nor in a derived folder)
	 * nor in the output folder the preferences name now. The builder generates exactly these, and the
	 * editor resolves references across exactly these.
	 */
	public static boolean isSource(IResource resource) {
		return resource.getType() == IResource.FILE && SelosteProjectResources.EXTENSION.equals(resource.getFileExtension())
				&& isSource(resource, GenerationSettings.outputFolderIn(resource.getProject()).orElse(null));
	}

	/** Whether a resource is a source, given the project's output folder ({@code null}: none). */
	static boolean isSource(IResource resource, IFolder output) {
		return resource.getType() == IResource.FILE && SelosteProjectResources.EXTENSION.equals(resource.getFileExtension())
				&& !resource.isDerived(IResource.CHECK_ANCESTORS)
				&& (output == null || !output.getFullPath().isPrefixOf(resource.getFullPath()));
	}

	/** The project's sources in path order, with the output folder the preferences name now. */
	public static List<IFile> list(IProject project) throws CoreException {
		return list(project, GenerationSettings.outputFolderIn(project).orElse(null));
	}

	/** The project's sources in path order, given its output folder ({@code null}: none). */
	static List<IFile> list(IProject project, IFolder output) throws CoreException {
		List<IFile> files = new ArrayList<>();
		// IResource.NONE leaves out hidden, team-private and phantom resources.
		project.accept(proxy -> {
			IResource resource = proxy.requestResource();
			if (isSource(resource, output)) {
				files.add((IFile) resource);
			}
			return true;
		}, IResource.NONE);
		files.sort(Comparator.comparing(f -> f.getFullPath().toString()));
		return files;
	}

	/** The project's sources as saved, parsed in one resource set, by file in path order. */
	static Map<IFile, XtextResource> load(Injector injector, IProject project, IFolder output) throws CoreException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Map<IFile, XtextResource> sources = new LinkedHashMap<>();
		for (IFile file : list(project, output)) {
			sources.put(file, SelosteProjectResources.parseSaved(resourceSet, file));
		}
		return sources;
	}
}
