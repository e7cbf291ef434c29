package fi.seloste.model;

/**
 * Text of the user (a file name, a quoted value, a syntax error's token) as it may be printed on one
 * line of a terminal or a tool's log: characters that would break the line, hide themselves or turn
 * the text around are written as escapes (a line break as {@code \n}, U+202E as backslash, u, 202E). Without this a value with a
 * line break spans two problem lines, and a file name can forge a problem line. Reports in JSON,
 * SARIF or XML keep the raw text: their own escaping already keeps them intact. The command line
 * prints file names and messages through it; the parser's messages (SyntaxErrorMessages) are made
 * with it, so the editor shows them the same way.
 */
public final class VisibleText {

	private VisibleText() {
	}

	/** The text with every character that {@link #hidden(int)} names escaped; the text itself if none. */
	public static String of(String text) {
		if (text == null || text.codePoints().noneMatch(VisibleText::hidden)) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length() + 8);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '\n' -> shown.append("\\n");
				case '\r' -> shown.append("\\r");
				case '\t' -> shown.append("\\t");
				default -> {
					if (hidden(c)) {
						shown.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
					} else {
						shown.appendCodePoint(c);
					}
				}
			}
		});
		return shown.toString();
	}

	/**
	 * Whether a character breaks a line, is a control character, reorders text (bidi embeddings,
	 * overrides, isolates and marks), has no width (U+200B–U+200D, U+2060, U+FEFF), or is a lone
	 * surrogate or a non-character that a terminal shows as nothing or garbage.
	 */
	static boolean hidden(int c) {
		return Character.isISOControl(c) // C0, DEL, C1 (NEL among them)
				|| c == 0x2028 || c == 0x2029 // line and paragraph separators
				|| (c >= 0x200B && c <= 0x200F) // zero-width space, joiners, LRM, RLM
				|| (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
				|| (c >= 0x2060 && c <= 0x2069) // word joiner, invisible operators, bidi isolates
				|| c == 0x061C || c == 0xFEFF // Arabic letter mark, zero-width no-break space (BOM)
				|| Character.isSurrogate((char) c) && c <= 0xFFFF || c == 0xFFFE || c == 0xFFFF;
	}
}
