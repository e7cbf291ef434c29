package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.GenerationSupport.enable;
import static fi.seloste.ui.tests.GenerationSupport.setPreference;
import static fi.seloste.ui.tests.GenerationSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Language;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.preferences.MessageLanguage;
import fi.seloste.ui.internal.preferences.SelostePreferencePage;
import fi.seloste.ui.internal.preferences.SelostePreferences;
import fi.seloste.ui.internal.validation.SelosteFileValidator;
import fi.seloste.validation.SelosteCheck;
import fi.seloste.validation.SelosteMessages;

/**
 * Window → Preferences → Seloste: the page stores what the user chooses, and the message language
 * decides the language of the problems in the markers (as {@code seloste check --lang} does).
 */
public class SelostePreferencesTest {

	/** A seed in Finnish keywords, with a warning whose message takes no arguments. */
	private static final String SEED = "seeds/lumicos.seloste";

	private TestProject project;

	@AfterEach
	public void cleanUp() throws Exception {
		EditorSupport.page().closeAllEditors(false);
		GenerationSupport.resetPreferences();
		if (project != null) {
			project.close();
		}
	}

	@Test
	public void theMessageLanguageDecidesTheLanguageOfTheMarkers() throws Exception {
		SelosteMessages messages = SelosteInjector.get().getInstance(SelosteMessages.class);
		String finnish = messages.message(SelosteCheck.UPDATED_DATE_MISSING, KeywordLanguage.FINNISH);
		String english = messages.message(SelosteCheck.UPDATED_DATE_MISSING, KeywordLanguage.ENGLISH);
		project = TestProject.withExamples("preferences-messages", SEED);
		IFile seed = project.file("lumicos.seloste");
		enable(seed.getProject());
		// the builder writes the problems of files not open in an editor
		waitUntil("the Finnish file gets its message in Finnish", () -> finnish.equals(message(seed)));

		setPreference(SelostePreferences.MESSAGE_LANGUAGE, MessageLanguage.EN.id());
		waitUntil("the rebuild writes the message in English", () -> english.equals(message(seed)));

		// an open editor is checked again at once, too
		EditorSupport.open(seed);
		setPreference(SelostePreferences.MESSAGE_LANGUAGE, MessageLanguage.FI.id());
		waitUntil("the open file's message is in Finnish again", () -> finnish.equals(message(seed)));
		setPreference(SelostePreferences.MESSAGE_LANGUAGE, MessageLanguage.FILE.id());
		assertEquals(finnish, new SelosteFileValidator(SelosteInjector.get())
				.validate(seed, GenerationSupport.text(seed), CancelIndicator.NullImpl).stream()
				.filter(i -> SelosteCheck.UPDATED_DATE_MISSING.code().equals(i.getCode())).findFirst().orElseThrow()
				.getMessage(), "each file's keyword language: Finnish for a Finnish file");
	}

	@Test
	public void thePageStoresWhatTheUserChooses() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(EditorSupport.page().getWorkbenchWindow()
				.getShell(), "fi.seloste.ui.preferencePage", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			SelostePreferencePage page = (SelostePreferencePage) dialog.getSelectedPage();
						assertEquals(SelostePreferences.DEFAULT_OUTPUT_FOLDER, page.outputFolderField().getText());
			assertEquals(List.of("html", "md", "pdf", "ropa", "json", "tilt", "dpv"), List.copyOf(page.formatBoxes().keySet()),
					"a checkbox per registered format, in the generator's order");
			assertTrue(page.formatBoxes().get("html").getSelection() && page.formatBoxes().get("json").getSelection()
					&& !page.formatBoxes().get("pdf").getSelection(), "defaults: html and json");
			assertTrue(page.ownLanguagesBox().getSelection(), "default: each notice's own languages");
			assertTrue(page.isValid());

			page.outputFolderField().setText("docs/notices");
			select(page.formatBoxes().get("html"), false);
			select(page.formatBoxes().get("json"), false);
			assertFalse(page.isValid(), "no format chosen: OK is not allowed");
			select(page.formatBoxes().get("pdf"), true);
			select(page.ownLanguagesBox(), false);
			assertFalse(page.isValid(), "no language chosen: OK is not allowed");
			select(page.languageBoxes().get(Language.SV), true);
			select(page.languageBoxes().get(Language.FI), true);
			select(page.messageLanguageButtons().get(MessageLanguage.FILE), false);
			select(page.messageLanguageButtons().get(MessageLanguage.EN), true);
			assertTrue(page.isValid());
			assertTrue(page.performOk());
		} finally {
			dialog.close();
		}
		assertEquals("docs/notices", SelostePreferences.outputFolder());
		assertEquals(List.of("pdf"), SelostePreferences.formatIds());
		assertEquals(List.of(Language.FI, Language.SV), SelostePreferences.languages());
		assertEquals(MessageLanguage.EN, SelostePreferences.messageLanguage());

		GenerationSupport.resetPreferences();
		assertNull(SelostePreferences.languages(), "the default is each notice's own languages");
		assertEquals(List.of("html", "json"), SelostePreferences.formatIds());
	}

	private static void select(Button button, boolean selected) {
		button.setSelection(selected);
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static String message(IFile file) {
		return EditorSupport.markers(file).stream()
				.filter(m -> SelosteCheck.UPDATED_DATE_MISSING.code().equals(m.getAttribute("code", "")))
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).findFirst().orElse(null);
	}
}
