package fi.seloste.ui.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

import fi.seloste.ui.internal.SelosteUiPlugin;
import fi.seloste.ui.internal.builder.ProjectSources;

/**
 * Builds the resource set one file is checked in: the file with the text being edited, and every other
 * {@code .seloste} file of its project as saved on disk, so that references across files (an
 * organisation's shared definitions, {@code tuo Kuura.*}) resolve as they do for {@code seloste check}.
 * Which files count is the builder's rule: {@link ProjectSources#list(org.eclipse.core.resources.IProject)}.
 */
public final class SelosteProjectResources {

	public static final String EXTENSION = "seloste";

	private static final String UTF_8 = "UTF-8";

	private final Injector injector;

	public SelosteProjectResources(Injector injector) {
		this.injector = injector;
	}

	/** A new resource set holding the project's files; returns the resource of {@code file}. */
	public XtextResource load(IFile file, String text) throws CoreException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = parse(resourceSet, file, text);
		for (IFile other : ProjectSources.list(file.getProject())) {
			if (!other.equals(file)) {
				parseSaved(resourceSet, other);
			}
		}
		return resource;
	}

	/** The file as saved, parsed into the resource set. */
	public static XtextResource parseSaved(XtextResourceSet resourceSet, IFile file) throws CoreException {
		return parse(resourceSet, file, savedText(file));
	}

	/** The file's content as saved, decoded with its charset (UTF-8 unless set otherwise). */
	public static String savedText(IFile file) throws CoreException {
		// force: read what is on disk even if the workspace has not noticed a change yet
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException | IllegalArgumentException e) {
			throw new CoreException(Status.error(file.getFullPath() + ": cannot read the file", e));
		}
	}

	private static XtextResource parse(XtextResourceSet resourceSet, IFile file, String text) throws CoreException {
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		Resource resource = resourceSet.createResource(uri);
		if (!(resource instanceof XtextResource xtextResource)) {
			throw new CoreException(new Status(IStatus.ERROR, SelosteUiPlugin.PLUGIN_ID,
					file.getFullPath() + ": no Seloste resource factory is registered"));
		}
		try {
			xtextResource.load(new LazyStringInputStream(text, UTF_8), Map.of(XtextResource.OPTION_ENCODING, UTF_8));
		} catch (IOException e) {
			throw new CoreException(Status.error(file.getFullPath() + ": cannot parse the file", e));
		}
		return xtextResource;
	}
}
