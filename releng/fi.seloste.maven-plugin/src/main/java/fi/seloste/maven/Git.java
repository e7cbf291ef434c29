package fi.seloste.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * The questions the {@code diff} goal asks git before the worker runs (the answers go into the stamp): the
 * latest tag, whether the clone is shallow, and the commit a revision names. Runs the {@code git} executable
 * the way the command line's {@code fi.seloste.ide.diff.GitCommand} does (standard error into a temporary
 * file, a 60 s limit, a git that outlives it killed, fixed sentences instead of Java's messages). It is not
 * that class: these questions decide whether the worker runs at all (an unchanged stamp skips it), so they
 * are asked in Maven's class loader, which does not hold the command line's classes; starting the worker's
 * isolated class loader (and its injector) only to ask git would cost every up-to-date build seconds.
 */
final class Git {

	static final long TIMEOUT_SECONDS = 60;

	private Git() {
	}

	/**
	 * The latest tag before {@code HEAD}, or {@code null} when there is none. When {@code HEAD} itself is tagged
	 * (a release build), its own tag would compare the release with itself: the tag before it is the baseline.
	 */
	static String latestTag(Path folder) throws MojoExecutionException {
		String own = run(folder, "tag", "--points-at", "HEAD");
		String from = own != null && !own.isBlank() ? "HEAD^" : "HEAD";
		String tag = run(folder, "describe", "--tags", "--abbrev=0", from);
		return tag == null || tag.isBlank() ? null : tag.strip();
	}

	/** Whether the repository is a shallow clone (whose tags and history may be missing). */
	static boolean shallow(Path folder) throws MojoExecutionException {
		String answer = run(folder, "rev-parse", "--is-shallow-repository");
		return answer != null && answer.strip().equals("true");
	}

	/** The commit id the revision names, or {@code null} when it names none. */
	static String commit(Path folder, String revision) throws MojoExecutionException {
		// resolved, then peeled (as the command line does): ":/message^{commit}" would search for that text
		String object = run(folder, "rev-parse", "--verify", "--quiet", "--end-of-options", revision);
		if (object == null || object.isBlank()) {
			return null;
		}
		String commit = run(folder, "rev-parse", "--verify", "--quiet", object.strip() + "^{commit}");
		return commit == null || commit.isBlank() ? null : commit.strip();
	}

	/** git's standard output, or {@code null} when it fails (no repository, no such revision). */
	private static String run(Path folder, String... arguments) throws MojoExecutionException {
		List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
		command.addAll(List.of(arguments));
		Path errors;
		try {
			errors = Files.createTempFile("seloste-git-", ".err");
		} catch (IOException e) {
			throw new MojoExecutionException("Seloste: cannot create a temporary file for git");
		}
		Process process;
		try {
			// standard error into a file: a git that writes much there never blocks while its output is read
			process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
		} catch (IOException e) {
			delete(errors);
			throw new MojoExecutionException("Seloste: git is not installed (a git baseline needs the git executable);"
					+ " or set <baseline> to a folder or file");
		}
		try (InputStream output = process.getInputStream()) {
			process.getOutputStream().close();
			String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new MojoExecutionException("Seloste: git did not finish in " + TIMEOUT_SECONDS + " seconds");
			}
			return process.exitValue() == 0 ? text : null;
		} catch (IOException e) {
			process.destroyForcibly();
			throw new MojoExecutionException("Seloste: git failed");
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new MojoExecutionException("Seloste: git was interrupted");
		} finally {
			delete(errors);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a leftover temporary file is harmless
		}
	}
}
