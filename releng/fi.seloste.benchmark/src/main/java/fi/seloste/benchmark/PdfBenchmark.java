package fi.seloste.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import fi.seloste.generator.OutputFile;
import fi.seloste.seloste.Notice;

/**
 * Row "pdf" (docs/benchmarks.md): the PDF of one loaded notice (every language it has), warm, against the
 * HTML + JSON of the same notice, both through the generator's public API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBenchmark {

	private Notice notice;

	@Setup
	public void setUp() {
		InProcess.Loaded loaded = InProcess.load(Path.of("/seloste-benchmark/privacy-notice.seloste"), InProcess.exampleText(),
				Map.of());
		notice = loaded.notices().get(0);
	}

	@Benchmark
	public List<OutputFile> pdf() {
		return InProcess.render(notice, "pdf");
	}

	/** The baseline. */
	@Benchmark
	public List<OutputFile> htmlJson() {
		return InProcess.render(notice, "html", "json");
	}
}
