package fi.seloste.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import fi.seloste.generator.OutputFile;
import fi.seloste.seloste.Notice;

/**
 * Row "pipeline" (docs/benchmarks.md): one notice from its text to HTML + JSON, warm, in process (parse, link,
 * validate, render through the generator) against a Markdown library (flexmark, with tables) rendering that
 * notice's Markdown (Seloste's own Markdown format, every language the notice has) to HTML.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {

	private static final Path FILE = Path.of("/seloste-benchmark/privacy-notice.seloste");

	private String text;
	private List<String> markdown;
	private Parser parser;
	private HtmlRenderer renderer;

	@Setup
	public void setUp() {
		text = InProcess.exampleText();
		InProcess.Loaded loaded = InProcess.load(FILE, text, Map.of());
		markdown = new ArrayList<>();
		for (Notice notice : loaded.notices()) {
			for (OutputFile file : InProcess.render(notice, "md")) {
				markdown.add(new String(file.content(), StandardCharsets.UTF_8));
			}
		}
		MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
		parser = Parser.builder(options).build();
		renderer = HtmlRenderer.builder(options).build();
	}

	/** The measured path: text to HTML + JSON files. */
	@Benchmark
	public void seloste(Blackhole sink) {
		InProcess.Loaded loaded = InProcess.load(FILE, text, Map.of());
		sink.consume(loaded.issues());
		for (Notice notice : loaded.notices()) {
			sink.consume(InProcess.render(notice, "html", "json"));
		}
	}

	/** The baseline: the same notice's Markdown to HTML. */
	@Benchmark
	public void flexmark(Blackhole sink) {
		for (String document : markdown) {
			sink.consume(renderer.render(parser.parse(document)));
		}
	}
}
