package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.styledText;
import static fi.seloste.ui.tests.EditorSupport.waitForValidation;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import fi.seloste.ide.refactoring.NewNameCheck;
import fi.seloste.ui.internal.navigation.NavigationMessages;
import fi.seloste.ui.internal.navigation.refactoring.RenameDeclarationRefactoring;
import fi.seloste.ui.internal.navigation.refactoring.RenameRefactorings;
import fi.seloste.ui.internal.validation.SelosteProjectResources;

/**
 * Rename of a declaration across the project's files: as a refactoring with a preview of every file and
 * one undo; from the Rename dialog, which refuses an invalid name with a message in the user's language;
 * and in the editor with Alt+Shift+R (linked editing, Enter renames everywhere), which no longer opens
 * a completion popup (B12).
 */
public class RenameTest extends WorkbenchTestCase {

	private static final String ORGANISATION = "organisation.seloste";
	private static final String CUSTOMERS = "asiakasrekisteri.seloste";
	private static final String RECRUITMENT = "rekrytointirekisteri.seloste";

	@BeforeEach
	public void createProject(TestInfo test) throws Exception {
		project = TestProject.withExamples("rename-" + test.getTestMethod().orElseThrow().getName(),
				"organisation/" + ORGANISATION, "organisation/" + CUSTOMERS, "organisation/" + RECRUITMENT);
	}

	@Test
	public void theRefactoringChangesEveryFileInTheFormsWrittenAndUndoesAsOneStep() throws Exception {
		ITextEditor editor = open(project.file(ORGANISATION));
		IDocument document = document(editor);
		String organisation = document.get();
		String customers = saved(CUSTOMERS);
		String recruitment = saved(RECRUITMENT);
		int declaration = organisation.indexOf("tietoryhmä Yhteystiedot") + "tietoryhmä Yh".length();

		RenameDeclarationRefactoring preview = new RenameDeclarationRefactoring(project.file(ORGANISATION),
				organisation, declaration);
		assertTrue(preview.checkInitialConditions(new NullProgressMonitor()).isOK());
		preview.setNewName("Yhteydet");
		assertTrue(preview.checkFinalConditions(new NullProgressMonitor()).isOK());
		Change change = preview.createChange(new NullProgressMonitor());
		List<String> files = Arrays.stream(((CompositeChange) change).getChildren()).map(Change::getName).toList();
		assertEquals(List.of(NavigationMessages.format("rename.fileChange", ORGANISATION),
				NavigationMessages.format("rename.fileChange", CUSTOMERS),
				NavigationMessages.format("rename.fileChange", RECRUITMENT)).stream().sorted().toList(),
				files.stream().sorted().toList(), "the preview lists every file changed");

		RenameDeclarationRefactoring rename = new RenameDeclarationRefactoring(project.file(ORGANISATION),
				organisation, declaration);
		rename.setNewName("Yhteydet");
		assertTrue(RenameRefactorings.perform(rename, null).isOK());
		assertTrue(document.get().contains("tietoryhmä Yhteydet \""), "the declaration is renamed in its editor");
		assertFalse(document.get().contains("Yhteystiedot"));
		// each reference keeps the form its author wrote: qualified stays qualified, simple stays simple
		assertTrue(saved(CUSTOMERS).contains("käytä Kuura.Yhteydet"), saved(CUSTOMERS));
		assertTrue(saved(CUSTOMERS).contains("tiedot Yhteydet, Tehtavatiedot"), saved(CUSTOMERS));
		assertFalse(saved(CUSTOMERS).contains("Yhteystiedot"), saved(CUSTOMERS));
		assertTrue(saved(RECRUITMENT).contains("käytä Yhteydet"), saved(RECRUITMENT));

		// Edit > Undo in the editor undoes the whole rename, after the workbench asks whether to undo
		// changes outside the file too
		boolean[] stop = { false };
		whenDialogOpensPress(IDialogConstants.OK_LABEL, stop);
		CommandSupport.execute(editor, "org.eclipse.ui.edit.undo");
		stop[0] = true;
		assertEquals(organisation, document.get(), "one undo restores the editor's text");
		assertEquals(customers, saved(CUSTOMERS), "and the other files");
		assertEquals(recruitment, saved(RECRUITMENT));
	}

