package fi.seloste.ui.internal.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.IResourceProvider;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

import fi.seloste.diff.NoticeComparison;
import fi.seloste.diff.NoticeDiff;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.ui.internal.texts.UiTexts;
import fi.seloste.ui.internal.validation.SelosteProjectResources;
import fi.seloste.validation.SelosteMessages;

/**
 * The semantic diff of the two sides of a compare editor's input, off the UI thread. Eclipse's convention
 * is followed: the right side is the earlier version (Local History, a Git revision), the left the later
 * (the workspace file); for "Compare With &gt; Each Other" the first selected file is the later one. Each side
 * is parsed and linked in a resource set of its own with the project's other files as saved, so that the
 * organisation a notice imports resolves (changes to that organisation file are not part of this diff).
 */
final class SemanticComparison {

	/**
	 * What the pane shows: the diffs of the notices in the file, or why there is none.
	 *
	 * @param language the language of the texts: Seloste's message language for the later file
	 * @param diffs one per notice found on both sides
	 * @param message why nothing was compared (a side with errors, no notice), else {@code null}
	 */
	record Result(KeywordLanguage language, List<NoticeDiff> diffs, String message) {

		int changes() {
			return diffs.stream().mapToInt(diff -> diff.changes().size()).sum();
		}

		int material() {
			return diffs.stream().mapToInt(diff -> diff.material().size()).sum();
		}
	}

	private final Injector injector;

	SemanticComparison(Injector injector) {
		this.injector = injector;
	}

	Result compare(ICompareInput input) throws CoreException {
		ITypedElement later = input.getLeft();
		ITypedElement earlier = input.getRight();
		IFile context = file(later) != null ? file(later) : file(earlier);
		Side after = side(later, context, "after.seloste");
		KeywordLanguage language = after.resource == null ? KeywordLanguage.FINNISH
				: injector.getInstance(SelosteMessages.class).languageFor(after.resource);
		Side before = side(earlier, context, "before.seloste");
		if (after.resource == null || before.resource == null) {
			return new Result(language, List.of(), UiTexts.text(language, "compare.oneSideMissing"));
		}
		String problem = problem(before, "compare.earlierHasErrors", language);
		if (problem == null) {
			problem = problem(after, "compare.laterHasErrors", language);
		}
		if (problem != null) {
			return new Result(language, List.of(), problem);
		}
		List<NoticeDiff> diffs = new ArrayList<>();
		Map<String, Notice> earlierNotices = notices(before.resource);
		Map<String, Notice> laterNotices = notices(after.resource);
		if (earlierNotices.size() == 1 && laterNotices.size() == 1) {
			// one notice per file, as usual: a renamed notice is still that notice
			diffs.add(NoticeComparison.compare(earlierNotices.values().iterator().next(),
					laterNotices.values().iterator().next()));
		} else {
			laterNotices.forEach((name, notice) -> {
				Notice previous = earlierNotices.get(name);
				if (previous != null) {
					diffs.add(NoticeComparison.compare(previous, notice));
				}
			});
		}
		if (earlierNotices.isEmpty() && laterNotices.isEmpty()) {
			return new Result(language, List.of(), UiTexts.text(language, "compare.noNotice"));
		}
		if (diffs.isEmpty()) {
			// notices on both sides or one, but none of the same name: not "no notice"
			return new Result(language, List.of(), UiTexts.text(language, "compare.noMatchingNotice",
					names(earlierNotices), names(laterNotices)));
		}
		return new Result(language, diffs, null);
	}

	private record Side(XtextResource resource) {
	}

	private Side side(ITypedElement element, IFile context, String name) throws CoreException {
		String text = text(element);
		if (text == null) {
			return new Side(null);
		}
		XtextResource resource;
		if (context != null) {
			resource = new SelosteProjectResources(injector).load(context, text);
		} else {
			XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
			resource = (XtextResource) resourceSet.createResource(URI.createURI("synthetic:/" + name));
			try {
				resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new CoreException(Status.error(name + ": cannot parse the text", e));
			}
		}
		EcoreUtil2.resolveAll(resource);
		return new Side(resource);
	}

	/** The first syntax or linking error of a side, worded for the pane; {@code null} when there is none. */
	private static String problem(Side side, String key, KeywordLanguage language) {
		List<Resource.Diagnostic> errors = side.resource.getErrors();
		if (errors.isEmpty()) {
			return null;
		}
		Resource.Diagnostic first = errors.get(0);
		return UiTexts.text(language, key, errors.size(), Math.max(1, first.getLine()), first.getMessage());
	}

	private static String names(Map<String, Notice> notices) {
		return notices.isEmpty() ? "—" : String.join(", ", notices.keySet());
	}

	private static Map<String, Notice> notices(XtextResource resource) {
		Map<String, Notice> notices = new LinkedHashMap<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof SelosteFile file) {
			file.getElements().stream().filter(Notice.class::isInstance).map(Notice.class::cast)
					.filter(notice -> notice.getName() != null).forEach(notice -> notices.putIfAbsent(notice.getName(), notice));
		}
		return notices;
	}

	private static IFile file(ITypedElement element) {
		return element instanceof IResourceProvider provider && provider.getResource() instanceof IFile file ? file : null;
	}

	/** The element's text, {@code null} for a side that does not exist (an added or deleted file). */
	private static String text(ITypedElement element) throws CoreException {
		if (!(element instanceof IStreamContentAccessor accessor)) {
			return null;
		}
		Charset charset = StandardCharsets.UTF_8;
		if (element instanceof IEncodedStreamContentAccessor encoded && encoded.getCharset() != null) {
			try {
				charset = Charset.forName(encoded.getCharset());
			} catch (IllegalArgumentException e) {
				// an unknown charset name: Seloste files are UTF-8
			}
		}
		try (InputStream in = accessor.getContents()) {
			return in == null ? null : new String(in.readAllBytes(), charset);
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot read " + element.getName(), e));
		}
	}
}
