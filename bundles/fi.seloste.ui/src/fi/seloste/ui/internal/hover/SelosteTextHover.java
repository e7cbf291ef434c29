package fi.seloste.ui.internal.hover;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

import fi.seloste.ide.hover.SelosteHoverTexts;
import fi.seloste.ui.internal.SelosteDocuments;
import fi.seloste.ui.internal.SelosteInjector;

/**
 * Hover in the Generic Editor: fi.seloste.ide's {@link SelosteHoverTexts} for the text as it is now (the
 * GDPR provision behind a legal basis, right, safeguard or transfer; what a reference refers to). The
 * Generic Editor shows the messages of markers under the mouse itself.
 */
public class SelosteTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IFile file = SelosteDocuments.fileOf(viewer.getDocument());
		if (file == null || region == null) {
			return null;
		}
		try {
			return SelosteInjector.get().getInstance(SelosteHoverTexts.class)
					.at(SelosteDocuments.load(file, viewer.getDocument().get()), region.getOffset());
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("Cannot compute the hover in " + file.getFullPath(), e);
			return null;
		}
	}

	/**
	 * The word under the mouse (a keyword like {@code lakisääteinen-velvoite}, a name like
	 * {@code Kuura.Hosting}): the hover stays open while the mouse is on it.
	 */
	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		int start = Math.min(offset, text.length());
		while (start > 0 && isWordPart(text.charAt(start - 1))) {
			start--;
		}
		int end = Math.min(offset, text.length());
		while (end < text.length() && isWordPart(text.charAt(end))) {
			end++;
		}
		return new Region(start, end - start);
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '^';
	}
}
