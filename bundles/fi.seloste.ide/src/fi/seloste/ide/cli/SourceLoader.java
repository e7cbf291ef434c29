package fi.seloste.ide.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;

/**
 * The one loader of source files for the command line and the Maven plugin: reads a file, decodes it
 * strictly as UTF-8 and parses it into a resource set. A file that cannot be read or decoded is a
 * problem of that file only, never of the run.
 */
final class SourceLoader {

	/** What loading one file gave: its parsed resource, or the problem that kept it out. */
	sealed interface Loaded permits Parsed, Unreadable {
	}

	record Parsed(XtextResource resource) implements Loaded {
	}

	record Unreadable(Problem problem) implements Loaded {
	}

	private SourceLoader() {
	}

	/** The URI a file is loaded under, the same in every resource set of a run. */
	static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** Reads and parses {@code file} into {@code resourceSet}; an unreadable file's reason told in {@code language}. */
	static Loaded load(XtextResourceSet resourceSet, Path file, KeywordLanguage language) throws UsageException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			return new Unreadable(ReadFailure.problem(file, e, language));
		}
		return switch (Utf8Source.decode(file, bytes)) {
			case Utf8Source.Invalid invalid -> new Unreadable(invalid.problem());
			case Utf8Source.Text text -> new Parsed(parse(resourceSet, file, text.text()));
		};
	}

	/** The text of a readable, valid UTF-8 file; {@code null} otherwise (its problem comes when it is loaded). */
	static String textOrNull(Path file) {
		try {
			return Utf8Source.decode(file, Files.readAllBytes(file)) instanceof Utf8Source.Text text ? text.text() : null;
		} catch (IOException e) {
			return null;
		}
	}

	private static XtextResource parse(XtextResourceSet resourceSet, Path file, String text) throws UsageException {
		Resource resource = resourceSet.createResource(uri(file));
		if (!(resource instanceof XtextResource xtextResource)) {
			throw new UsageException(file + ": not a Seloste file");
		}
		try {
			xtextResource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UsageException(file + ": cannot read the file: " + Failures.reason(e, file, KeywordLanguage.ENGLISH));
		}
		return xtextResource;
	}
}
