package fi.seloste.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import fi.seloste.ui.internal.builder.SelosteNature;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * File → New → Examples → Seloste examples: a Seloste project holding the shipped examples (clean
 * notices, an organisation across three files, the seeds with their real defects), generated as soon
 * as it is built. The Seloste Studio welcome page opens it by its id.
 */
public class ExamplesWizard extends BasicNewResourceWizard {

	public static final String ID = "fi.seloste.ui.examplesWizard";

	private WizardNewProjectCreationPage page;
	private IProject created;
	private String projectName = UiTexts.text("wizard.examples.defaultProjectName");

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle(UiTexts.text("wizard.examples.window"));
		setNeedsProgressMonitor(true);
	}

	@Override
	protected void initializeDefaultPageImageDescriptor() {
		// no banner image of our own
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("examplesProject");
		page.setTitle(UiTexts.text("wizard.examples.title"));
		page.setDescription(UiTexts.text("wizard.examples.description"));
		page.setInitialProjectName(projectName);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
		if (!page.useDefaults()) {
			description.setLocationURI(page.getLocationURI());
		}
		WorkspaceModifyOperation creation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, 4);
				project.create(description, progress.split(1));
				project.open(progress.split(1));
				ShippedExamples.copyInto(project, progress.split(1));
				// last: adding the nature configures the builder, whose first build generates every example
				SelosteNature.add(project, progress.split(1));
			}
		};
		try {
			getContainer().run(true, false, creation);
		} catch (InvocationTargetException e) {
			ILog.of(getClass()).error("Cannot create the Seloste examples project", e.getCause());
			MessageDialog.openError(getShell(), UiTexts.text("wizard.examples.window"),
					UiTexts.text("wizard.examples.failed", String.valueOf(e.getCause().getMessage())));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = project;
		selectAndReveal(project);
		return true;
	}

	/** The project name the page proposes; call before the pages are created (e.g. by a welcome page). */
	public void proposeProjectName(String name) {
		this.projectName = name;
	}

	/** The project the last finish created. */
	public IProject created() {
		return created;
	}
}
