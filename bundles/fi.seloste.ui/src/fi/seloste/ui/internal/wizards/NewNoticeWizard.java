package fi.seloste.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import fi.seloste.ui.internal.SelosteImages;
import fi.seloste.ui.internal.builder.SelosteNature;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * File → New → Seloste notice: a complete notice from a template, opened in the editor; unless the user
 * unticks "Generate notices on save", its project becomes a Seloste project (its {@code .project} gets
 * the nature), so the notice is generated as soon as it is saved.
 */
public class NewNoticeWizard extends BasicNewResourceWizard {

	public static final String ID = "fi.seloste.ui.newNoticeWizard";

	private NewNoticePage page;
	private IFile created;

	@Override
	public void addPages() {
		page = new NewNoticePage(getSelection());
		addPage(page);
	}

	@Override
	protected void initializeDefaultPageImageDescriptor() {
		setDefaultPageImageDescriptor(SelosteImages.descriptor(SelosteImages.NEW_NOTICE_BANNER));
	}

	@Override
	public void init(org.eclipse.ui.IWorkbench workbench, org.eclipse.jface.viewers.IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle(UiTexts.text("wizard.notice.window"));
		setNeedsProgressMonitor(true);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		created = file;
		if (page.generateOnSave()) {
			addNature(file.getProject());
		}
		selectAndReveal(file);
		IWorkbenchPage activePage = getWorkbench().getActiveWorkbenchWindow() == null ? null
				: getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (activePage != null) {
			try {
				IDE.openEditor(activePage, file, true);
			} catch (PartInitException e) {
				ILog.of(getClass()).error("Cannot open " + file.getFullPath(), e);
			}
		}
		return true;
	}

	/**
	 * Adds the nature in a workspace operation off the UI thread: changing a project description takes
	 * the workspace rule, which a running build holds.
	 */
	private void addNature(IProject project) {
		try {
			// WorkspaceModifyOperation's rule is the workspace root, as changing natures needs
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					SelosteNature.add(project, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ILog.of(getClass()).error("Cannot make " + project.getName() + " a Seloste project", cause);
			MessageDialog.openError(getShell(), UiTexts.text("wizard.notice.window"),
					UiTexts.text("wizard.notice.noNature", project.getName(), String.valueOf(cause.getMessage())));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	// Public for the tests (another bundle), which fill in the page as a user would.

	public NewNoticePage page() {
		return page;
	}

	/** The file the last finish created. */
	public IFile created() {
		return created;
	}
}
