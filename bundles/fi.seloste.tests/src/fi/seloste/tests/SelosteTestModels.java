package fi.seloste.tests;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads Seloste texts and files into resource sets the way the tools do. */
public class SelosteTestModels {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	public XtextResourceSet newResourceSet() {
		return resourceSets.get();
	}

	/** Loads the files into one resource set and resolves all references. */
	public XtextResourceSet load(Collection<Path> files) {
		XtextResourceSet set = newResourceSet();
		for (Path file : files) {
			add(set, file.toAbsolutePath().toString(), Fixtures.read(file));
		}
		EcoreUtil.resolveAll(set);
		return set;
	}

	/** The resource of a file that {@link #load} loaded into the set. */
	public static XtextResource resourceOf(XtextResourceSet set, Path file) {
		return (XtextResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), false);
	}

	public XtextResource parse(String text) {
		return parse(newResourceSet(), "memory:/test.seloste", text);
	}

	/** The first notice of a text that parses without syntax errors (the test fails otherwise). */
	public fi.seloste.seloste.Notice notice(String text) {
		XtextResource resource = parse(text);
		org.junit.jupiter.api.Assertions.assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		return (fi.seloste.seloste.Notice) ((fi.seloste.seloste.SelosteFile) resource.getContents().get(0)).getElements()
				.get(0);
	}

	public XtextResource parse(XtextResourceSet set, String uri, String text) {
		XtextResource resource = add(set, uri, text);
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	public XtextResource add(XtextResourceSet set, String uri, String text) {
		URI resourceUri = uri.contains(":/") ? URI.createURI(uri) : URI.createFileURI(uri);
		XtextResource resource = (XtextResource) set.createResource(resourceUri);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return resource;
	}

	public List<Issue> validate(XtextResource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** Issues as {@code line:column severity message} lines, for readable assertion failures. */
	public static String describe(Collection<Issue> issues) {
		StringBuilder text = new StringBuilder();
		for (Issue issue : issues) {
			text.append(issue.getLineNumber()).append(':').append(issue.getColumn()).append(' ')
					.append(issue.getSeverity()).append(' ').append(issue.getMessage()).append('\n');
		}
		return text.toString();
	}
}
