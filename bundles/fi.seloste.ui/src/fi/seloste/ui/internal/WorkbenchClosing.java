package fi.seloste.ui.internal;

import org.eclipse.ui.PlatformUI;

/**
 * Whether the workbench is closing or has closed. The workspace is shut down then, and a job of ours
 * that starts anyway fails inside the platform with an error in the log ("Workspace was not properly
 * initialized or has already shutdown"): our background jobs do not start then ({@code shouldRun}).
 */
public final class WorkbenchClosing {

	private static volatile boolean seenRunning;

	private WorkbenchClosing() {
	}

	public static boolean now() {
		if (PlatformUI.isWorkbenchRunning()) {
			seenRunning = true;
			return PlatformUI.getWorkbench().isClosing();
		}
		// before the workbench runs (a build at start) jobs may run; after it, the workspace is going
		return seenRunning;
	}
}
