package fi.seloste.ui.internal.navigation.search;

import org.eclipse.core.resources.IFile;
import org.eclipse.search.ui.text.Match;

/** A reference found: where in which file, with its line (1-based) and the line's text for the label. */
public final class ReferenceMatch extends Match {

	private final int line;
	private final String lineText;

	public ReferenceMatch(IFile file, int offset, int length, int line, String lineText) {
		super(file, offset, length);
		this.line = line;
		this.lineText = lineText;
	}

	public IFile getFile() {
		return (IFile) getElement();
	}

	public int getLine() {
		return line;
	}

	public String getLineText() {
		return lineText;
	}
}
