package fi.seloste.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.seloste.ide.cli.Main;

/**
 * One run of the command line in the test's JVM, as the tests of its commands make it: the exit code
 * and what it printed on standard output and standard error (UTF-8).
 */
public record CliRun(int exit, String out, String err) {

	public static CliRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
		return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Standard output's lines. */
	public List<String> outLines() {
		return out.isEmpty() ? List.of() : List.of(out.split("\n"));
	}
}
