package fi.seloste.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import fi.seloste.formatting2.SelosteFormatting;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.builder.GenerationMarkers;
import fi.seloste.ui.internal.builder.SelosteBuilder;
import fi.seloste.ui.internal.builder.SelosteNature;
import fi.seloste.ui.internal.preferences.SelostePreferences;
import fi.seloste.ui.internal.validation.ProblemMarkers;

/** Seloste projects that generate on save, and waiting for their builds (never fixed sleeps). */
final class GenerationSupport {

	/** Builds run in the background; the first one creates the language's injector. Generous for CI. */
	static final Duration TIMEOUT = Duration.ofSeconds(90);

	private GenerationSupport() {
	}

	static void enable(IProject project) throws CoreException {
		SelosteNature.add(project, null);
	}

	/** Runs the event loop until the condition holds; fails after {@link #TIMEOUT} (builds are slow). */
	static void waitUntil(String what, BooleanSupplier condition) {
		EditorSupport.waitUntil(what, TIMEOUT, condition);
	}

	static IFile output(IProject project, String name) {
		return project.getFile(SelostePreferences.DEFAULT_OUTPUT_FOLDER + "/" + name);
	}

	/** The file's content on disk (generated files are written past the workspace, then refreshed). */
	static String text(IFile file) {
		try {
			return Files.readString(Path.of(file.getLocationURI()), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static boolean existsOnDisk(IFile file) {
		return file.getLocation() != null && Files.isRegularFile(Path.of(file.getLocationURI()));
	}

	/** Saves new content, as the editor's save does. */
	static void save(IFile file, String text) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}

	static void replaceOnce(IFile file, String find, String replacement) throws CoreException {
		String text = text(file);
		if (text.indexOf(find) < 0 || text.indexOf(find) != text.lastIndexOf(find)) {
			fail("'" + find + "' is not in " + file.getName() + " exactly once");
		}
		save(file, text.replace(find, replacement));
	}

	static List<IMarker> generationNotes(IFile file) {
		try {
			return file.exists() ? Arrays.asList(file.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_ZERO))
					: List.of();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The text in the formatter's canonical layout. */
	static String formatted(String text) {
		Injector injector = SelosteInjector.get();
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class)
				.createResource(URI.createURI("formatted.seloste"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return injector.getInstance(SelosteFormatting.class).format(resource);
	}

	/** Deletes a project once the Seloste jobs on it are done. */
	static void delete(IProject project) throws CoreException {
		waitForBuilds();
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	/** Waits until no build and no marker job is scheduled, waiting or running. */
	static void waitForBuilds() {
		waitUntil("the builds and marker jobs are done",
				() -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
						&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0
						&& Job.getJobManager().find(ProblemMarkers.JOB_FAMILY).length == 0);
	}

	/** The source the builder recorded on an output; {@code null} when there is none. */
	static String generatedBy(IFile file) {
		try {
			return file.exists() ? file.getPersistentProperty(SelosteBuilder.GENERATED_BY) : null;
		} catch (CoreException e) {
			return null;
		}
	}

	/** Switches the workspace's Build Automatically. */
	static void setAutoBuilding(boolean on) throws CoreException {
		IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
		description.setAutoBuilding(on);
		ResourcesPlugin.getWorkspace().setDescription(description);
	}

	/** A file put into the output folder by someone else: another tool (derived), the user, or Seloste. */
	static IFile plant(IFile file, String text, boolean derived, String generatedBy) throws CoreException {
		if (!file.getParent().exists()) {
			((IFolder) file.getParent()).create(true, true, null);
		}
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				derived ? IResource.DERIVED : IResource.NONE, null);
		if (generatedBy != null) {
			file.setPersistentProperty(SelosteBuilder.GENERATED_BY, generatedBy);
		}
		return file;
	}

	static void setPreference(String key, String value) {
		SelostePreferences.instanceNode().put(key, value);
	}

	/** Back to the defaults; each change rebuilds the Seloste projects that are left. */
	static void resetPreferences() throws BackingStoreException {
		IEclipsePreferences node = SelostePreferences.instanceNode();
		for (String key : node.keys()) {
			node.remove(key);
		}
		node.flush();
	}
}
