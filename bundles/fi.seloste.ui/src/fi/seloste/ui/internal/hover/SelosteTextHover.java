package fi.seloste.ui.internal.hover;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.XtextResource;

import fi.seloste.ide.hover.SelosteHoverTexts;
import fi.seloste.ui.internal.SelosteDocuments;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.validation.ReconciledModels;

/**
 * Hover in the Generic Editor: fi.seloste.ide's {@link SelosteHoverTexts} for the text as it is now (the
 * GDPR provision behind a legal basis, right, safeguard or transfer; what a reference refers to), from the
 * latest reconcile while it describes the text. The Generic Editor shows the messages of markers under
 * the mouse itself.
 */
public class SelosteTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IFile file = SelosteDocuments.fileOf(viewer.getDocument());
		if (file == null || region == null) {
			return null;
		}
		try {
			SelosteHoverTexts texts = SelosteInjector.get().getInstance(SelosteHoverTexts.class);
			ReconciledModels.Reconciled latest = ReconciledModels.latest(viewer.getDocument());
			if (latest != null && latest.file().equals(file)) {
				// the reconciler has the text as it is now: no need to parse the project again
				XtextResource resource = latest.resource();
				synchronized (resource) { // see ReconciledModels.Reconciled#resource()
					return texts.at(resource, region.getOffset());
				}
			}
			// typed since the last reconcile: the hover runs in the background, so parsing is allowed
			return texts.at(SelosteDocuments.load(file, viewer.getDocument().get()), region.getOffset());
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
