package fi.seloste.ui.internal.navigation.refactoring;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.CreateChangeOperation;
import org.eclipse.ltk.core.refactoring.PerformChangeOperation;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import fi.seloste.ui.internal.navigation.NavigationMessages;

/** Runs a rename: with the wizard (new name, preview) or at once (the name typed in the editor). */
public final class RenameRefactorings {

	private RenameRefactorings() {
	}

	/** Rename…: the dialog with the new name and the preview of every file changed. */
	public static void openWizard(RenameDeclarationRefactoring refactoring, Shell shell) {
		try {
			new RefactoringWizardOpenOperation(new RenameDeclarationWizard(refactoring)).run(shell,
					NavigationMessages.format("rename.title"));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Performs the rename without a dialog, undoable as one step (Edit > Undo, the refactoring undo);
	 * a refused name or another fatal problem is shown in a message box. Returns the checks' status.
	 * As LTK's own refactorings do, the checks and the computation of the edits run off the UI thread
	 * with progress (the workspace unchanged meanwhile), and only performing the change runs in the UI
	 * thread: the change verifies first that no file changed since it was computed.
	 */
	public static RefactoringStatus perform(RenameDeclarationRefactoring refactoring, Shell shell) {
		CreateChangeOperation create = new CreateChangeOperation(
				new CheckConditionsOperation(refactoring, CheckConditionsOperation.ALL_CONDITIONS), RefactoringStatus.FATAL);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			PlatformUI.getWorkbench().getProgressService().run(true, true, monitor -> {
				try {
					workspace.run(create, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(RenameRefactorings.class).error("Rename failed", e.getCause());
			return RefactoringStatus.createFatalErrorStatus(String.valueOf(e.getCause().getMessage()));
		} catch (InterruptedException e) {
			return RefactoringStatus.createFatalErrorStatus(NavigationMessages.format("rename.cancelled"));
		}
		RefactoringStatus status = create.getConditionCheckingStatus();
		Change change = create.getChange();
		if (change != null) {
			PerformChangeOperation operation = new PerformChangeOperation(change);
			operation.setUndoManager(RefactoringCore.getUndoManager(), refactoring.getName());
			try {
				workspace.run(operation, new NullProgressMonitor());
			} catch (CoreException e) {
				ILog.of(RenameRefactorings.class).error("Rename failed", e);
				return RefactoringStatus.create(e.getStatus());
			}
			if (operation.getValidationStatus() != null && operation.getValidationStatus().hasFatalError()) {
				status = operation.getValidationStatus(); // a file changed meanwhile: nothing was renamed
			}
		}
		if (status != null && status.hasFatalError() && shell != null) {
			MessageDialog.openError(shell, NavigationMessages.format("rename.title"),
					status.getMessageMatchingSeverity(RefactoringStatus.FATAL));
		}
		return status == null ? new RefactoringStatus() : status;
	}
}
