package fi.seloste.ui.internal.navigation.refactoring;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fi.seloste.ui.internal.navigation.NavigationMessages;

/** Rename…: the new name (checked as you type, in the user's language), then Preview or OK. */
public final class RenameDeclarationWizard extends RefactoringWizard {

	public RenameDeclarationWizard(RenameDeclarationRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle(NavigationMessages.format("rename.title"));
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NewNamePage((RenameDeclarationRefactoring) getRefactoring()));
	}

	/** The one input page: the new name. */
	static final class NewNamePage extends UserInputWizardPage {

		private final RenameDeclarationRefactoring refactoring;
		private Text name;

		NewNamePage(RenameDeclarationRefactoring refactoring) {
			super("newName");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			Label label = new Label(composite, SWT.NONE);
			label.setText(NavigationMessages.format("rename.newName"));
			name = new Text(composite, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(refactoring.getNewName() == null ? "" : refactoring.getNewName());
			name.selectAll();
			name.addModifyListener(e -> validate());
			setControl(composite);
			Dialog.applyDialogFont(composite);
			validate();
			name.setFocus();
		}

		private void validate() {
			String value = name.getText();
			refactoring.setNewName(value);
			if (value.strip().equals(refactoring.getOldName())) {
				setErrorMessage(null);
				setPageComplete(false);
				return;
			}
			String problem = refactoring.checkNewName(value);
			setPageComplete(problem == null ? new RefactoringStatus() : RefactoringStatus.createFatalErrorStatus(problem));
		}
	}
}
