package fi.seloste.ui.internal.editing;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Where an offset of Seloste text stands for the lexer: in code, in a text or in a comment. Texts are
 * quoted with {@code \"} escapes and may span lines; comments run from {@code //} to the end of the
 * line or from slash-star to star-slash. Read from the start of the document each time: notices are
 * small, and this runs once per typed character or caret move.
 */
public enum LexicalContext {

	CODE, TEXT, COMMENT;

	/** Told about each text or comment: from its first character to the one after its last. */
	private interface NonCode {
		void span(int start, int end);
	}

	public static LexicalContext at(IDocument document, int offset) throws BadLocationException {
		return scan(document.get(0, offset), (start, end) -> {
		});
	}

	/**
	 * The text with every character of its texts and comments blanked out (line breaks kept), so that
	 * brackets and quotes in them do not count as code. Offsets and lines stay those of the text.
	 */
	public static String codeOnly(String text) {
		char[] chars = text.toCharArray();
		scan(text, (start, end) -> {
			for (int i = start; i < end; i++) {
				if (chars[i] != '\n' && chars[i] != '\r') {
					chars[i] = ' ';
				}
			}
		});
		return new String(chars);
	}

	/** Walks the texts and comments of the text; returns where its end stands. */
	private static LexicalContext scan(String text, NonCode nonCode) {
		int i = 0;
		while (i < text.length()) {
			if (text.charAt(i) == '"') {
				int end = endOfText(text, i + 1);
				if (end < 0) {
					nonCode.span(i, text.length());
					return TEXT;
				}
				nonCode.span(i, end + 1);
				i = end + 1;
			} else if (text.startsWith("//", i)) {
				int end = text.indexOf('\n', i);
				if (end < 0) {
					nonCode.span(i, text.length());
					return COMMENT;
				}
				nonCode.span(i, end);
				i = end + 1;
			} else if (text.startsWith("/*", i)) {
				int end = text.indexOf("*/", i + 2);
				if (end < 0) {
					nonCode.span(i, text.length());
					return COMMENT;
				}
				nonCode.span(i, end + 2);
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
