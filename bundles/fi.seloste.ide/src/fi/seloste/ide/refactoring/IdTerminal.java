package fi.seloste.ide.refactoring;

import java.util.regex.Pattern;

/**
 * The grammar's terminal {@code ID} (Seloste.xtext): an optional {@code ^} (which lets a keyword be a
 * name), then a letter a–z, A–Z, ä, ö, å, Ä, Ö, Å or {@code _}, then any of those or the digits 0–9.
 * Rename and the quick fixes that declare a name accept what the parser reads as a name.
 */
public final class IdTerminal {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z_äöåÄÖÅ][a-zA-Z_0-9äöåÄÖÅ]*");

	private IdTerminal() {
	}

	/** Whether the text is a name as the grammar's ID reads it, without the escape {@code ^}. */
	public static boolean isName(String text) {
		return text != null && NAME.matcher(text).matches();
	}

	/** Whether the parser reads the text as one ID, the escape {@code ^} included. */
	public static boolean isId(String text) {
		return text != null && isName(text.startsWith("^") ? text.substring(1) : text);
	}
}
