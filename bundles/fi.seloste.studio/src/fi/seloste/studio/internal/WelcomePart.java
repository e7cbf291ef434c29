package fi.seloste.studio.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.part.IntroPart;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The Seloste Studio welcome page: what Seloste is, and the two ways to begin (the example project,
 * a new notice). Both wizards live in fi.seloste.ui and are looked up by id, so the page still
 * works (with the button disabled) in an installation that lacks one of them.
 */
public class WelcomePart extends IntroPart {

	/** The examples wizard of fi.seloste.ui (creates a project with the example notices). */
	public static final String EXAMPLES_WIZARD_ID = "fi.seloste.ui.examplesWizard";
	/** The new-notice wizard of fi.seloste.ui. */
	public static final String NEW_NOTICE_WIZARD_ID = "fi.seloste.ui.newNoticeWizard";

	/** The data key of the action buttons: the id of the wizard they open (found by it in the product test). */
	public static final String ACTION_KEY = "fi.seloste.studio.wizard";

	private static final int TEXT_WIDTH = 640;

	private final List<Control> controls = new ArrayList<>();
	private LocalResourceManager resources;
	private Composite page;

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Color background = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(255, 255, 255)));
		Color accent = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(0x1F, 0x4E, 0x79)));
		Font titleFont = resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()).increaseHeight(6));
		Font headingFont = resources.create(FontDescriptor.createFrom(JFaceResources.getBannerFont()));

		page = new Composite(parent, SWT.NONE);
		page.setBackground(background);
		page.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 48;
		layout.marginHeight = 40;
		layout.horizontalSpacing = 24;
		layout.verticalSpacing = 12;
		page.setLayout(layout);

		Label icon = new Label(page, SWT.NONE);
		icon.setImage(resources.create(ImageDescriptor.createFromURL(
				FrameworkUtil.getBundle(getClass()).getEntry("icons/seloste128.png"))));
		icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false, 1, 2));

		Label title = new Label(page, SWT.NONE);
		title.setText(Messages.WelcomePart_title);
		title.setFont(titleFont);
		title.setForeground(accent);
		title.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));

		Label version = new Label(page, SWT.NONE);
		version.setText(NLS.bind(Messages.WelcomePart_version, version()));
		version.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));

		new Label(page, SWT.NONE); // below the icon
		Label text = new Label(page, SWT.WRAP);
		text.setText(Messages.WelcomePart_intro);
		// wrapped labels need a width: their preferred size is one long line
		GridData textData = new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false);
		textData.widthHint = TEXT_WIDTH;
		text.setLayoutData(textData);

		new Label(page, SWT.NONE);
		Label begin = new Label(page, SWT.NONE);
		begin.setText(Messages.WelcomePart_begin);
		begin.setFont(headingFont);
		begin.setForeground(accent);

		addAction(Messages.WelcomePart_examples, Messages.WelcomePart_examplesNote, EXAMPLES_WIZARD_ID);
		addAction(Messages.WelcomePart_newNotice, Messages.WelcomePart_newNoticeNote, NEW_NOTICE_WIZARD_ID);

		new Label(page, SWT.NONE);
		Button workbench = new Button(page, SWT.PUSH);
		workbench.setText(Messages.WelcomePart_workbench);
		workbench.addListener(SWT.Selection, e -> closeWelcome());
		controls.add(workbench);
	}

	private void addAction(String label, String description, String wizardId) {
		new Label(page, SWT.NONE);
		Composite row = new Composite(page, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.horizontalSpacing = 12;
		row.setLayout(layout);
		Button button = new Button(row, SWT.PUSH);
		button.setText(label);
		// the probe of the product tests finds the button by its wizard, whatever the language
		button.setData(ACTION_KEY, wizardId);
		GridData buttonData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		buttonData.widthHint = 260;
		button.setLayoutData(buttonData);
		Label note = new Label(row, SWT.WRAP);
		GridData noteData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		noteData.widthHint = TEXT_WIDTH - 260 - 12;
		note.setLayoutData(noteData);
		IWizardDescriptor wizard = findWizard(wizardId);
		if (wizard == null) {
			// fi.seloste.ui without this wizard (an older or partial installation): say so, do not fail
			button.setEnabled(false);
			note.setText(NLS.bind(Messages.WelcomePart_notAvailable, description));
		} else {
			note.setText(description);
			button.addListener(SWT.Selection, e -> openWizard(wizardId));
		}
		controls.add(button);
	}

	static IWizardDescriptor findWizard(String id) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		for (IWizardRegistry registry : new IWizardRegistry[] { workbench.getNewWizardRegistry(),
				workbench.getImportWizardRegistry(), workbench.getExportWizardRegistry() }) {
			IWizardDescriptor descriptor = registry.findWizard(id);
			if (descriptor != null) {
				return descriptor;
			}
		}
		return null;
	}

	private void openWizard(String id) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWizardDescriptor descriptor = findWizard(id);
		if (descriptor == null) {
			MessageDialog.openInformation(page.getShell(), Messages.WelcomePart_dialogTitle, NLS.bind(Messages.WelcomePart_wizardMissing, id));
			return;
		}
		IWorkbenchWizard wizard;
		try {
			wizard = descriptor.createWizard();
		} catch (org.eclipse.core.runtime.CoreException e) {
			MessageDialog.openError(page.getShell(), Messages.WelcomePart_dialogTitle, NLS.bind(Messages.WelcomePart_wizardFailed, e.getMessage()));
			return;
		}
		wizard.init(workbench, StructuredSelection.EMPTY);
		// the wizard creates files the user then sees in the Project Explorer and the editor
		IIntroManager intro = workbench.getIntroManager();
		intro.setIntroStandby(this, true);
		WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
		if (dialog.open() == Window.OK) {
			intro.closeIntro(this);
		} else if (intro.getIntro() == this) {
			// cancelled: the welcome page as it was, not left in the standby corner
			intro.setIntroStandby(this, false);
		}
	}

	private void closeWelcome() {
		PlatformUI.getWorkbench().getIntroManager().closeIntro(this);
	}

	private static String version() {
		Version v = FrameworkUtil.getBundle(WelcomePart.class).getVersion();
		String release = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
		return v.getQualifier().isEmpty() ? release : NLS.bind(Messages.WelcomePart_build, release, v.getQualifier());
	}

	@Override
	public void standbyStateChanged(boolean standby) {
		// nothing to rearrange: the page is short enough for the standby width
	}

	@Override
	public void setFocus() {
		for (Control control : controls) {
			if (control.isEnabled()) {
				control.setFocus();
				return;
			}
		}
		page.setFocus();
	}
}