	@Test
	public void anInvalidNameIsRefusedWithAMessageInTheUsersLanguage() throws Exception {
		ITextEditor editor = open(project.file(ORGANISATION));
		String text = document(editor).get();
		RenameDeclarationRefactoring rename = new RenameDeclarationRefactoring(project.file(ORGANISATION), text,
				text.indexOf("käsittelijä Hosting") + "käsittelijä H".length());
		assertTrue(rename.checkInitialConditions(new NullProgressMonitor()).isOK());
		for (String invalid : List.of("2Hosting", "tarkoitus", "Yhteystiedot", "ei kelpaa")) {
			rename.setNewName(invalid);
			RefactoringStatus status = rename.checkFinalConditions(new NullProgressMonitor());
			assertTrue(status.hasFatalError(), invalid + " is refused");
			assertEquals(rename.checkNewName(invalid), status.getMessageMatchingSeverity(RefactoringStatus.FATAL));
		}
		assertEquals(NewNameCheck.message(Locale.getDefault(), "keyword", "tarkoitus"), rename.checkNewName("tarkoitus"));
		assertEquals(text, document(editor).get(), "nothing changed");
	}

	@Test
	public void theRenameDialogChecksTheNameAsYouTypeAndRenamesOnOk() throws Exception {
		ITextEditor editor = open(project.file(ORGANISATION));
		editor.selectAndReveal(document(editor).get().indexOf("käsittelijä Hosting") + "käsittelijä H".length(), 0);
		List<String> seen = new ArrayList<>();
		whenDialogOpens(dialog -> {
			Text name = find(dialog.getShell(), Text.class);
			seen.add(name.getText());
			name.setText("2Hosting");
			seen.add(String.valueOf(okButton(dialog).isEnabled()));
			seen.add(currentMessage(dialog));
			name.setText("Palvelimet");
			seen.add(String.valueOf(okButton(dialog).isEnabled()));
			pressOk(dialog);
		});
		CommandSupport.execute(editor, "fi.seloste.ui.rename");
		assertEquals(List.of("Hosting", "false", NewNameCheck.message(Locale.getDefault(), "notAName", "2Hosting"), "true"),
				seen);
		waitUntil("the other files are renamed", () -> saved(CUSTOMERS).contains("käytä Kuura.Palvelimet")
				&& saved(RECRUITMENT).contains("käytä Palvelimet"));
		assertTrue(document(editor).get().contains("käsittelijä Palvelimet"));
	}

	@Test
	public void altShiftREditsTheNameInTheFileAndEnterRenamesItInEveryFile() throws Exception {
		IFile file = project.file(RECRUITMENT);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitForValidation(file, document);
		String before = document.get();
		CommandSupport.assertBound(editor, "fi.seloste.ui.renameInEditor", "M2+M3+R");
		int reference = before.indexOf("tiedot Yhteystiedot, Arviointitulokset") + "tiedot ".length();
		editor.selectAndReveal(reference + 3, 0);

		CommandSupport.execute(editor, "fi.seloste.ui.renameInEditor");
		assertTrue(LinkedModeModel.hasInstalledModel(document), "Alt+Shift+R starts linked editing");
		document.replace(reference, "Yhteystiedot".length(), "Yhteydet");
		processEvents();
		long references = before.split("Yhteystiedot", -1).length - 1;
		assertEquals(references, document.get().split("Yhteydet", -1).length - 1,
				"every reference in the file changes as the name is typed");

		pressEnter(editor);
		waitUntil("Enter renames the declaration in its file and the references in the others",
				() -> saved(ORGANISATION).contains("tietoryhmä Yhteydet \"")
						&& saved(CUSTOMERS).contains("käytä Kuura.Yhteydet"));
		assertFalse(LinkedModeModel.hasInstalledModel(document));
		assertEquals(before.replace("Yhteystiedot", "Yhteydet"), document.get(), "the file as typed, no newline");

		// Edit > Undo takes the whole rename back, in every file
		String organisationRenamed = saved(ORGANISATION);
		boolean[] stop = { false };
		whenDialogOpensPress(IDialogConstants.OK_LABEL, stop);
		CommandSupport.execute(editor, "org.eclipse.ui.edit.undo");
		stop[0] = true;
		assertEquals(before, document.get(), "one undo restores the file");
		assertFalse(saved(ORGANISATION).equals(organisationRenamed), "and the declaration's file");
		assertTrue(saved(ORGANISATION).contains("tietoryhmä Yhteystiedot \""));
	}

