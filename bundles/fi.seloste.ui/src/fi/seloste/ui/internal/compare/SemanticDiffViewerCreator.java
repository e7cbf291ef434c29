package fi.seloste.ui.internal.compare;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IViewerCreator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Composite;

/** Creates the semantic diff pane of {@code .seloste} files (plugin.xml, structureMergeViewers). */
public final class SemanticDiffViewerCreator implements IViewerCreator {

	@Override
	public Viewer createViewer(Composite parent, CompareConfiguration configuration) {
		return new SemanticDiffViewer(parent, configuration);
	}
}
