package fi.seloste.ui.internal.editing;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Where an offset of Seloste text stands for the lexer: in code, in a text or in a comment. Read from
 * the start of the document each time; notices are small and this runs once per typed character.
 */
public enum LexicalContext {

	CODE, TEXT, COMMENT;

	public static LexicalContext at(IDocument document, int offset) throws BadLocationException {
		String text = document.get(0, offset);
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"') {
				int end = endOfText(text, i + 1);
				if (end < 0) {
					return TEXT;
				}
				i = end + 1;
			} else if (text.startsWith("//", i)) {
				int end = text.indexOf('\n', i);
				if (end < 0) {
					return COMMENT;
				}
				i = end + 1;
			} else if (text.startsWith("/*", i)) {
				int end = text.indexOf("*/", i + 2);
				if (end < 0) {
					return COMMENT;
				}
				i = end + 2;
			} else {
				i++;
			}
		}
		return CODE;
	}

	/** The index of the quote that closes a text opened before {@code from}, or -1 if it is still open. */
	private static int endOfText(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"') {
				return i;
			}
		}
		return -1;
	}
}