	@Test
	public void escapeLeavesTheOldNameAndRenamesNothing() throws Exception {
		IFile file = project.file(RECRUITMENT);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		waitForValidation(file, document);
		String before = document.get();
		String organisation = saved(ORGANISATION);
		int reference = before.indexOf("käytä Hosting") + "käytä ".length();
		editor.selectAndReveal(reference, 0);
		CommandSupport.execute(editor, "fi.seloste.ui.renameInEditor");
		assertTrue(LinkedModeModel.hasInstalledModel(document));
		document.replace(reference, "Hosting".length(), "Palvelimet");

		Event escape = new Event();
		escape.character = SWT.ESC;
		escape.keyCode = SWT.ESC;
		styledText(editor).notifyListeners(SWT.KeyDown, escape);
		processEvents();
		assertFalse(LinkedModeModel.hasInstalledModel(document));
		assertEquals(before, document.get());
		assertEquals(organisation, saved(ORGANISATION));
	}

	private static void pressEnter(ITextEditor editor) {
		Event enter = new Event();
		enter.character = SWT.CR;
		enter.keyCode = SWT.CR;
		styledText(editor).notifyListeners(SWT.KeyDown, enter);
		processEvents();
	}

	private String saved(String name) {
		try {
			return SelosteProjectResources.savedText(project.file(name));
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Presses the button with the label on the next dialog that opens (in the dialog's own event loop). */
	private static void whenDialogOpensPress(String label, boolean[] stop) {
		Display display = Display.getCurrent();
		Shell workbench = EditorSupport.page().getWorkbenchWindow().getShell();
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 15_000;
		poll[0] = () -> {
			if (stop[0]) {
				return;
			}
			for (Shell shell : display.getShells()) {
				if (shell != workbench && shell.isVisible() && shell.getData() instanceof org.eclipse.jface.dialogs.Dialog) {
					for (Button button : buttons(shell)) {
						if (button.getText().replace("&", "").equals(label.replace("&", ""))) {
							button.notifyListeners(SWT.Selection, new Event());
							return;
						}
					}
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	/** Runs {@code action} in the Rename dialog's own event loop once it is open. */
	private static void whenDialogOpens(Consumer<IWizardContainer> action) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 15_000;
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getData() instanceof IWizardContainer dialog) {
					action.accept(dialog);
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	private static Button okButton(IWizardContainer dialog) {
		return buttons(dialog.getShell()).stream()
				.filter(b -> b.getData() instanceof Integer id
						&& (id == IDialogConstants.OK_ID || id == IDialogConstants.FINISH_ID)).findFirst()
				.orElseThrow(() -> new AssertionError("no OK button"));
	}

	private static void pressOk(IWizardContainer dialog) {
		Button ok = okButton(dialog);
		ok.notifyListeners(SWT.Selection, new Event());
	}

	private static String currentMessage(IWizardContainer dialog) {
		return dialog.getCurrentPage().getErrorMessage();
	}

	private static List<Button> buttons(Control control) {
		List<Button> result = new ArrayList<>();
		if (control instanceof Button button) {
			result.add(button);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				result.addAll(buttons(child));
			}
		}
		return result;
	}

	private static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
