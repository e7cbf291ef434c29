package fi.seloste.studio.internal.guide;

import org.eclipse.core.runtime.ILog;
import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * Studio's help system (org.eclipse.ui.helpSupport): Help &gt; Help Contents, Search, Dynamic Help and
 * F1 open the Seloste guide. Studio has no Eclipse help system (its web application would bring a
 * servlet container and a JSP engine into the product); without a help UI these entries do nothing.
 */
public class GuideHelpUI extends AbstractHelpUI {

	@Override
	public void displayHelp() {
		showGuide();
	}

	@Override
	public void displaySearch() {
		showGuide();
	}

	@Override
	public void displayDynamicHelp() {
		showGuide();
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		showGuide();
	}

	@Override
	public void displayHelpResource(String href) {
		showGuide();
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}

	/** Opens the guide's view in the active window (the first, when none is active). */
	static void showGuide() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		if (window == null || window.getActivePage() == null) {
			return;
		}
		try {
			window.getActivePage().showView(GuideView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
		} catch (PartInitException e) {
			ILog.of(GuideHelpUI.class).error("The Seloste guide could not be opened", e);
		}
	}
}
