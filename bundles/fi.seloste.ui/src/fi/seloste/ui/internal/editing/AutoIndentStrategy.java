package fi.seloste.ui.internal.editing;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Indentation as the user types, in the formatter's layout (one member per line, {@link #UNIT} deeper
 * than its block's first line): Enter keeps the line's indentation, and indents one level more after a
 * line that opens a block; Enter between {@code {} and {@code }} puts the {@code }} on its own line at
 * the block's indentation, with the caret on an indented line between; a {@code }} typed on a blank line
 * goes to the indentation of the line that opened its block. Inside texts and comments the line's
 * indentation is kept, nothing more.
 */
public class AutoIndentStrategy implements IAutoEditStrategy {

	/** The formatter's indentation unit ({@code seloste format}: a tab per level). */
	public static final String UNIT = "\t";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.length != 0 || command.text == null) {
			return;
		}
		try {
			if (TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1
					&& command.text.strip().isEmpty()) {
				newLine(document, command);
			} else if ("}".equals(command.text)) {
				closingBrace(document, command);
			}
		} catch (BadLocationException e) {
			ILog.of(getClass()).error("Cannot indent at " + command.offset, e);
		}
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		int offset = command.offset;
		IRegion line = document.getLineInformationOfOffset(offset);
		String indentation = leadingBlanks(document.get(line.getOffset(), offset - line.getOffset()));
		if (LexicalContext.at(document, offset) != LexicalContext.CODE) {
			command.text = command.text + indentation;
			return;
		}
		String before = LexicalContext.codeOnly(document.get(0, offset)).substring(line.getOffset()).stripTrailing();
		String after = document.get(offset, line.getOffset() + line.getLength() - offset);
		boolean opens = before.endsWith("{");
		if (opens && after.strip().startsWith("}")) {
			// {|} → the block's lines: the caret indented between, the brace at the block's indentation
			String inner = command.text + indentation + UNIT;
			command.text = inner + command.text + indentation;
			command.caretOffset = offset + inner.length();
			command.shiftsCaret = false;
			removeBlanksBefore(document, command, after);
			return;
		}
		command.text = command.text + indentation + (opens ? UNIT : "");
		removeBlanksBefore(document, command, after);
	}

	/** The blanks between the caret and the line's text would stand before the indentation: dropped. */
	private static void removeBlanksBefore(IDocument document, DocumentCommand command, String after) {
		int blanks = after.length() - after.stripLeading().length();
		if (blanks > 0 && !after.isBlank()) {
			command.length = blanks;
		}
	}

	private static void closingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		int offset = command.offset;
		IRegion line = document.getLineInformationOfOffset(offset);
		String before = document.get(line.getOffset(), offset - line.getOffset());
		if (!before.isBlank() || LexicalContext.at(document, offset) != LexicalContext.CODE) {
			return;
		}
		int opener = openingBrace(LexicalContext.codeOnly(document.get(0, line.getOffset())));
		if (opener < 0) {
			return;
		}
		IRegion openerLine = document.getLineInformationOfOffset(opener);
		String indentation = leadingBlanks(document.get(openerLine.getOffset(), openerLine.getLength()));
		command.offset = line.getOffset();
		command.length = before.length();
		command.text = indentation + command.text;
	}

	/** The offset of the {@code {} that a {@code }} at the end of the code closes, or -1. */
	private static int openingBrace(String code) {
		int depth = 0;
		for (int i = code.length() - 1; i >= 0; i--) {
			char c = code.charAt(i);
			if (c == '}') {
				depth++;
			} else if (c == '{') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		return -1;
	}

	private static String leadingBlanks(String text) {
		int end = 0;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(0, end);
	}
}
