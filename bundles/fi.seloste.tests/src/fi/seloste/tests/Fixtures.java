package fi.seloste.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one place tests find their files: the shipped examples, the seeds, and this bundle's
 * {@code fixtures/} folder. Paths are found from the repository root, whatever folder the test
 * runtime starts in.
 */
public final class Fixtures {

	private static final Path ROOT = findRoot();

	private Fixtures() {
	}

	public static Path root() {
		return ROOT;
	}

	public static Path examples() {
		return ROOT.resolve("examples");
	}

	public static Path fixtures() {
		return ROOT.resolve("bundles/fi.seloste.tests/fixtures");
	}

	/** Every {@code .seloste} file below a folder, sorted. */
	public static List<Path> seloste(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> p.toString().endsWith(".seloste")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static List<Path> exampleFiles() {
		return seloste(examples());
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path findRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples")) && Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
	}
}
