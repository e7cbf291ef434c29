package fi.seloste.ui.internal.hyperlink;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.resource.XtextResource;

import fi.seloste.ide.navigation.Declarations;
import fi.seloste.ui.internal.SelosteDocuments;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.validation.ReconciledModels;

/**
 * Ctrl+click and F3 (the Generic Editor binds F3 to Open Hyperlink) on a reference: a link to its
 * declaration, in this file or another file of the project. Contributed to the Generic Editor's
 * hyperlink target in plugin.xml; other files the Generic Editor opens get nothing.
 */
public class SelosteHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IFile file = SelosteDocuments.fileOf(viewer.getDocument());
		if (file == null || region == null) {
			return null;
		}
		// Asked on every mouse move while Ctrl is held, on the UI thread: only the latest reconcile's
		// model, never a parse of the project. Right after typing (or after another file of the project
		// changed) there is no link until the next reconcile, within half a second.
		ReconciledModels.Reconciled latest = ReconciledModels.latest(viewer.getDocument());
		if (latest == null || !latest.file().equals(file)) {
			return null;
		}
		try {
			XtextResource resource = latest.resource();
			Declarations.Link link;
			synchronized (resource) { // see ReconciledModels.Reconciled#resource()
				link = SelosteInjector.get().getInstance(Declarations.class).at(resource, region.getOffset());
			}
			IFile target = link == null || !link.file().isPlatformResource() ? null
					: ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(link.file().toPlatformString(true)));
			if (target == null) {
				return null;
			}
			return new IHyperlink[] { new DeclarationHyperlink(
					new Region(link.reference().getOffset(), link.reference().getLength()), target,
					new Region(link.name().getOffset(), link.name().getLength()),
					Messages.format("openDeclaration", viewer.getDocument().get(link.reference().getOffset(),
							link.reference().getLength()), target.getName())) };
		} catch (BadLocationException | RuntimeException e) {
			ILog.of(getClass()).error("Cannot find the declaration at " + region.getOffset() + " in " + file.getFullPath(), e);
			return null;
		}
	}
}
