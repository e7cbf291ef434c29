package fi.seloste.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A failure on a mutated example names the text the fuzzer's input stands for, written to
 * {@code target/fuzz-failures/<example>-<hash>.seloste}, so that it can be read, minimised by hand and
 * turned into a test of its concern.
 */
final class Failures {

	private Failures() {
	}

	interface Check {
		void run() throws Exception;
	}

	static void on(NoticeMutator.Mutant mutant, Check check) throws Exception {
		try {
			check.run();
		} catch (Exception | AssertionError | StackOverflowError e) {
			throw new AssertionError(e + "\n(input: " + save(mutant) + ")", e);
		}
	}

	private static Path save(NoticeMutator.Mutant mutant) {
		Path folder = Path.of("target", "fuzz-failures").toAbsolutePath();
		String name = mutant.example().file().getFileName().toString().replace(".seloste", "") + "-"
				+ Integer.toHexString(mutant.text().hashCode()) + ".seloste";
		try {
			Files.createDirectories(folder);
			return Files.writeString(folder.resolve(name), mutant.text(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return folder.resolve(name);
		}
	}
}
