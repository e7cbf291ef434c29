package fi.seloste.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
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

	/**
	 * Copies every example into the project, keeping their folders; a file that exists already (the
	 * project's location held files) is never overwritten but kept. Adds what it creates to
	 * {@code created} (so that a failure can be undone) and returns the paths of the kept files.
	 */
	static List<String> copyInto(IProject project, List<IResource> created, IProgressMonitor monitor)
			throws CoreException {
		List<String> kept = new ArrayList<>();
		Bundle bundle = Platform.getBundle(BUNDLE);
		if (bundle == null) {
			throw new CoreException(Status.error("The bundle " + BUNDLE + " with the examples is not installed"));
		}
		for (String path : paths()) {
			IFile file = project.getFile(IPath.fromPortableString(path));
			if (file.exists() || (file.getLocation() != null && Files.exists(file.getLocation().toPath()))) {
				kept.add(path);
				continue;
			}
			createFolders(file.getParent(), created, monitor);
			try (InputStream in = bundle.getEntry(ROOT + path).openStream()) {
				// NONE: never over a file on disk (it fails instead, and the wizard undoes its work)
				file.create(in, IResource.NONE, monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot copy the example " + path, e));
			}
			created.add(file);
		}
		return kept;
	}

	private static void createFolders(IContainer container, List<IResource> created, IProgressMonitor monitor)
			throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent(), created, monitor);
			folder.create(IResource.NONE, true, monitor);
			created.add(folder);
		}
	}
}
