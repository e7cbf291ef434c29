package fi.seloste.ui.internal.editing;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/**
 * Comments the lines of a selection out with {@code //} or, when all of them are comments already, in
 * again. As in the Java editor, the marker goes to the start of each line (so that uncommenting gives
 * back the exact text), and a selection that ends at the start of a line leaves that line alone.
 */
public final class LineComments {

	static final String PREFIX = "//";

	private LineComments() {
	}

	/**
	 * Toggles the comments of the lines touched by the selection and returns the region those lines
	 * cover afterwards (to select them again).
	 */
	public static IRegion toggle(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int last = document.getLineOfOffset(offset + length);
		if (last > first && document.getLineOffset(last) == offset + length) {
			last--;
		}
		boolean uncomment = allCommented(document, first, last);
		for (int line = last; line >= first; line--) { // from the end: earlier offsets stay valid
			IRegion region = document.getLineInformation(line);
			if (uncomment) {
				int marker = document.get(region.getOffset(), region.getLength()).indexOf(PREFIX);
				if (marker >= 0) {
					document.replace(region.getOffset() + marker, PREFIX.length(), "");
				}
			} else {
				document.replace(region.getOffset(), 0, PREFIX);
			}
		}
		int start = document.getLineOffset(first);
		IRegion lastLine = document.getLineInformation(last);
		return new Region(start, lastLine.getOffset() + lastLine.getLength() - start);
	}

	/** Every line that is not blank starts with "//" (after indentation), and there is such a line. */
	private static boolean allCommented(IDocument document, int first, int last) throws BadLocationException {
		boolean any = false;
		for (int line = first; line <= last; line++) {
			IRegion region = document.getLineInformation(line);
			String text = document.get(region.getOffset(), region.getLength()).strip();
			if (text.isEmpty()) {
				continue;
			}
			if (!text.startsWith(PREFIX)) {
				return false;
			}
			any = true;
		}
		return any;
	}
}
