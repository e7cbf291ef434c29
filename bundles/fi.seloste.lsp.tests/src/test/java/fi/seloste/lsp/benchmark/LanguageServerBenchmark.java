package fi.seloste.lsp.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fi.seloste.lsp.tests.BenchmarkAccess;

/**
 * How fast the language server answers, measured, not asserted (a timed unit test would fail on a
 * loaded machine and prove nothing on an idle one). Run it with
 * {@code ./mvnw -B -o verify -pl bundles/fi.seloste.lsp.tests -Dtest=LanguageServerBenchmark -Dlsp.excludedGroups=};
 * it prints its figures and writes them to {@code target/benchmark/language-server.txt}:
 * <ul>
 * <li>server start (process start to the answer of {@code initialize}) and to the first diagnostics of
 * a file opened at once: the 381-line example (three starts) and the 2,000-line notice;</li>
 * <li>diagnostics after a change of a 2,000-line notice: from {@code didChange} sent to the
 * diagnostics published, after warm-up; min, median, p95 and max over the repetitions.</li>
 * </ul>
 */
@Tag("benchmark")
class LanguageServerBenchmark {

	private static final int WARM_UP = 20;
	private static final int REPETITIONS = 60;

	@Test
	void measure() throws Exception {
		Path folder = Files.createTempDirectory("seloste-lsp-benchmark");
		try {
			Path notice = folder.resolve("suuri.seloste");
			String text = LargeNotice.of(BenchmarkAccess.example("tietosuojaseloste.seloste"), 2_000);
			Files.writeString(notice, text, StandardCharsets.UTF_8);
			List<String> report = new ArrayList<>();
			report.add("Seloste language server benchmark, " + java.time.LocalDate.now() + ", "
					+ Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
			long lines = text.lines().count();

			Path small = Files.createDirectories(folder.resolve("pieni")).resolve("tietosuojaseloste.seloste");
			Files.copy(BenchmarkAccess.example("tietosuojaseloste.seloste"), small);
			for (int run = 1; run <= 3; run++) {
				long start = System.nanoTime();
				try (BenchmarkAccess server = BenchmarkAccess.start(small.getParent())) {
					List<Diagnostic> first = server.awaitNextDiagnostics(server.open(small));
					report.add(String.format("run %d: start to first diagnostics of the %d-line example: %d ms (%d diagnostics)",
							run, Files.readAllLines(small).size(), millis(start, System.nanoTime()), first.size()));
				}
			}

			long started = System.nanoTime();
			try (BenchmarkAccess server = BenchmarkAccess.start(folder)) {
				long initialized = System.nanoTime();
				String uri = server.open(notice);
				List<Diagnostic> first = server.awaitNextDiagnostics(uri);
				long firstDiagnostics = System.nanoTime();
				report.add(String.format("start to initialize answered: %d ms", millis(started, initialized)));
				report.add(String.format("start to first diagnostics of a %d-line notice: %d ms (%d diagnostics)",
						lines, millis(started, firstDiagnostics), first.size()));

				List<Long> latencies = new ArrayList<>();
				for (int i = 0; i < WARM_UP + REPETITIONS; i++) {
					// a keystroke in a description: one character more, then one less
					String changed = i % 2 == 0 ? text.replaceFirst("kerromme", "kerrommme") : text;
					long sent = System.nanoTime();
					server.change(uri, changed);
					server.awaitNextDiagnostics(uri);
					if (i >= WARM_UP) {
						latencies.add((System.nanoTime() - sent) / 1_000);
					}
				}
				Collections.sort(latencies);
				report.add(String.format(
						"diagnostics after a change of the %d-line notice, %d repetitions after %d warm-up: min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms",
						lines, REPETITIONS, WARM_UP, latencies.get(0) / 1000.0, latencies.get(latencies.size() / 2) / 1000.0,
						latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1) / 1000.0,
						latencies.get(latencies.size() - 1) / 1000.0));
			}
			report.forEach(System.out::println);
			Path out = Path.of("target", "benchmark");
			Files.createDirectories(out);
			Files.write(out.resolve("language-server.txt"), report, StandardCharsets.UTF_8);
		} finally {
			BenchmarkAccess.delete(folder);
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}
}
