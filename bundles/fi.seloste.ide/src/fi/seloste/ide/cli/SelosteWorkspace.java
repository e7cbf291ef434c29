package fi.seloste.ide.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.validation.SelosteMessages;

/**
 * The files of one command, loaded into one resource set so that references across files resolve: for the
 * commands that edit sources ({@code format}, {@code --fix}) and compare versions. {@code check} and
 * {@code generate} keep a bounded working set instead ({@link NoticeBatch}).
 */
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
		switch (SourceLoader.load(resourceSet, file, language)) {
			// a problem of this file only: the other files of the command are still checked
			case SourceLoader.Unreadable unreadable -> readProblems.add(unreadable.problem());
			case SourceLoader.Parsed parsed -> resources.put(file, parsed.resource());
		}
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
