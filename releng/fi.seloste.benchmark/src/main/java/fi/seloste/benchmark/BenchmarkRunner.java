package fi.seloste.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import fi.seloste.benchmark.corpus.CorpusGenerator;

/**
 * Measures every row of issue 15's table, each as a ratio against its baseline taken in the same run, with
 * min / median / max over repetitions, and writes {@code target/benchmark/results.md} of this module
 * (docs/benchmarks.md says what each row measures and why). Run by {@code run.sh}; options:
 * {@code --rows cold,keystroke,scale,pipeline,pdf,studio} (default all), {@code --sizes 10,100,1000,10000},
 * {@code --reps 10} (process runs of the cold row), {@code --scale-reps 3} (runs per size below 1,000),
 * {@code --large-reps 1} (runs per size of 1,000 and more: minutes each), {@code --quick} (fewer and shorter JMH iterations: a try, not figures to report),
 * {@code --studio-archive FILE}, {@code --seed 15}.
 */
public final class BenchmarkRunner {

	/** The keystroke row's class, written by the keystroke work (see package fi.seloste.benchmark.keystroke). */
	static final String KEYSTROKE_BENCHMARK = "fi.seloste.benchmark.keystroke.KeystrokeBenchmark";
	private static final double KEYSTROKE_MEDIAN_BUDGET_MS = 16;
	private static final double KEYSTROKE_P95_BUDGET_MS = 33;
	private static final String HEAP = "-Xmx1g";
	private static final int LINEAR_SMALL = 1000;
	private static final int LINEAR_LARGE = 10000;

	private final Path home = Repository.home();
	private final Path module = home.resolve("releng/fi.seloste.benchmark");
	private final Path out = module.resolve("target/benchmark");
	private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
	private final Report report = new Report();
	private String started;

	private Set<String> rows = new LinkedHashSet<>(List.of("cold", "keystroke", "scale", "pipeline", "pdf", "studio"));
	private List<Integer> sizes = List.of(10, 100, 1000, 10000);
	private int reps = 10;
	private int scaleReps = 3;
	private int largeReps = 1;
	private boolean quick;
	private long seed = 15;
	private Path studioArchive;

	public static void main(String[] args) throws Exception {
		BenchmarkRunner runner = new BenchmarkRunner();
		runner.parse(args);
		runner.run();
	}

