package fi.seloste.ui.internal.preview;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import fi.seloste.ui.internal.builder.GeneratedNotices;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * Notice Preview: the generated HTML page of the notice in the active editor, shown beside it and
 * reloaded when the builder rewrites it or another editor becomes active. Where SWT has no browser
 * engine (no WebKitGTK, say), it says so and links to the page for the system browser instead.
 */
public class PreviewView extends ViewPart {

	public static final String ID = "fi.seloste.ui.previewView";

	private Composite stack;
	private StackLayout layout;
	private Browser browser;
	private Composite fallback;
	private Label fallbackText;
	private Link fallbackLink;
	private Composite messagePanel;
	private Label message;

	private IFile source;
	private PreviewTarget shown;
	/** How often the view has (re)shown a page or explanation; tests wait for it to move. */
	private volatile int updates;

	private final Consumer<List<IFile>> buildListener = this::built;
	private final IPartListener2 editorListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart editor) {
				follow(editor);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);
		try {
			browser = new Browser(stack, SWT.NONE);
		} catch (SWTError e) {
			browser = null; // no browser engine: the fallback panel links to the system browser
		}
		fallback = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(fallback);
		Label noBrowser = new Label(fallback, SWT.WRAP);
		noBrowser.setText(UiTexts.text("preview.noBrowser"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(noBrowser);
		fallbackText = new Label(fallback, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fallbackText);
		fallbackLink = new Link(fallback, SWT.NONE);
		fallbackLink.setText("<a>" + UiTexts.text("preview.openExternally") + "</a>");
		fallbackLink.addListener(SWT.Selection, e -> {
			if (shown != null && shown.page() != null) {
				SystemBrowser.open(shown.page(), getSite().getShell());
			}
		});
		messagePanel = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(messagePanel);
		message = new Label(messagePanel, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

		GeneratedNotices.addListener(buildListener);
		getSite().getPage().addPartListener(editorListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active != null) {
			follow(active);
		} else {
			show(PreviewTarget.of(null));
		}
	}

	/** Shows the notice of this editor (when it edits a .seloste file of the workspace). */
	public void follow(IEditorPart editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file != null && PreviewTarget.EXTENSION.equals(file.getFileExtension())) {
			source = file;
			show(PreviewTarget.of(file));
		}
	}

	private void built(List<IFile> sources) {
		if (stack.isDisposed() || source == null || !sources.contains(source)) {
			return;
		}
		stack.getDisplay().asyncExec(() -> {
			if (!stack.isDisposed() && source != null) {
				show(PreviewTarget.of(source));
			}
		});
	}

	private void show(PreviewTarget target) {
		shown = target;
		updates++;
		if (target.page() == null) {
			message.setText(target.explanation());
			layout.topControl = messagePanel;
		} else if (browser != null) {
			// setUrl of the same address does not reload it; the builder has just rewritten the file
			if (target.page().getLocationURI().toString().equals(browser.getUrl())) {
				browser.refresh();
			} else {
				browser.setUrl(target.page().getLocationURI().toString());
			}
			layout.topControl = browser;
		} else {
			fallbackText.setText(target.page().getLocation().toOSString());
			layout.topControl = fallback;
		}
		setContentDescription(source == null ? "" : source.getName());
		stack.layout(true, true);
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}

	@Override
	public void dispose() {
		GeneratedNotices.removeListener(buildListener);
		getSite().getPage().removePartListener(editorListener);
		super.dispose();
	}

	// Public for the tests (another bundle).

	/** The generated page the view shows (itself or through the link), {@code null} when none. */
	public IFile shownPage() {
		return shown == null ? null : shown.page();
	}

	public int updates() {
		return updates;
	}

	public boolean hasBrowser() {
		return browser != null;
	}

	/** The text the view shows: the explanation, or the page's path in the fallback. */
	public String shownText() {
		return layout.topControl == fallback ? fallbackText.getText()
				: layout.topControl == messagePanel ? message.getText() : browser.getUrl();
	}
}
