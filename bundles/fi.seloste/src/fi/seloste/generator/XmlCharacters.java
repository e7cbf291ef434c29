package fi.seloste.generator;

/**
 * The characters XML 1.0 allows. A text of a notice may hold any character (a string may escape
 * U+0001 or a lone surrogate U+D800), but the PDF is rendered from XHTML, and its parser stops at
 * the first character XML 1.0 forbids: such characters are dropped from the page, since no document
 * could show them anyway.
 */
final class XmlCharacters {

	private XmlCharacters() {
	}

	/** The text without the characters XML 1.0 forbids (C0 controls but tab and line ends, lone surrogates, U+FFFE, U+FFFF). */
	static String allowedOnly(String text) {
		if (text.codePoints().allMatch(XmlCharacters::allowed)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(XmlCharacters::allowed).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** XML 1.0, production Char. */
	static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}
}
