package fi.seloste.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formats a whole parsed file: the one entry point for the CLI, the editor and the tests. */
public class SelosteFormatting {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	/** The edits that give the file its canonical layout; empty when it has it already. */
	public List<ITextReplacement> edits(XtextResource resource) {
		return edits(regionAccessBuilders.get().forNodeModel(resource).create());
	}

	/** The file's text in canonical layout. A file with syntax errors is returned unchanged. */
	public String format(XtextResource resource) {
		ITextRegionAccess access = regionAccessBuilders.get().forNodeModel(resource).create();
		if (access.hasSyntaxError()) {
			return resource.getParseResult().getRootNode().getText();
		}
		return access.getRewriter().renderToString(edits(access));
	}

	private List<ITextReplacement> edits(ITextRegionAccess access) {
		FormatterRequest request = new FormatterRequest().setTextRegionAccess(access).setAllowIdentityEdits(false);
		return formatters.get().format(request);
	}
}
