package fi.seloste.ide.cli;

/**
 * Text made safe for an XML 1.0 document. The markup characters become entities; characters XML 1.0
 * cannot carry at all (most control characters, unpaired surrogates, U+FFFE and U+FFFF) become
 * U+FFFD, since a report must stay parseable whatever a notice or file name contains.
 */
final class XmlText {

	private XmlText() {
	}

	/** For element content: line breaks stay as they are. */
	static String content(String text) {
		return escape(text, false);
	}

	/** For an attribute value in double quotes: tabs and line breaks become references so parsers keep them. */
	static String attribute(String text) {
		return escape(text, true);
	}

	private static String escape(String text, boolean attribute) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				escaped.append(c).append(text.charAt(++i));
				continue;
			}
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
				case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
				case '\r' -> escaped.append("&#13;");
				default -> escaped.append(allowed(c) ? c : '\uFFFD');
			}
		}
		return escaped.toString();
	}

	private static boolean allowed(char c) {
		return c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
	}
}
