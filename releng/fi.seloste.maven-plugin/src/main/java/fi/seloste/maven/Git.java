package fi.seloste.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * The two questions the {@code diff} goal asks git before the worker runs (the answers go into the stamp):
 * the latest tag, and the commit a revision names. Runs the {@code git} executable, as the command line does.
 */
final class Git {

	private Git() {
	}

	/** The latest tag reachable from {@code HEAD}, or {@code null} when there is none. */
	static String latestTag(Path folder) throws MojoExecutionException {
		String tag = run(folder, "describe", "--tags", "--abbrev=0", "HEAD");
		return tag == null || tag.isBlank() ? null : tag.strip();
	}

	/** The commit id the revision names, or {@code null} when it names none. */
	static String commit(Path folder, String revision) throws MojoExecutionException {
		String commit = run(folder, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
		return commit == null || commit.isBlank() ? null : commit.strip();
	}

	/** git's standard output, or {@code null} when it fails (no repository, no such revision). */
	private static String run(Path folder, String... arguments) throws MojoExecutionException {
		List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
		command.addAll(List.of(arguments));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			throw new MojoExecutionException("Seloste: cannot run git (" + e.getMessage()
					+ "): a git baseline needs the git executable; or set <baseline> to a folder or file");
		}
		try (InputStream output = process.getInputStream()) {
			process.getOutputStream().close();
			String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new MojoExecutionException("Seloste: git " + String.join(" ", arguments) + " did not finish in 60 s");
			}
			return process.exitValue() == 0 ? text : null;
		} catch (IOException e) {
			throw new MojoExecutionException("Seloste: git " + String.join(" ", arguments) + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new MojoExecutionException("Seloste: git was interrupted");
		}
	}
}
