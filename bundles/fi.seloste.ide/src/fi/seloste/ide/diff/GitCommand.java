package fi.seloste.ide.diff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fi.seloste.ide.cli.UsageException;
import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.VisibleText;

/**
 * Runs the {@code git} executable for a comparison of versions. Standard error goes to a temporary file, so
 * that a git that writes much there never blocks on a full pipe while its output is read; the wait has a
 * time limit, and a git that outlives it is killed. What a user is told is a fixed sentence ("git is not
 * installed", "git failed (exit N): first line of git's message", shown visibly), never a Java message.
 * The Maven plugin's {@code fi.seloste.maven.Git} behaves the same way (it runs in Maven's class loader,
 * before the worker that holds these classes is started, see its comment).
 */
final class GitCommand {

	/** How long one git command may take. */
	static final long TIMEOUT_SECONDS = 60;

	/** A git command that ran and failed: its exit code and its message, for callers that expect failures. */
	static final class Failed extends UsageException {
		private static final long serialVersionUID = 1L;
		final int exit;
		final String error;

		Failed(String message, int exit, String error) {
			super(message);
			this.exit = exit;
			this.error = error;
		}
	}

	private GitCommand() {
	}

	/** git's standard output; a failure of git as {@link Failed}, one of running it as a {@link UsageException}. */
	static byte[] run(Path folder, KeywordLanguage language, String... arguments) throws UsageException {
		List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
		command.addAll(List.of(arguments));
		Path errors;
		try {
			errors = Files.createTempFile("seloste-git-", ".err");
		} catch (IOException e) {
			throw new UsageException(Failures.text(language, "git.tempFile", Failures.reason(e, language)));
		}
		Process process;
		try {
			process = new ProcessBuilder(command).redirectError(errors.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
					.start();
		} catch (IOException e) {
			delete(errors);
			throw new UsageException(Failures.text(language, "git.notInstalled"));
		}
		try (InputStream output = process.getInputStream()) {
			process.getOutputStream().close();
			// the output is read to its end (git closes it when it exits); the wait below bounds a git that
			// closed its output but did not exit
			byte[] bytes = output.readAllBytes();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new UsageException(Failures.text(language, "git.timeout", String.valueOf(TIMEOUT_SECONDS)));
			}
			if (process.exitValue() != 0) {
				String error = firstLine(errors);
				if (error.contains("not a git repository")) {
					throw new Failed(Failures.text(language, "git.notInRepository", folder), process.exitValue(), error);
				}
				throw new Failed(error.isEmpty() ? Failures.text(language, "git.failedSilently", process.exitValue())
						: Failures.text(language, "git.failed", process.exitValue(), VisibleText.of(error)),
						process.exitValue(), error);
			}
			return bytes;
		} catch (IOException e) {
			process.destroyForcibly();
			throw new UsageException(Failures.text(language, "git.failedSilently", "?"));
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new UsageException(Failures.text(language, "git.interrupted"));
		} finally {
			delete(errors);
		}
	}

	private static String firstLine(Path errors) {
		try {
			return Files.readString(errors, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
		} catch (IOException e) {
			return "";
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
