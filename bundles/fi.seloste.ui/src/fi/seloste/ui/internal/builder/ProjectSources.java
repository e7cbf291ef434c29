package fi.seloste.ui.internal.builder;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Every {@code .seloste} file of a project as saved, in one resource set, so references across files
 * resolve as they do for {@code seloste check}. Derived files and the output folder are left out.
 * {@link #isSource(IResource)} is the one rule of what a source is, for the builder and the editor alike.
 */
public final class ProjectSources {

	public static final String EXTENSION = "seloste";

	private ProjectSources() {
	}

	/**
	 * Whether a resource is a source: a {@code .seloste} file, neither derived (nor in a derived folder)
	 * nor in the output folder the preferences name now. The builder generates exactly these, and the
	 * editor resolves references across exactly these.
	 */
	public static boolean isSource(IResource resource) {
		return resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension())
				&& isSource(resource, GenerationSettings.outputFolderIn(resource.getProject()).orElse(null));
	}

	/** Whether a resource is a source, given the project's output folder ({@code null}: none). */
	static boolean isSource(IResource resource, IFolder output) {
		return resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension())
				&& !resource.isDerived(IResource.CHECK_ANCESTORS)
				&& (output == null || !output.getFullPath().isPrefixOf(resource.getFullPath()));
	}

	/** The project's sources by file, in path order. */
	static Map<IFile, XtextResource> load(Injector injector, IProject project, IFolder output) throws CoreException {
		List<IFile> files = new java.util.ArrayList<>();
		project.accept(proxy -> {
			IResource resource = proxy.requestResource();
			if (isSource(resource, output)) {
				files.add((IFile) resource);
			}
			return true;
		}, IResource.NONE);
		files.sort(Comparator.comparing(f -> f.getFullPath().toString()));
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Map<IFile, XtextResource> sources = new LinkedHashMap<>();
		for (IFile file : files) {
			sources.put(file, parse(resourceSet, file));
		}
		return sources;
	}

	private static XtextResource parse(XtextResourceSet resourceSet, IFile file) throws CoreException {
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		Resource resource = resourceSet.createResource(uri);
		if (!(resource instanceof XtextResource xtext)) {
			throw new CoreException(Status.error(file.getFullPath() + ": no Seloste resource factory is registered"));
		}
		// force: read what is on disk even if the workspace has not noticed a change yet
		try (InputStream in = file.getContents(true)) {
			xtext.load(in, Map.of(XtextResource.OPTION_ENCODING, file.getCharset()));
		} catch (IOException e) {
			throw new CoreException(Status.error(file.getFullPath() + ": cannot read the file", e));
		}
		return xtext;
	}
}
