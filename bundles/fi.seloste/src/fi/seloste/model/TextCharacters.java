package fi.seloste.model;

import java.util.OptionalInt;

/**
 * What a text of a notice may hold: the characters of XML 1.0. A string may escape any code unit
 * (U+0001, a lone surrogate U+D800, U+FFFF), but no document can show such a character, and the PDF is
 * rendered from XHTML, whose parser stops at it. The check reports such characters, so a notice that
 * passes {@code check} can be generated; the PDF drops them from a draft's page.
 */
public final class TextCharacters {

	private TextCharacters() {
	}

	/** XML 1.0, production Char: tab, line ends, and everything from U+0020 but surrogates, U+FFFE, U+FFFF. */
	public static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	/** The first character of the text that is not {@link #allowed(int)}. */
	public static OptionalInt firstForbidden(String text) {
		return text.codePoints().filter(c -> !allowed(c)).findFirst();
	}

	/** The text without the characters that are not {@link #allowed(int)}. */
	public static String allowedOnly(String text) {
		if (firstForbidden(text).isEmpty()) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(TextCharacters::allowed).forEach(kept::appendCodePoint);
		return kept.toString();
	}
}
