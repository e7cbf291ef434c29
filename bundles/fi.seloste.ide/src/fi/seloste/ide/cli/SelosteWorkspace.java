package fi.seloste.ide.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.validation.SelosteMessages;

/** The files of one command, loaded into one resource set so that references across files resolve. */
public final class SelosteWorkspace {

	private final XtextResourceSet resourceSet;
	private final Map<Path, XtextResource> resources = new LinkedHashMap<>();
	private final List<Problem> readProblems = new ArrayList<>();

	/** The message language the user chose, {@code null} for each file's own. */
	private final KeywordLanguage language;

	private SelosteWorkspace(XtextResourceSet resourceSet, KeywordLanguage language) {
		this.resourceSet = resourceSet;
		this.language = language;
	}

	public static SelosteWorkspace load(Injector injector, SourceFiles files) throws UsageException {
		SelosteWorkspace workspace = new SelosteWorkspace(injector.getInstance(XtextResourceSet.class),
				injector.getInstance(SelosteMessages.class).chosenLanguage());
		for (Path file : files.context()) {
			workspace.add(file);
		}
		EcoreUtil.resolveAll(workspace.resourceSet);
		return workspace;
	}

	private void add(Path file) throws UsageException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			// A problem of this file only: the other files of the command are still checked.
			readProblems.add(ReadFailure.problem(file, e, language));
			return;
		}
		switch (Utf8Source.decode(file, bytes)) {
			case Utf8Source.Invalid invalid -> readProblems.add(invalid.problem());
			case Utf8Source.Text text -> parse(file, text.text());
		}
	}

	private void parse(Path file, String text) throws UsageException {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = resourceSet.createResource(uri);
		if (!(resource instanceof XtextResource xtextResource)) {
			throw new UsageException(file + ": not a Seloste file");
		}
		try {
			xtextResource.load(new LazyStringInputStream(text, "UTF-8"),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UsageException(file + ": cannot read the file: " + Failures.reason(e, file, KeywordLanguage.ENGLISH));
		}
		resources.put(file, xtextResource);
	}

	/** The parsed resource of a file, or {@code null} when it could not be decoded. */
	public XtextResource resource(Path file) {
		return resources.get(file);
	}

	/** Files that could not be read or are not valid UTF-8, one problem each; they take no further part. */
	public List<Problem> readProblems() {
		return readProblems;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}
}
