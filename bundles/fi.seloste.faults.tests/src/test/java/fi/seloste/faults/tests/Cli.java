package fi.seloste.faults.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The built launcher {@code ./seloste} run as a process, and the file checks the fault tests share. */
final class Cli {

	/** The repository: the launcher and the fixtures. */
	static final Path HOME = Path.of(System.getProperty("seloste.home", "../..")).toAbsolutePath().normalize();

	/** The name of the writer's temporary files (fi.seloste.io.TempFiles). */
	private static final String TEMPORARY = "\\.seloste-[0-9a-f]{16}\\.tmp";

	/** No run of these tests takes long; a hung one fails the test instead of the build. */
	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	record Run(int exit, String out, String err) {

		String all() {
			return "exit " + exit + "\n" + out + err;
		}
	}

	private Cli() {
	}

	/** Runs {@code ./seloste ARGS} in {@code folder}; {@code faults} is a -Dseloste.faults value or null. */
	static Run run(Path folder, String faults, String... args) {
		return run(folder, faults, false, args);
	}

	/**
	 * As {@link #run(Path, String, String...)}; {@code asNobody} runs it as the user nobody when the tests run
	 * as root (for whom no permission is ever denied).
	 */
	static Run run(Path folder, String faults, boolean asNobody, String... args) {
		List<String> command = new ArrayList<>();
		if (asNobody && isRoot()) {
			command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
		}
		command.add(HOME.resolve("seloste").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		if (faults != null) {
			builder.environment().put("JAVA_TOOL_OPTIONS", "-Dseloste.faults=" + faults);
		}
		try {
			Process process = start(builder);
			return finish(process);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Process start(ProcessBuilder builder) throws IOException {
		Path out = Files.createTempFile("seloste-out", ".txt");
		Path err = Files.createTempFile("seloste-err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		OUTPUTS.put(process.pid(), new Path[] { out, err });
		return process;
	}

	private static final Map<Long, Path[]> OUTPUTS = new java.util.concurrent.ConcurrentHashMap<>();

	static Run finish(Process process) throws IOException {
		try {
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("the run did not end in " + TIMEOUT);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
		Path[] files = OUTPUTS.remove(process.pid());
		String out = Files.readString(files[0], StandardCharsets.UTF_8);
		String err = Files.readString(files[1], StandardCharsets.UTF_8);
		Files.delete(files[0]);
		Files.delete(files[1]);
		// the JVM says so when JAVA_TOOL_OPTIONS is set: not the command's output
		err = err.lines().filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS")).map(line -> line + "\n")
				.reduce("", String::concat);
		return new Run(process.exitValue(), out, err);
	}

	static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Lets the user nobody into a folder the test made (JUnit's temporary folders are the owner's only). */
	static void openToAll(Path folder) throws IOException {
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
	}

	/** The regular files of a folder by name, with their bytes; the folder lock and temporary files excluded. */
	static Map<String, byte[]> contents(Path folder) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (Files.isRegularFile(file) && !name.equals(".seloste.lock") && !name.matches(TEMPORARY)) {
					contents.put(name, Files.readAllBytes(file));
				}
			}
		}
		return contents;
	}

	/** The temporary files of the writer left in a folder. */
	static List<String> temporaryFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).filter(name -> name.matches(TEMPORARY))
					.sorted().toList();
		}
	}

	static void assertNoStackTrace(Run run) {
		if (run.out().contains("\tat ") || run.err().contains("\tat ") || run.err().contains("Exception")
				|| run.err().contains("internal error")) {
			throw new AssertionError("a stack trace or an internal error reached the user:\n" + run.all());
		}
	}

	static String fixture(String path) throws IOException {
		return Files.readString(HOME.resolve("bundles/fi.seloste.tests/fixtures").resolve(path)).replace("\r\n", "\n");
	}
}
