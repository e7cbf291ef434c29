package fi.seloste.benchmark.keystroke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.google.inject.Injector;

import fi.seloste.benchmark.Repository;
import fi.seloste.benchmark.corpus.CorpusGenerator;
import fi.seloste.ide.cli.CliInjector;
import fi.seloste.ide.editing.EditingSession;
import fi.seloste.ide.editing.ProjectFiles;

/**
 * Row "keystroke" (docs/benchmarks.md): the re-check after one keystroke in a 2,000-line notice (parse,
 * link, validate), with 0, 10 and 100 other notices in the project (the benchmark's corpus, its
 * organisation files included). The notice is Kuura's customer register (examples/organisation), its
 * register repeated, and uses Kuura's organisation file. Each call types one character into a description
 * or deletes it again.
 * <ul>
 * <li>{@code editorSessionN}: as the editor checks now, an {@link EditingSession} kept across keystrokes;</li>
 * <li>{@code wholeProjectN}: as the editor checked before (its reconcile, SelosteProjectResources): a new
 * resource set, every file of the project parsed, the notice validated.</li>
 * </ul>
 * The warm-up is long: a check runs a few hundred distinct methods, and on a loaded machine 15 s of
 * warm-up (some 20 checks) left the first benchmarks of a run still being compiled.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class KeystrokeBenchmark {

	static final int NOTICE_LINES = 2_000;
	private static final String PROJECT = "/seloste-benchmark/keystroke/";
	private static final Injector INJECTOR = CliInjector.get();

	/** A project: Kuura's organisation, the large notice being edited, and {@link #others()} more notices. */
	public abstract static class Project {

		final Map<URI, String> saved = new LinkedHashMap<>();
		final URI edited = URI.createFileURI(PROJECT + "suuri-asiakasrekisteri.seloste");
		String text;
		String typed;
		boolean withKeystroke;
		EditingSession session;
		IResourceValidator validator;

		abstract int others();

		@Setup(Level.Trial)
		public void setUp() throws IOException {
			Path home = Repository.home();
			text = largeNotice(home.resolve("examples/organisation/asiakasrekisteri.seloste"), NOTICE_LINES);
			// a keystroke in a description: one character more (and, the next time, one less again)
			typed = text.replaceFirst("ohjelmistokonsultointiyritys", "ohjelmistokonsultointiyrityss");
			saved.put(URI.createFileURI(PROJECT + "organisation.seloste"),
					Files.readString(home.resolve("examples/organisation/organisation.seloste"), StandardCharsets.UTF_8));
			saved.put(edited, text);
			for (CorpusGenerator.CorpusFile file : CorpusGenerator.generate(home, others(), 15)) {
				saved.put(URI.createFileURI(PROJECT + "muut/" + file.name()), file.text());
			}
			ProjectFiles files = new ProjectFiles() {
				@Override
				public Map<URI, Object> versions() {
					Map<URI, Object> versions = new LinkedHashMap<>();
					saved.keySet().forEach(uri -> versions.put(uri, 1));
					return versions;
				}

				@Override
				public String savedText(URI file) {
					return saved.get(file);
				}
			};
			session = new EditingSession(INJECTOR, edited, files);
			validator = INJECTOR.getInstance(IResourceValidator.class);
		}

		String nextText() {
			withKeystroke = !withKeystroke;
			return withKeystroke ? typed : text;
		}

		Object sessionCheck() {
			try {
				return session.check(nextText(), CancelIndicator.NullImpl).issues();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		Object wholeProjectCheck() {
			XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
			XtextResource notice = parse(resourceSet, edited, nextText());
			saved.forEach((uri, content) -> {
				if (!uri.equals(edited)) {
					parse(resourceSet, uri, content);
				}
			});
			return validator.validate(notice, CheckMode.ALL, CancelIndicator.NullImpl);
		}
	}

	@State(Scope.Benchmark)
	public static class Project0 extends Project {
		@Override
		int others() {
			return 0;
		}
	}

	@State(Scope.Benchmark)
	public static class Project10 extends Project {
		@Override
		int others() {
			return 10;
		}
	}

	@State(Scope.Benchmark)
	public static class Project100 extends Project {
		@Override
		int others() {
			return 100;
		}
	}

	@Benchmark
	public void editorSession0(Project0 project, Blackhole sink) {
		sink.consume(project.sessionCheck());
	}

	@Benchmark
	public void editorSession10(Project10 project, Blackhole sink) {
		sink.consume(project.sessionCheck());
	}

	@Benchmark
	public void editorSession100(Project100 project, Blackhole sink) {
		sink.consume(project.sessionCheck());
	}

	@Benchmark
	public void wholeProject0(Project0 project, Blackhole sink) {
		sink.consume(project.wholeProjectCheck());
	}

	@Benchmark
	public void wholeProject10(Project10 project, Blackhole sink) {
		sink.consume(project.wholeProjectCheck());
	}

	@Benchmark
	public void wholeProject100(Project100 project, Blackhole sink) {
		sink.consume(project.wholeProjectCheck());
	}

	private static XtextResource parse(XtextResourceSet resourceSet, URI uri, String content) {
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(new LazyStringInputStream(content, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (XtextResource) resource;
	}

	/**
	 * A realistic notice of at least the given length: the example's first register repeated, each copy
	 * under a name of its own (as the language server benchmark's LargeNotice makes it).
	 */
	static String largeNotice(Path example, int minimumLines) throws IOException {
		String text = Files.readString(example, StandardCharsets.UTF_8);
		int start = text.indexOf("\n\trekisteri ") + 1;
		int end = text.indexOf("\n\t}\n", start) + 4;
		String register = text.substring(start, end);
		String name = register.substring("\trekisteri ".length(), register.indexOf(' ', "\trekisteri ".length()));
		StringBuilder copies = new StringBuilder();
		long lines = text.lines().count();
		for (int copy = 2; lines < minimumLines; copy++) {
			copies.append(register.replaceFirst("\trekisteri " + name, "\trekisteri " + name + copy));
			lines += register.lines().count();
		}
		return text.substring(0, end) + copies + text.substring(end);
	}

	/** Runs this benchmark alone: {@code java -cp ... fi.seloste.benchmark.keystroke.KeystrokeBenchmark [regexp]}. */
	public static void main(String[] args) throws Exception {
		org.openjdk.jmh.runner.options.Options options = new org.openjdk.jmh.runner.options.OptionsBuilder()
				.include(KeystrokeBenchmark.class.getName().replace(".", "\\.") + "\\." + (args.length > 0 ? args[0] : ""))
				.build();
		new org.openjdk.jmh.runner.Runner(options).run();
	}
}
