package fi.seloste.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the benchmark runs in: {@code -Dseloste.home}, or the folder above holding {@code examples/}. */
public final class Repository {

	private Repository() {
	}

	public static Path home() {
		String home = System.getProperty("seloste.home");
		Path folder = home == null ? Path.of("").toAbsolutePath() : Path.of(home).toAbsolutePath();
		while (folder != null && !(Files.isDirectory(folder.resolve("examples")) && Files.isRegularFile(folder.resolve("seloste")))) {
			folder = folder.getParent();
		}
		if (folder == null) {
			throw new IllegalStateException("cannot find the repository (its examples folder and ./seloste); set -Dseloste.home");
		}
		return folder;
	}
}
