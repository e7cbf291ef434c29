package fi.seloste.ide.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fi.seloste.seloste.Organisation;
import fi.seloste.seloste.SelosteFile;

/**
 * Checks one edited file again and again as it is typed (parse, link, validate), at a cost that does
 * not grow with its project. The session keeps one resource set across checks: the edited text is
 * parsed anew into it each time; the project's other files are known by their saved names only
 * ({@link SavedIndex}) until a reference leads into one (an organisation file a notice uses), which is
 * then loaded from its saved content, linked once, and kept until a file of the project changes on disk.
 * <p>
 * The issues are those of a check of the edited text in a resource set holding every file of the
 * project (see {@code EditingSessionTest}). Two cases are not incremental and do that whole check each
 * time: an edited file that declares an organisation (its findings depend on what every other file
 * refers to) and nothing else. Calls are serialised; a model handed out is never changed afterwards
 * (a later check parses a new one), so it may be read on another thread.
 */
public final class EditingSession {

	private static final String UTF_8 = "UTF-8";

	private final Injector injector;
	private final URI file;
	private final ProjectFiles project;
	private final IResourceValidator validator;
	private final OperationCanceledManager cancellation;
	private final SavedIndex index;
	private final XtextResourceSet resourceSet;
	/** The project's other files loaded into {@link #resourceSet} whose references are all resolved. */
	private final Set<Resource> linked = new HashSet<>();
	private XtextResource edited;
	/** The last check that finished, and its text. */
	private Result last;
	private String lastText;

	/** What a check found: the edited file's model (linked, validated) and its issues. */
	public record Result(XtextResource resource, List<Issue> issues) {
	}

	public EditingSession(Injector injector, URI file, ProjectFiles project) {
		this.injector = injector;
		this.file = file;
		this.project = project;
		this.validator = injector.getInstance(IResourceValidator.class);
		this.cancellation = injector.getInstance(OperationCanceledManager.class);
		this.index = new SavedIndex(injector);
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, UTF_8);
		resourceSet.getURIConverter().getURIHandlers().add(0, new SavedContent());
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index.data());
	}

	/** The issues of the edited file if its text were {@code text}; {@code null} when cancelled. */
	public synchronized Result check(String text, CancelIndicator cancel) throws IOException {
		try {
			Map<URI, Object> saved = project.versions();
			if (!index.refresh(project, saved, file).isEmpty()) {
				// what a loaded file links to may have changed with it: all are loaded again when needed
				forgetLoadedFiles();
			} else if (last != null && text.equals(lastText)) {
				// the same text in the same project (an editor reconciles again when activated): the same
				// model, which its readers may still be using (a quick fix being applied)
				return last;
			}
			last = null;
			if (edited != null) {
				// removed, not unloaded: the model handed out by the previous check stays as it was (its
				// readers synchronize on it)
				synchronized (edited) {
					resourceSet.getResources().remove(edited);
				}
				edited = null;
			}
			XtextResource resource = parse(resourceSet, file, text);
			if (declaresOrganisation(resource)) {
				resourceSet.getResources().remove(resource);
				return wholeProjectCheck(text, saved, cancel);
			}
			edited = resource;
			index.data().addDescription(file,
					resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource));
			EcoreUtil2.resolveLazyCrossReferences(resource, cancel);
			linkLoadedFiles(cancel);
			if (cancel.isCanceled()) {
				return null;
			}
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
			return cancel.isCanceled() ? null : remember(text, new Result(resource, issues));
		} catch (RuntimeException | OperationCanceledError e) {
			// Xtext signals cancellation with an Error as well as with exceptions
			if (cancellation.isOperationCanceledException(e)) {
				return null;
			}
			throw e;
		}
	}

	/**
	 * Resolves every reference of the other files loaded so far, once each, so that they are in the same
	 * state at every check (as in a check of the whole project, which links every file) and a model handed
	 * out earlier that leads into them is never changed by a later check.
	 */
	private void linkLoadedFiles(CancelIndicator cancel) {
		boolean more = true;
		while (more && !cancel.isCanceled()) {
			more = false;
			for (Resource loaded : new ArrayList<>(resourceSet.getResources())) {
				if (loaded != edited && !linked.contains(loaded)) {
					EcoreUtil2.resolveLazyCrossReferences(loaded, cancel);
					if (cancel.isCanceled()) {
						return;
					}
					linked.add(loaded);
					more = true; // it may have loaded more files
				}
			}
		}
	}

	private void forgetLoadedFiles() {
		resourceSet.getResources().retainAll(edited == null ? List.of() : List.of(edited));
		linked.clear();
	}

	/** An organisation's file: every file of the project, as saved, in a new resource set. */
	private Result wholeProjectCheck(String text, Map<URI, Object> saved, CancelIndicator cancel) throws IOException {
		XtextResourceSet whole = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = parse(whole, file, text);
		for (URI other : saved.keySet()) {
			if (!other.equals(file)) {
				parse(whole, other, project.savedText(other));
			}
		}
		if (cancel.isCanceled()) {
			return null;
		}
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
		return cancel.isCanceled() ? null : remember(text, new Result(resource, issues));
	}

	private Result remember(String text, Result result) {
		last = result;
		lastText = text;
		return result;
	}

	private static boolean declaresOrganisation(XtextResource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof SelosteFile selosteFile
				&& selosteFile.getElements().stream().anyMatch(Organisation.class::isInstance);
	}

	private static XtextResource parse(XtextResourceSet resourceSet, URI uri, String text) throws IOException {
		Resource resource = resourceSet.createResource(uri);
		if (!(resource instanceof XtextResource xtextResource)) {
			throw new IOException(uri + ": no Seloste resource factory is registered");
		}
		xtextResource.load(new LazyStringInputStream(text, UTF_8), Map.of(XtextResource.OPTION_ENCODING, UTF_8));
		return xtextResource;
	}

	/** Loads the project's other files from their saved content (as the index describes them). */
	private final class SavedContent extends URIHandlerImpl {

		@Override
		public boolean canHandle(URI uri) {
			return index.contains(uri);
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			return new ByteArrayInputStream(project.savedText(uri).getBytes(StandardCharsets.UTF_8));
		}
	}
}
