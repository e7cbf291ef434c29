package fi.seloste.ui.internal.navigation.refactoring;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.CreateChangeOperation;
import org.eclipse.ltk.core.refactoring.PerformChangeOperation;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;

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
	 */
	public static RefactoringStatus perform(RenameDeclarationRefactoring refactoring, Shell shell) {
		CreateChangeOperation create = new CreateChangeOperation(
				new CheckConditionsOperation(refactoring, CheckConditionsOperation.ALL_CONDITIONS), RefactoringStatus.FATAL);
		PerformChangeOperation operation = new PerformChangeOperation(create);
		operation.setUndoManager(RefactoringCore.getUndoManager(), refactoring.getName());
		try {
			ResourcesPlugin.getWorkspace().run(operation, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(RenameRefactorings.class).error("Rename failed", e);
			return RefactoringStatus.create(e.getStatus());
		}
		RefactoringStatus status = operation.getConditionCheckingStatus();
		if (status != null && status.hasFatalError() && shell != null) {
			MessageDialog.openError(shell, NavigationMessages.format("rename.title"),
					status.getMessageMatchingSeverity(RefactoringStatus.FATAL));
		}
		return status == null ? new RefactoringStatus() : status;
	}
}
