package fi.seloste.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.texts.UiTexts;

/** The folder and name of the new notice, and the language of its keywords. */
public final class NewNoticePage extends WizardNewFileCreationPage {

	private Button finnish;
	private Button english;
	private Button generate;

	NewNoticePage(IStructuredSelection selection) {
		super("newNotice", selection);
		setTitle(UiTexts.text("wizard.notice.title"));
		setDescription(UiTexts.text("wizard.notice.description"));
		setFileExtension("seloste");
		setFileName(UiTexts.text("wizard.notice.defaultFileName"));
	}

	@Override
	protected void createAdvancedControls(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(UiTexts.text("wizard.notice.keywords"));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		finnish = new Button(group, SWT.RADIO);
		finnish.setText(UiTexts.text("wizard.notice.finnish"));
		english = new Button(group, SWT.RADIO);
		english.setText(UiTexts.text("wizard.notice.english"));
		boolean finnishDefault = !"en".equals(java.util.Locale.getDefault().getLanguage());
		finnish.setSelection(finnishDefault);
		english.setSelection(!finnishDefault);
		// adding a nature rewrites the project's .project (of a Java or Maven project, say): the user's choice
		generate = new Button(parent, SWT.CHECK);
		generate.setText(UiTexts.text("wizard.notice.generate"));
		generate.setSelection(true);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(generate);
	}

	/** Whether the project is to generate notices on save (get the Seloste nature); on by default. */
	public boolean generateOnSave() {
		return generate == null || generate.getSelection();
	}

	/** For the tests: ticks or unticks "Generate notices on save" as a user would. */
	public void chooseGenerateOnSave(boolean on) {
		generate.setSelection(on);
	}

	// The superclass's "Advanced" linked-file controls are replaced by the keyword choice: no link.

	@Override
	protected IStatus validateLinkedResource() {
		return Status.OK_STATUS;
	}

	@Override
	protected void createLinkTarget() {
	}

	@Override
	protected InputStream getInitialContents() {
		String text = NoticeTemplate.text(SelosteInjector.get(), keywordLanguage(), getFileName(), LocalDate.now());
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	public KeywordLanguage keywordLanguage() {
		return english != null && english.getSelection() ? KeywordLanguage.ENGLISH : KeywordLanguage.FINNISH;
	}

	/** For the tests: chooses the keyword language as a user would. */
	public void chooseKeywordLanguage(KeywordLanguage language) {
		finnish.setSelection(language == KeywordLanguage.FINNISH);
		english.setSelection(language == KeywordLanguage.ENGLISH);
	}
}
