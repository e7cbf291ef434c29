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
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.Dialog;
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
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import fi.seloste.ide.refactoring.NewNameCheck;
import fi.seloste.ui.internal.navigation.NavigationMessages;
import fi.seloste.ui.internal.navigation.refactoring.RenameDeclarationRefactoring;
import fi.seloste.ui.internal.navigation.refactoring.RenameRefactorings;
import fi.seloste.ui.internal.preferences.MessageLanguage;
import fi.seloste.ui.internal.preferences.SelostePreferences;
import fi.seloste.ui.internal.validation.SelosteProjectResources;

/**
 * Rename of a declaration across the project's files: as a refactoring with a preview of every file and
 * one undo; from the Rename dialog, which refuses an invalid name with a message in the user's language;
 * and in the editor with Alt+Shift+R (linked editing, Enter renames everywhere), which no longer opens
 * a completion popup (B12).
 */
public class RenameTest extends WorkbenchTestCase {

	/** The language of the rename's messages about the example files (Finnish keywords). */
	private static final Locale FINNISH = Locale.of("fi");
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
		DialogWatch undoAcrossFiles = whenDialogOpensPress(IDialogConstants.OK_LABEL);
		CommandSupport.execute(editor, "org.eclipse.ui.edit.undo");
		undoAcrossFiles.assertHandledOrNotNeeded();
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
		// in Seloste's message language (by default the file's: Finnish keywords), not the JVM's locale
		assertEquals(NewNameCheck.message(FINNISH, "keyword", "tarkoitus"), rename.checkNewName("tarkoitus"));
		GenerationSupport.setPreference(SelostePreferences.MESSAGE_LANGUAGE, MessageLanguage.EN.id());
		try {
			RenameDeclarationRefactoring inEnglish = new RenameDeclarationRefactoring(project.file(ORGANISATION), text,
					text.indexOf("käsittelijä Hosting") + "käsittelijä H".length());
			assertTrue(inEnglish.checkInitialConditions(new NullProgressMonitor()).isOK());
			assertEquals(NewNameCheck.message(Locale.ENGLISH, "keyword", "tarkoitus"),
					inEnglish.checkNewName("tarkoitus"), "the message language chosen in the preferences");
		} finally {
			GenerationSupport.resetPreferences();
		}
		assertEquals(text, document(editor).get(), "nothing changed");
	}

	@Test
	public void theRenameDialogChecksTheNameAsYouTypeAndRenamesOnOk() throws Exception {
		ITextEditor editor = open(project.file(ORGANISATION));
		editor.selectAndReveal(document(editor).get().indexOf("käsittelijä Hosting") + "käsittelijä H".length(), 0);
		List<String> seen = new ArrayList<>();
		DialogWatch renameDialog = whenDialogOpens(dialog -> {
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
		renameDialog.assertHandledOrNotNeeded();
		assertEquals(List.of("Hosting", "false", NewNameCheck.message(FINNISH, "notAName", "2Hosting"), "true"),
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
		DialogWatch undoAcrossFiles = whenDialogOpensPress(IDialogConstants.OK_LABEL);
		CommandSupport.execute(editor, "org.eclipse.ui.edit.undo");
		undoAcrossFiles.assertHandledOrNotNeeded();
		assertEquals(before, document.get(), "one undo restores the file");
		assertFalse(saved(ORGANISATION).equals(organisationRenamed), "and the declaration's file");
		assertTrue(saved(ORGANISATION).contains("tietoryhmä Yhteystiedot \""));

		// a second Undo does not bring the typed name back in this file alone (its references would dangle)
		IDocumentUndoManager history = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (history.undoable()) {
			CommandSupport.execute(editor, "org.eclipse.ui.edit.undo");
		}
		assertEquals(before, document.get(), "the text typed in linked mode is not in the undo history");
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
		// the file was opened unchanged: neither Undo nor Redo can bring the typed name back
		IDocumentUndoManager history = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		assertFalse(history.undoable(), "the linked edits are not in the undo history");
		assertFalse(history.redoable(), "nor in the redo history");
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

	/**
	 * Watches, in a dialog's own event loop, for the dialog a command opens. If none is handled within
	 * 15 s, or handling it fails, it closes the open dialogs (so the command returns instead of the test
	 * hanging) and {@link #assertHandledOrNotNeeded} fails saying why.
	 */
	private static final class DialogWatch {

		private final String expected;
		private final long deadline = System.currentTimeMillis() + 15_000;
		private boolean stopped;
		private AssertionError failure;

		private DialogWatch(String expected) {
			this.expected = expected;
		}

		private void poll(Function<Shell, Boolean> handle) {
			Display display = Display.getCurrent();
			Shell workbench = EditorSupport.page().getWorkbenchWindow().getShell();
			display.timerExec(50, new Runnable() {

				@Override
				public void run() {
					if (stopped) {
						return;
					}
					List<Shell> dialogs = Arrays.stream(display.getShells())
							.filter(shell -> shell != workbench && shell.isVisible()).toList();
					try {
						for (Shell shell : dialogs) {
							if (handle.apply(shell)) {
								return;
							}
						}
					} catch (RuntimeException | AssertionError e) {
						fail(new AssertionError("handling " + expected + " failed: " + e, e), dialogs);
						return;
					}
					if (System.currentTimeMillis() < deadline) {
						display.timerExec(50, this);
					} else {
						fail(new AssertionError(expected + " did not open within 15 s"), dialogs);
					}
				}
			});
		}

		private void fail(AssertionError error, List<Shell> dialogs) {
			failure = error;
			stopped = true;
			dialogs.forEach(Shell::close);
		}

		/** Stops watching; fails if the dialog was open and could not be handled in time. */
		private void assertHandledOrNotNeeded() {
			stopped = true;
			if (failure != null) {
				throw failure;
			}
		}
	}

	/** Presses the button with the label on the next dialog that opens (in the dialog's own event loop). */
	private static DialogWatch whenDialogOpensPress(String label) {
		DialogWatch watch = new DialogWatch("a dialog with the button " + label);
		watch.poll(shell -> {
			if (shell.getData() instanceof Dialog) {
				for (Button button : buttons(shell)) {
					if (button.getText().replace("&", "").equals(label.replace("&", ""))) {
						button.notifyListeners(SWT.Selection, new Event());
						return true;
					}
				}
			}
			return false;
		});
		return watch;
	}

	/** Runs {@code action} in the Rename dialog's own event loop once it is open. */
	private static DialogWatch whenDialogOpens(Consumer<IWizardContainer> action) {
		DialogWatch watch = new DialogWatch("the Rename dialog");
		watch.poll(shell -> {
			if (shell.getData() instanceof IWizardContainer dialog) {
				action.accept(dialog);
				return true;
			}
			return false;
		});
		return watch;
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