	private void parse(String[] args) {
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--rows" -> rows = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
				case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).sorted().toList();
				case "--reps" -> reps = Integer.parseInt(args[++i]);
				case "--scale-reps" -> scaleReps = Integer.parseInt(args[++i]);
				case "--large-reps" -> largeReps = Integer.parseInt(args[++i]);
				case "--quick" -> quick = true;
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--studio-archive" -> studioArchive = Path.of(args[++i]).toAbsolutePath();
				default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see docs/benchmarks.md)");
			}
		}
	}

	private void run() throws Exception {
		Files.createDirectories(out);
		started = Instant.now().toString() + ", load average " + loadAverage();
		for (String row : rows) {
			try {
				measure(row);
			} catch (Exception | Error e) {
				// one row that fails (a benchmark that throws, a missing tool) does not cost the others
				report.note(row + ": failed: " + e);
			}
			writeResults();
		}
		System.out.println("wrote " + out.resolve("results.md"));
	}

	/** Written after each row (and each corpus size): a run stopped half-way keeps what it finished. */
	private void writeResults() throws IOException {
		report.write(out.resolve("results.md"), header());
	}

	private String header() {
		return "## Results of " + started + " (until load average " + loadAverage() + ")\n\n"
				+ "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
				+ Runtime.getRuntime().availableProcessors() + " cores, commit " + commit() + (quick ? ", --quick" : "") + "\n";
	}

	private void measure(String row) throws Exception {
		switch (row) {
			case "cold" -> coldStart();
			case "keystroke" -> keystroke();
			case "scale" -> scale();
			case "pipeline" -> jmhPair("Full pipeline per notice, warm, in process (parse, link, validate, HTML + JSON)",
					"PipelineBenchmark", "seloste", "flexmark", "flexmark rendering the notice's Markdown", 1.5);
			case "pdf" -> jmhPair("PDF of one notice, warm", "PdfBenchmark", "pdf", "htmlJson", "HTML + JSON of the same notice", 5);
			case "studio" -> studio();
			default -> throw new IllegalArgumentException("unknown row " + row);
		}
	}

	// --- cold start

	private void coldStart() throws IOException {
		Path hello = out.resolve("hello");
		Files.createDirectories(hello);
		Files.writeString(hello.resolve("Hello.java"), "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }\n");
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null || compiler.run(null, null, null, "-d", hello.toString(), hello.resolve("Hello.java").toString()) != 0) {
			report.note("cold start: not measured, the hello world does not compile (needs a JDK, not a JRE)");
			return;
		}
		List<String> helloCommand = List.of(java.toString(), "-cp", hello.toString(), "Hello");
		List<String> checkCommand = List.of(home.resolve("seloste").toString(), "check", "--lang", "en", "examples/privacy-notice.seloste");
		Map<String, String> environment = Map.of("JAVA_HOME", System.getProperty("java.home"));
		Path log = out.resolve("cold.log");
		// not counted: the launcher's first run after a build makes its class-data archive
		ProcessRun.Result first = ProcessRun.run(checkCommand, environment, home, log, null);
		ProcessRun.run(helloCommand, environment, home, log, null);
		List<Double> ratios = new ArrayList<>();
		List<Double> helloTimes = new ArrayList<>();
		List<Double> checkTimes = new ArrayList<>();
		for (int i = 0; i < reps; i++) {
			ProcessRun.Result baseline = ProcessRun.run(helloCommand, environment, home, log, null);
			ProcessRun.Result check = ProcessRun.run(checkCommand, environment, home, log, null);
			if (check.exitCode() != 0) {
				report.note("cold start: ./seloste check exited with " + check.exitCode() + ", see " + log);
			}
			helloTimes.add(baseline.wallSeconds() * 1000);
			checkTimes.add(check.wallSeconds() * 1000);
			ratios.add(check.wallSeconds() / baseline.wallSeconds());
		}
		report.add(new Report.Row("Cold start: `./seloste check` of one notice, as a process",
				String.format(Locale.ROOT, "`java Hello` on the same JDK, median %.0f ms", Report.Spread.of(helloTimes).median()),
				Report.Spread.of(ratios), 8, false,
				String.format(Locale.ROOT, "median %.0f ms; %d runs; the first run after a build, not counted: %.0f ms", Report.Spread.of(checkTimes).median(),
						reps, first.wallSeconds() * 1000)));
	}

	// --- scale

	private void scale() throws IOException {
		Map<String, String> environment = Map.of("JAVA_HOME", System.getProperty("java.home"));
		double[] perNoticeCheck = new double[sizes.size()];
		double[] perNoticeGenerate = new double[sizes.size()];
		// the cores row: the largest size that did not run out of memory
		List<ProcessRun.Result> largestCheck = null;
		List<ProcessRun.Result> largestGenerate = null;
		int largestCheckSize = 0;
		int largestGenerateSize = 0;
		// not counted: the launcher's first check and generate after a build make their class-data archives
		for (String command : List.of("check", "generate")) {
			Path generated = out.resolve("generated-warm-up");
			deleteTree(generated);
			List<String> line = new ArrayList<>(List.of(home.resolve("seloste").toString(), command, "examples/privacy-notice.seloste"));
			if (command.equals("generate")) {
				line.addAll(List.of("-o", generated.toString(), "--format", "html,json"));
			}
			Map<String, String> env = new java.util.HashMap<>(environment);
			env.put("SELOSTE_JAVA_OPTIONS", HEAP + " -XX:+ExitOnOutOfMemoryError -Xlog:gc:file=" + out.resolve("gc-warm-up.log"));
			ProcessRun.run(line, env, home, out.resolve("warm-up.log"), null);
		}
		for (int s = 0; s < sizes.size(); s++) {
			int size = sizes.get(s);
			Path corpus = corpus(size);
			int runs = size < LINEAR_SMALL ? scaleReps : largeReps;
			for (String command : List.of("check", "generate")) {
				List<ProcessRun.Result> results = new ArrayList<>();
				for (int i = 0; i < runs; i++) {
					Path gcLog = out.resolve("gc-" + command + "-" + size + ".log");
					Path generated = out.resolve("generated-" + size);
					deleteTree(generated);
					Map<String, String> env = new java.util.HashMap<>(environment);
					env.put("SELOSTE_JAVA_OPTIONS", HEAP + " -XX:+ExitOnOutOfMemoryError -Xlog:gc:file=" + gcLog);
					List<String> line = new ArrayList<>(List.of(home.resolve("seloste").toString(), command));
					line.add(corpus.toString());
					if (command.equals("generate")) {
						line.addAll(List.of("-o", generated.toString(), "--format", "html,json"));
					}
					System.out.println("scale: " + command + " of " + size + " notices, run " + (i + 1) + " of " + runs);
					results.add(ProcessRun.run(line, env, home, out.resolve(command + "-" + size + ".log"), gcLog));
				}
				ProcessRun.Result worst = results.stream().max(Comparator.comparingDouble(ProcessRun.Result::heapPeakMiB)).orElseThrow();
				Report.Spread wall = Report.Spread.of(results.stream().map(ProcessRun.Result::wallSeconds).toList());
				boolean outOfMemory = results.stream().anyMatch(ProcessRun.Result::outOfMemory);
				double perNotice = wall.median() * 1000 / size;
				if (command.equals("check")) {
					perNoticeCheck[s] = outOfMemory ? -1 : perNotice;
					if (!outOfMemory) {
						largestCheck = results;
						largestCheckSize = size;
					}
				} else {
					perNoticeGenerate[s] = outOfMemory ? -1 : perNotice;
					if (!outOfMemory) {
						largestGenerate = results;
						largestGenerateSize = size;
					}
				}
				Report.Spread cores = Report.Spread.of(results.stream().map(ProcessRun.Result::coresUsed).toList());
				report.detail(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s |", size, command,
						wall.format("%.1f"), outOfMemory ? "—" : String.format(Locale.ROOT, "%.1f", perNotice), mib(worst.heapPeakMiB()),
						mib(worst.heapLiveMiB()), worst.heapLiveMiB() < 0 || outOfMemory ? "—" : String.format(Locale.ROOT, "%.0f", worst.heapLiveMiB() * 1024 / size),
						cores.median() < 0 ? "?" : String.format(Locale.ROOT, "%.2f", cores.median()),
						outOfMemory ? "**out of memory** after " + String.format(Locale.ROOT, "%.0f s", wall.max())
								: results.stream().map(r -> String.valueOf(r.exitCode())).distinct().reduce((a, b) -> a + "," + b).orElse("")));
			}
			writeResults();
		}
		int small = sizes.indexOf(LINEAR_SMALL);
		int large = sizes.indexOf(LINEAR_LARGE);
		if (small < 0 || large < 0) {
			small = sizes.size() - 2;
			large = sizes.size() - 1;
		}
		if (small >= 0) {
			linearity("check", perNoticeCheck, small, large, largestCheck, largestCheckSize);
			linearity("generate --format html,json", perNoticeGenerate, small, large, largestGenerate, largestGenerateSize);
		}
		report.note("scale: exit 1 of check and generate is expected (one notice in ten is a seed with errors); the "
				+ "corpora and logs are in " + out + ". Peak heap: the most used before a collection (GC log); live: the most left after one.");
	}

	private void linearity(String command, double[] perNotice, int small, int large, List<ProcessRun.Result> largest, int largestSize) {
		String name = String.format(Locale.ROOT, "Scale: `%s` of %,d notices in %s, cost per notice", command, sizes.get(large), HEAP);
		String baseline = String.format(Locale.ROOT, "the same at %,d notices", sizes.get(small));
		if (perNotice[large] < 0 || perNotice[small] < 0) {
			report.add(Report.Row.failed(name, baseline, 1.2, perNotice[large] < 0 ? String.format(Locale.ROOT, "out of memory at %,d notices",
					sizes.get(large)) : "out of memory"));
		} else {
			double ratio = perNotice[large] / perNotice[small];
			report.add(new Report.Row(name, baseline, new Report.Spread(ratio, ratio, ratio), 1.2, false,
					String.format(Locale.ROOT, "%.1f ms per notice", perNotice[large])));
		}
		if (largest != null && largest.stream().allMatch(r -> r.coresUsed() > 0)) {
			report.add(new Report.Row("Scale: `" + command + "`, cores used (CPU time / wall time)", "1 core",
					Report.Spread.of(largest.stream().map(ProcessRun.Result::coresUsed).toList()), 1.5, true,
					String.format(Locale.ROOT, "%,d notices", largestSize)));
		}
	}

	private Path corpus(int size) throws IOException {
		Path corpus = out.resolve("corpus-" + size);
		Path marker = corpus.resolve("corpus.properties");
		String description = "notices=" + size + "\nseed=" + seed + "\ngenerator=" + CorpusGenerator.VERSION + "\n";
		if (!Files.isRegularFile(marker) || !Files.readString(marker).equals(description)) {
			deleteTree(corpus);
			CorpusGenerator.write(CorpusGenerator.generate(home, size, seed), corpus);
			Files.writeString(marker, description);
		}
		return corpus;
	}

	// --- in process (JMH)

	/** A row of two JMH benchmarks of one class: the ratio of their scores, iteration by iteration. */
	private void jmhPair(String name, String className, String measured, String baseline, String baselineText, double goal)
			throws RunnerException {
		String prefix = "fi.seloste.benchmark." + className + ".";
		Collection<RunResult> results = new Runner(jmhOptions(prefix.replace(".", "\\.") + "(" + measured + "|" + baseline + ")$", true)
				.build()).run();
		List<Double> measuredScores = iterationScores(results, prefix + measured);
		List<Double> baselineScores = iterationScores(results, prefix + baseline);
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < Math.min(measuredScores.size(), baselineScores.size()); i++) {
			ratios.add(measuredScores.get(i) / baselineScores.get(i));
		}
		if (ratios.isEmpty()) {
			report.add(new Report.Row(name, baselineText, null, goal, false, "no results"));
			return;
		}
		report.add(new Report.Row(name, String.format(Locale.ROOT, "%s, median %.2f ms", baselineText, Report.Spread.of(baselineScores).median()),
				Report.Spread.of(ratios), goal, false, String.format(Locale.ROOT, "median %.2f ms", Report.Spread.of(measuredScores).median())));
	}

	/** The keystroke row: run only when its class is there (written by the keystroke work). */
	private void keystroke() throws RunnerException {
		try {
			Class.forName(KEYSTROKE_BENCHMARK);
		} catch (ClassNotFoundException e) {
			report.note("keystroke: not measured, " + KEYSTROKE_BENCHMARK + " is not in this build (docs/benchmarks.md, \"Keystroke re-check\")");
			return;
		}
		// its own iterations (its annotations), unless --quick
		Collection<RunResult> results = new Runner(jmhOptions(KEYSTROKE_BENCHMARK.replace(".", "\\.") + "\\.", quick).build()).run();
		for (RunResult result : results) {
			String method = result.getParams().getBenchmark().substring(KEYSTROKE_BENCHMARK.length() + 1);
			List<Double> medians = new ArrayList<>();
			List<Double> p95s = new ArrayList<>();
			for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
				for (IterationResult iteration : benchmark.getIterationResults()) {
					Result<?> primary = iteration.getPrimaryResult();
					double toMs = millisecondsPer(primary.getScoreUnit());
					medians.add(primary.getStatistics().getPercentile(50) * toMs / KEYSTROKE_MEDIAN_BUDGET_MS);
					p95s.add(primary.getStatistics().getPercentile(95) * toMs / KEYSTROKE_P95_BUDGET_MS);
				}
			}
			if (medians.isEmpty()) {
				continue;
			}
			report.add(new Report.Row("Keystroke re-check, median: " + method, "the 16 ms budget", Report.Spread.of(medians), 1, false, ""));
			report.add(new Report.Row("Keystroke re-check, p95: " + method, "the 33 ms budget", Report.Spread.of(p95s), 1, false, ""));
		}
	}

	private ChainedOptionsBuilder jmhOptions(String include, boolean ourIterations) {
		ChainedOptionsBuilder options = new OptionsBuilder().include(include).forks(1).shouldFailOnError(true)
				// the forks inherit run.sh's options (-Dseloste.home, the encoding, Guice's Unsafe on JDK 23+)
				.jvmArgsAppend("-Djava.awt.headless=true");
		if (ourIterations) {
			options.warmupIterations(quick ? 2 : 5).warmupTime(TimeValue.seconds(quick ? 1 : 2))
					.measurementIterations(quick ? 3 : 10).measurementTime(TimeValue.seconds(quick ? 1 : 2));
		}
		return options;
	}

	private static List<Double> iterationScores(Collection<RunResult> results, String benchmark) {
		List<Double> scores = new ArrayList<>();
		for (RunResult result : results) {
			if (result.getParams().getBenchmark().equals(benchmark)) {
				for (BenchmarkResult fork : result.getBenchmarkResults()) {
					for (IterationResult iteration : fork.getIterationResults()) {
						scores.add(iteration.getPrimaryResult().getScore() * millisecondsPer(iteration.getPrimaryResult().getScoreUnit()));
					}
				}
			}
		}
		return scores;
	}

	/** How many milliseconds one unit of a JMH score unit ("ms/op", "us/op", "ns/op", "s/op") is. */
	private static double millisecondsPer(String unit) {
		return switch (unit.substring(0, unit.indexOf('/'))) {
			case "s" -> 1000;
			case "us" -> 0.001;
			case "ns" -> 0.000001;
			default -> 1;
		};
	}

	// --- Studio

	private void studio() throws IOException {
		Path archive = studioArchive != null ? studioArchive : findStudioArchive();
		String name = "Studio start to a usable window, warm (releng/fi.seloste.product/tools/start-time.sh)";
		if (archive == null || !Files.isRegularFile(archive)) {
			report.add(new Report.Row(name, "the 8 s goal", null, 1, false,
					"skipped: no Studio archive; build it with -pl releng/fi.seloste.product -am or pass --studio-archive"));
			return;
		}
		Path log = out.resolve("studio.log");
		int runs = Math.max(3, Math.min(reps, 5));
		ProcessRun.Result result = ProcessRun.run(List.of("bash", home.resolve("releng/fi.seloste.product/tools/start-time.sh").toString(),
				archive.toString(), String.valueOf(runs), out.resolve("studio").toString()), Map.of(), home, log, null);
		List<Double> warm = new ArrayList<>();
		String cold = "?";
		Matcher line = Pattern.compile("run \\d+ \\((cold|warm)\\): window after (\\d+\\.\\d) s").matcher(Files.readString(log, StandardCharsets.UTF_8));
		while (line.find()) {
			if (line.group(1).equals("cold")) {
				cold = line.group(2) + " s";
			} else {
				warm.add(Double.parseDouble(line.group(2)) / 8);
			}
		}
		if (warm.isEmpty()) {
			report.add(new Report.Row(name, "the 8 s goal", null, 1, false, "no window measured (exit " + result.exitCode() + ", see " + log + ")"));
			return;
		}
		report.add(new Report.Row(name, "the 8 s goal", Report.Spread.of(warm), 1, false,
				"cold start " + cold + "; " + warm.size() + " warm starts; archive " + (archive.startsWith(home) ? home.relativize(archive) : archive)));
	}

	private Path findStudioArchive() throws IOException {
		Path products = home.resolve("releng/fi.seloste.product/target/products");
		if (!Files.isDirectory(products)) {
			return null;
		}
		try (Stream<Path> files = Files.list(products)) {
			return files.filter(f -> f.getFileName().toString().matches("seloste-studio-.*-linux\\.gtk\\.x86_64\\.tar\\.gz")).findFirst()
					.orElse(null);
		}
	}

	// --- helpers

	private static String mib(double value) {
		return value < 0 ? "?" : String.format(Locale.ROOT, "%.0f", value);
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException e) {
			return "?";
		}
	}

	private String commit() {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(home.toFile()).redirectErrorStream(true).start();
			String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return git.waitFor() == 0 ? text : "?";
		} catch (IOException e) {
			return "?";
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "?";
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
