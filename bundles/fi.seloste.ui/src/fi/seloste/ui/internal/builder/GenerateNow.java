package fi.seloste.ui.internal.builder;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
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
 * Generates the notices of one project now, whatever Build Automatically says: reads the project again
 * from disk (files changed outside Eclipse) and runs the Seloste builder from scratch. The preview offers
 * it when what was generated is out of date. A manual build, so waiting for builds includes it.
 */
public final class GenerateNow extends WorkspaceJob {

	private final IProject project;

	private GenerateNow(IProject project) {
		super(UiTexts.text("generation.generateJob", project.getName()));
		this.project = project;
		setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
		setUser(true);
	}

	/** Schedules the generation of the project's notices. */
	public static void request(IProject project) {
		new GenerateNow(project).schedule();
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		if (SelosteNature.isOn(project)) {
			project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			project.build(IncrementalProjectBuilder.FULL_BUILD, SelosteBuilder.ID, null, monitor);
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
