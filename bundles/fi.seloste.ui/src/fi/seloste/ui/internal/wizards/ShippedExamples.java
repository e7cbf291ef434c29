package fi.seloste.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/** The examples shipped in the bundle {@value #BUNDLE} (its {@code examples/} folder). */
public final class ShippedExamples {

	static final String BUNDLE = "fi.seloste.examples";
	private static final String ROOT = "examples/";

	private ShippedExamples() {
	}

	/** The paths of the examples below {@code examples/}, e.g. {@code organisation/organisation.seloste}. */
	public static List<String> paths() {
		Bundle bundle = Platform.getBundle(BUNDLE);
		List<String> paths = new ArrayList<>();
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(ROOT, "*", true);
		if (entries != null) {
			for (URL entry : Collections.list(entries)) {
				String path = entry.getPath();
				int start = path.indexOf(ROOT);
				if (!path.endsWith("/") && start >= 0) {
					paths.add(path.substring(start + ROOT.length()));
				}
			}
		}
		Collections.sort(paths);
		return paths;
	}

	/** Copies every example into the project, keeping their folders. */
	static void copyInto(IProject project, IProgressMonitor monitor) throws CoreException {
		Bundle bundle = Platform.getBundle(BUNDLE);
		if (bundle == null) {
			throw new CoreException(Status.error("The bundle " + BUNDLE + " with the examples is not installed"));
		}
		for (String path : paths()) {
			IFile file = project.getFile(IPath.fromPortableString(path));
			createFolders(file.getParent(), monitor);
			try (InputStream in = bundle.getEntry(ROOT + path).openStream()) {
				file.create(in, IResource.FORCE, monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot copy the example " + path, e));
			}
		}
	}

	private static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent(), monitor);
			folder.create(true, true, monitor);
		}
	}
}
