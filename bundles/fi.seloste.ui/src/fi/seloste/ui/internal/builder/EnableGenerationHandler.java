package fi.seloste.ui.internal.builder;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import fi.seloste.ui.internal.texts.UiTexts;

/** Configure → Enable Seloste generation: adds the Seloste nature to the selected projects. */
public class EnableGenerationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<IProject> projects = selectedProjects(HandlerUtil.getCurrentSelection(event));
		if (!projects.isEmpty()) {
			enable(projects);
		}
		return null;
	}

	/** Adds the nature in the background (changing a project description takes the workspace). */
	public static WorkspaceJob enable(List<IProject> projects) {
		WorkspaceJob job = new WorkspaceJob(UiTexts.text("generation.enableJob")) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				for (IProject project : projects) {
					if (project.isOpen()) {
						SelosteNature.add(project, monitor);
					}
				}
				return Status.OK_STATUS;
			}
		};
		// changing natures takes the whole workspace (a nature may configure other projects)
		job.setRule(projects.get(0).getWorkspace().getRoot());
		job.schedule();
		return job;
	}

	static List<IProject> selectedProjects(ISelection selection) {
		List<IProject> projects = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null && !projects.contains(resource.getProject())) {
					projects.add(resource.getProject());
				}
			}
		}
		return projects;
	}
}
