package fi.seloste.studio.internal.start;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Calls back when the first window of the UI thread is shown: a dialog before the workbench (say,
 * "Workspace in use") must not open under the splash screen, which stays on top of everything.
 * A class of its own so that the splash loads SWT only once it looks for the display.
 */
final class FirstShellWatch {

	private final Runnable shown;
	private Display display;

	FirstShellWatch(Runnable shown) {
		this.shown = shown;
	}

	/**
	 * Starts watching once the UI thread (the launcher's {@code main}) has its display; false while it
	 * has none yet (ask again later). Safe from any thread.
	 */
	boolean tryStart() {
		Thread ui = Thread.getAllStackTraces().keySet().stream().filter(t -> "main".equals(t.getName()))
				.findFirst().orElse(null);
		Display found = ui == null ? null : Display.findDisplay(ui);
		if (found == null || found.isDisposed()) {
			return false;
		}
		display = found;
		display.asyncExec(() -> {
			Listener listener = new Listener() {
				@Override
				public void handleEvent(org.eclipse.swt.widgets.Event event) {
					if (event.widget instanceof Shell) {
						display.removeFilter(SWT.Show, this);
						shown.run();
					}
				}
			};
			display.addFilter(SWT.Show, listener);
			// a dialog already open (its own event loop runs this): the splash goes now
			for (Shell shell : display.getShells()) {
				if (shell.isVisible()) {
					display.removeFilter(SWT.Show, listener);
					shown.run();
					return;
				}
			}
		});
		return true;
	}
}
