package fi.seloste.ide.server;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Completion over LSP with the block templates as snippets: Xtext hands a template over as plain text
 * marked "snippet", its values to fill in ({@link ContentAssistEntry#getEditPositions()}) lost. Here
 * each becomes a tab stop with the value as its placeholder ({@code ${1:value}}), the text around it
 * escaped as the snippet syntax requires, and the cursor ends after the block. A client that does not
 * insert snippets gets the template as plain text.
 */
public class SelosteContentAssistService extends ContentAssistService {

	@Inject
	private ServerConfiguration configuration;

	@Override
	protected CompletionItem toCompletionItem(ContentAssistEntry entry, int caretOffset, Position caretPosition,
			Document document) {
		CompletionItem item = super.toCompletionItem(entry, caretOffset, caretPosition, document);
		if (!configuration.snippets()) {
			// a client without snippets would insert the syntax literally: the template as plain text
			item.setInsertTextFormat(InsertTextFormat.PlainText);
			return item;
		}
		if (!entry.getEditPositions().isEmpty() && item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			edit.setNewText(snippet(entry.getProposal(), entry.getEditPositions()));
			item.setInsertTextFormat(InsertTextFormat.Snippet);
			item.setKind(CompletionItemKind.Snippet);
		}
		return item;
	}

	/** The proposal in the snippet syntax, each edit position a numbered placeholder. */
	static String snippet(String proposal, List<TextRegion> positions) {
		List<TextRegion> sorted = positions.stream().sorted(Comparator.comparingInt(TextRegion::getOffset)).toList();
		StringBuilder snippet = new StringBuilder();
		int at = 0;
		int stop = 1;
		for (TextRegion position : sorted) {
			if (position.getOffset() < at || position.getOffset() + position.getLength() > proposal.length()) {
				continue;
			}
			snippet.append(escape(proposal.substring(at, position.getOffset())));
			snippet.append("${").append(stop++).append(':')
					.append(escape(proposal.substring(position.getOffset(), position.getOffset() + position.getLength())))
					.append('}');
			at = position.getOffset() + position.getLength();
		}
		snippet.append(escape(proposal.substring(at))).append("$0");
		return snippet.toString();
	}

	/** {@code $}, {@code }} and {@code \} are the snippet syntax's own characters. */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
	}
}
