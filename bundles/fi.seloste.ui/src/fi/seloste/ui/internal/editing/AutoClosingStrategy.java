package fi.seloste.ui.internal.editing;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;

/**
 * Closes what the user opens, as they type (plugin.xml): {@code {} () []} in code and {@code ""} for a
 * new text, with the caret in between. Typing a closing character right before the same character
 * moves over it instead of doubling it. Inside texts and comments only the closing quote is typed
 * over; nothing else is inserted there.
 */
public class AutoClosingStrategy implements IAutoEditStrategy {

	private static final String OPENERS = "{([";
	private static final String CLOSERS = "})]";
	private static final char QUOTE = '"';

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.length != 0 || command.text == null || command.text.length() != 1) {
			return; // a paste, a deletion or a replaced selection: the user's text as it is
		}
		try {
			customize(document, command, command.text.charAt(0));
		} catch (BadLocationException e) {
			ILog.of(getClass()).error("Cannot auto-close at " + command.offset, e);
		}
	}

	private static void customize(IDocument document, DocumentCommand command, char typed) throws BadLocationException {
		int offset = command.offset;
		char next = offset < document.getLength() ? document.getChar(offset) : 0;
		LexicalContext context = LexicalContext.at(document, offset);
		if (typed == QUOTE) {
			if (context == LexicalContext.TEXT && next == QUOTE) {
				skip(command);
			} else if (context == LexicalContext.CODE && closesNicely(next)) {
				insertPair(command, QUOTE, QUOTE);
			}
		} else if (context == LexicalContext.CODE) {
			int opener = OPENERS.indexOf(typed);
			if (opener >= 0 && closesNicely(next)) {
				insertPair(command, typed, CLOSERS.charAt(opener));
			} else if (CLOSERS.indexOf(typed) >= 0 && next == typed) {
				skip(command);
			}
		}
	}

	/** Only before white space, the end or a closing character: elsewhere a pair would be in the way. */
	private static boolean closesNicely(char next) {
		return next == 0 || Character.isWhitespace(next) || CLOSERS.indexOf(next) >= 0;
	}

	private static void insertPair(DocumentCommand command, char open, char close) {
		command.text = String.valueOf(open) + close;
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}

	private static void skip(DocumentCommand command) {
		command.text = "";
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}
}
