package fi.seloste.ide.server;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import fi.seloste.ide.hover.SelosteHoverTexts;

/**
 * Hover over LSP: the texts the Eclipse editor shows ({@link SelosteHoverTexts}: the GDPR provision of a
 * basis, right or safeguard; what a reference refers to), as plain text over the word under the cursor.
 */
public class SelosteHoverService implements IHoverService {

	@Inject
	private SelosteHoverTexts texts;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		int offset = document.getOffSet(params.getPosition());
		String text = texts.at(resource, offset);
		if (text == null || text.isBlank()) {
			return EMPTY_HOVER;
		}
		Hover hover = new Hover(new MarkupContent(MarkupKind.PLAINTEXT, text));
		ILeafNode leaf = resource.getParseResult() == null ? null
				: NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf != null && !leaf.isHidden()) {
			hover.setRange(new Range(document.getPosition(leaf.getOffset()), document.getPosition(leaf.getEndOffset())));
		}
		return hover;
	}
}
