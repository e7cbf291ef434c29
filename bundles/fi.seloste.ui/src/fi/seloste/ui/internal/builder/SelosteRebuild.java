package fi.seloste.ui.internal.builder;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import fi.seloste.ui.internal.WorkbenchClosing;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * Builds every open Seloste project from scratch in the background, e.g. after the preferences
 * changed what is generated. Belongs to the manual build family, so waiting for builds includes it.
 */
public final class SelosteRebuild extends WorkspaceJob {

	private static final SelosteRebuild JOB = new SelosteRebuild();

	private SelosteRebuild() {
		super(UiTexts.text("generation.rebuildJob"));
		setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
	}

	/** Schedules the rebuild; several requests in a row give one build. */
	public static void request() {
		JOB.schedule(100);
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (SelosteNature.isOn(project)) {
				project.build(IncrementalProjectBuilder.FULL_BUILD, SelosteBuilder.ID, null, monitor);
			}
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean shouldRun() {
		return !WorkbenchClosing.now();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ResourcesPlugin.FAMILY_MANUAL_BUILD;
	}
}
