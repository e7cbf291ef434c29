package fi.seloste.ui.internal.quickfix;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Turns a document's text into a new text with one {@link IDocument#replace}: only the part between the
 * common beginning and end is replaced, so the change is a single undo step and the markers and
 * positions outside it stay where they are.
 */
final class DocumentChange {

	private DocumentChange() {
	}

	/**
	 * Replaces {@code expected} by {@code changed} in the document.
	 *
	 * @throws IllegalStateException when the document no longer holds {@code expected}: the fix was
	 *         computed for another text and would lose what was typed since.
	 */
	static void apply(IDocument document, String expected, String changed) throws BadLocationException {
		String current = document.get();
		if (!current.equals(expected)) {
			throw new IllegalStateException("the text changed since the fix was computed");
		}
		int start = 0;
		int limit = Math.min(current.length(), changed.length());
		while (start < limit && current.charAt(start) == changed.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < limit - start
				&& current.charAt(current.length() - 1 - end) == changed.charAt(changed.length() - 1 - end)) {
			end++;
		}
		if (start == current.length() && start == changed.length()) {
			return;
		}
		document.replace(start, current.length() - end - start, changed.substring(start, changed.length() - end));
	}
}
