package fi.seloste.ui.internal.outline;

import java.util.List;

/**
 * One entry of the outline: a plain snapshot taken from the model on the reconciler's thread, so the
 * UI never touches the EMF resource. Offsets refer to the document text the model was made from.
 *
 * @param label           the element as written: its keyword in the file's language and its name
 * @param offset          where the element starts
 * @param length          the element's length
 * @param selectionOffset what to select in the editor: the element's name, or its keyword
 * @param selectionLength the length of that selection
 * @param children        the entries nested in the element
 * @param kind            the element's kind (its EClass name, e.g. Purpose), for its icon; null if unknown
 */
public record OutlineNode(String label, int offset, int length, int selectionOffset, int selectionLength,
		List<OutlineNode> children, String kind) {

	/** An entry of no particular kind (the generic icon). */
	public OutlineNode(String label, int offset, int length, int selectionOffset, int selectionLength,
			List<OutlineNode> children) {
		this(label, offset, length, selectionOffset, selectionLength, children, null);
	}
}
