package fi.seloste.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;

import fi.seloste.ui.internal.validation.ProblemMarkers;

/** A workspace project made of copies of the shipped examples, deleted after the test. */
final class TestProject implements AutoCloseable {

	private static final Path ROOT = findRoot();

	private final IProject project;

	private TestProject(IProject project) {
		this.project = project;
	}

	/** The repository's {@code examples/} folder, found from the test runtime's working folder. */
	static Path examples() {
		return ROOT.resolve("examples");
	}

	/** The test input files of the runtime tests ({@code bundles/fi.seloste.tests/fixtures}). */
	static Path fixtures() {
		return ROOT.resolve("bundles/fi.seloste.tests/fixtures");
	}

	private static Path findRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples")) && Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no folder with examples/ and mvnw above " + Path.of("").toAbsolutePath());
	}

	/** A new open project holding copies of the given example files (paths below examples/). */
	static TestProject withExamples(String name, String... examples) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		TestProject result = new TestProject(project);
		for (String example : examples) {
			result.copy(examples().resolve(example));
		}
		return result;
	}

	/** A new open project holding copies of the given fixture files (paths below the fixtures folder). */
	static TestProject withFixtures(String name, String... fixtures) throws CoreException {
		TestProject result = withExamples(name);
		for (String fixture : fixtures) {
			result.copy(fixtures().resolve(fixture));
		}
		return result;
	}

	private void copy(Path source) throws CoreException {
		IFile file = project.getFile(source.getFileName().toString());
		try (InputStream in = Files.newInputStream(source)) {
			file.create(in, IResource.FORCE, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	IFile file(String name) {
		return project.getFile(name);
	}

	/** Waits for the editor's background jobs on these files, then deletes the project. */
	@Override
	public void close() throws CoreException {
		try {
			Job.getJobManager().join(ProblemMarkers.JOB_FAMILY, null);
		} catch (OperationCanceledException | InterruptedException e) {
			// delete anyway
		}
		project.delete(true, true, null);
	}
}
