package fi.seloste.ui.internal.editing;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/**
 * Matching brackets for the Generic Editor (plugin.xml): the braces of blocks, and the parentheses and
 * square brackets people write in texts. Ctrl+Shift+P jumps to the partner.
 * <p>
 * A Seloste document has one partition, so the default matcher would pair a brace of a block with
 * one inside a text or comment. It is handed a copy of the document in which texts and comments are
 * blanked out instead (same offsets); brackets are then matched among code or, inside one text,
 * not at all.
 */
public class SelosteBracketMatcher extends DefaultCharacterPairMatcher {

	private IDocument lastSource;
	private long lastStamp;
	private IDocument lastCode;

	public SelosteBracketMatcher() {
		super(new char[] { '{', '}', '(', ')', '[', ']' });
	}

	@Override
	public IRegion match(IDocument document, int offset) {
		return super.match(code(document), offset);
	}

	@Override
	public IRegion match(IDocument document, int offset, int length) {
		return super.match(code(document), offset, length);
	}

	@Override
	public IRegion findEnclosingPeerCharacters(IDocument document, int offset, int length) {
		return super.findEnclosingPeerCharacters(code(document), offset, length);
	}

	@Override
	public boolean isMatchedChar(char ch, IDocument document, int offset) {
		return super.isMatchedChar(ch, code(document), offset);
	}

	@Override
	public boolean isRecomputationOfEnclosingPairRequired(IDocument document, IRegion currentSelection,
			IRegion previousSelection) {
		return super.isRecomputationOfEnclosingPairRequired(code(document), currentSelection, previousSelection);
	}

	/** The code of the document; made again only when the text has changed (the caret moves often). */
	private IDocument code(IDocument document) {
		if (document == null) {
			return null;
		}
		long stamp = document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		if (document != lastSource || stamp != lastStamp || stamp == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			lastCode = new Document(LexicalContext.codeOnly(document.get()));
			lastSource = document;
			lastStamp = stamp;
		}
		return lastCode;
	}
}
