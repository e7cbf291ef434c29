package fi.seloste.ui.internal.preview;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;

import fi.seloste.ui.internal.texts.UiTexts;

/** Opens a generated page in the browser of the system, where the preview cannot show it. */
final class SystemBrowser {

	private SystemBrowser() {
	}

	static void open(IFile page, Shell shell) {
		try {
			IWorkbenchBrowserSupport support = PlatformUI.getWorkbench().getBrowserSupport();
			support.getExternalBrowser().openURL(page.getLocationURI().toURL());
		} catch (PartInitException | java.net.MalformedURLException e) {
			ILog.of(SystemBrowser.class).warn("The workbench cannot open " + page.getLocation() + "; trying the system", e);
			if (!Program.launch(page.getLocation().toOSString())) {
				MessageDialog.openError(shell, UiTexts.text("preview.title"),
						UiTexts.text("preview.cannotOpen", page.getLocation().toOSString()));
			}
		}
	}
}
