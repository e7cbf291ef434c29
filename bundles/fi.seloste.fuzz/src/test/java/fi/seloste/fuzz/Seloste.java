package fi.seloste.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fi.seloste.generator.NoticeRendering;
import fi.seloste.ide.cli.CliInjector;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;

/**
 * Seloste as the command line runs it, in memory: one injector (the command line's), a text parsed and
 * linked in a resource set of its own beside the other files of its example's folder (so that an
 * organisation's imports resolve), and validated.
 */
final class Seloste {

	static final Injector INJECTOR = CliInjector.get();

	/** One shipped example: its file, its text, and the other files of its folder (its context). */
	record Example(Path file, String text, List<Example> siblings) {
	}

	/** A text parsed, linked and validated. */
	record Loaded(String text, XtextResource resource, List<Issue> issues) {

		boolean parsed() {
			return !resource.getContents().isEmpty() && !resource.getParseResult().hasSyntaxErrors();
		}

		List<Issue> errors() {
			return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		}

		List<Notice> notices() {
			return resource.getContents().isEmpty() ? List.of()
					: NoticeRendering.notices((SelosteFile) resource.getContents().get(0));
		}
	}

	private static List<Example> examples;
	private static List<Example> cleanExamples;

	private Seloste() {
	}

	/** The repository (the build passes it as {@code seloste.home}). */
	static Path home() {
		String home = System.getProperty("seloste.home");
		Path folder = home == null ? Path.of("").toAbsolutePath() : Path.of(home);
		while (folder != null && !Files.isDirectory(folder.resolve("examples"))) {
			folder = folder.getParent();
		}
		if (folder == null) {
			throw new IllegalStateException("cannot find the repository's examples folder; set -Dseloste.home");
		}
		return folder;
	}

	/** Every shipped example ({@code examples/**.seloste} but the Maven builds), in a stable order. */
	static synchronized List<Example> examples() {
		if (examples == null) {
			Path root = home().resolve("examples");
			List<Path> files;
			try (Stream<Path> walk = Files.walk(root)) {
				files = walk.filter(p -> p.toString().endsWith(".seloste") && !root.relativize(p).startsWith("maven"))
						.sorted().toList();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			List<Example> result = new ArrayList<>();
			for (Path file : files) {
				List<Example> siblings = new ArrayList<>();
				for (Path other : files) {
					if (!other.equals(file) && other.getParent().equals(file.getParent())) {
						siblings.add(new Example(other, read(other), List.of()));
					}
				}
				result.add(new Example(file, read(file), List.copyOf(siblings)));
			}
			examples = List.copyOf(result);
		}
		return examples;
	}

	/** The examples without errors (those not modelling a seed), which generate. */
	static synchronized List<Example> cleanExamples() {
		if (cleanExamples == null) {
			cleanExamples = examples().stream().filter(example -> load(example, example.text()).errors().isEmpty()).toList();
		}
		return cleanExamples;
	}

	/** An input without a context: a file of its own in a folder of its own. */
	static Example alone() {
		return new Example(Path.of("/seloste-fuzz/input.seloste"), "", List.of());
	}

	/** Parses and links the text as the example's file (beside its siblings) and validates it. */
	static Loaded load(Example example, String text) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		for (Example sibling : example.siblings()) {
			add(set, sibling.file(), sibling.text());
		}
		XtextResource resource = add(set, example.file(), text);
		EcoreUtil.resolveAll(set);
		List<Issue> issues = INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		return new Loaded(text, resource, issues);
	}

	private static XtextResource add(XtextResourceSet set, Path file, String text) {
		XtextResource resource = (XtextResource) set
				.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text as a file would hold it: lone surrogates (which UTF-8 cannot hold) replaced. */
	static String asFileText(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}
}
