package fi.seloste.ui.internal.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

import fi.seloste.formatting2.SelosteFormatting;

/**
 * Gives a document the canonical layout of {@code seloste format}, through the same
 * {@link SelosteFormatting}. Only the formatter's own edits are applied, so markers, folding and the
 * caret keep their places outside the changed whitespace.
 */
public final class DocumentFormatter {

	private static final String UTF_8 = "UTF-8";

	private final Injector injector;

	public DocumentFormatter(Injector injector) {
		this.injector = injector;
	}

	/**
	 * The formatter's edits that change the text; {@code null} when it has syntax errors (the formatter's layout
	 * of a broken file would be a guess, so such a file is left as it is, as on the command line).
	 */
	public List<ITextReplacement> edits(String text) {
		XtextResource resource = parse(text);
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return null;
		}
		// The formatter may restate whitespace as it is; only real changes count (and get undone).
		return injector.getInstance(SelosteFormatting.class).edits(resource).stream()
				.filter(edit -> !edit.getReplacementText()
						.equals(text.substring(edit.getOffset(), edit.getOffset() + edit.getLength())))
				.toList();
	}

	/**
	 * Applies the edits to the document, last first so that earlier offsets stay valid. The caller makes
	 * them one undoable change.
	 */
	public static void apply(IDocument document, List<ITextReplacement> edits) throws BadLocationException {
		List<ITextReplacement> lastFirst = new ArrayList<>(edits);
		lastFirst.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
		for (ITextReplacement edit : lastFirst) {
			document.replace(edit.getOffset(), edit.getLength(), edit.getReplacementText());
		}
	}

	private XtextResource parse(String text) {
		// A resource of its own: formatting needs the syntax only, not the project's other files.
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("format.seloste"));
		try {
			resource.load(new LazyStringInputStream(text, UTF_8), Map.of(XtextResource.OPTION_ENCODING, UTF_8));
		} catch (IOException e) {
			throw new IllegalStateException("reading a string cannot fail", e);
		}
		return resource;
	}
}
