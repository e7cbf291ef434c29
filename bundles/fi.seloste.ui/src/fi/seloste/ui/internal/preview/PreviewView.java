package fi.seloste.ui.internal.preview;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import fi.seloste.ui.internal.builder.GenerateNow;
import fi.seloste.ui.internal.builder.GeneratedNotices;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * Notice Preview: the generated HTML page of the notice in the active editor, shown beside it and
 * reloaded (at the same scroll position) when the builder rewrites it or another editor becomes active.
 * What was generated is read from disk and the builder's records, so it is right after a restart; when
 * it is out of date the view says so and offers Generate now. Where SWT has no browser engine (no
 * WebKitGTK, say), it says so and links to the page for the system browser instead.
 * <p>
 * The browser engine is set up only once the view is on screen: restored at start, the view would
 * otherwise initialise WebKitGTK on the UI thread before the workbench window appears (5–12 s).
 */
public class PreviewView extends ViewPart {

	public static final String ID = "fi.seloste.ui.previewView";

	private Composite root;
	private Composite banner;
	private Label bannerText;
	private Link bannerLink;
	private Composite stack;
	private StackLayout layout;
	/** Set up once the view is on screen (B7). */
	private LazyBrowser lazyBrowser;
	private Browser browser;
	/** How many pages the browser has finished loading; tests wait for it to move. */
	private volatile int loadsCompleted;
	/** The scroll position to restore once the reloaded page is loaded; {@code null}: none. */
	private double[] scrollToRestore;
	private Composite fallback;
	private Label fallbackText;
	private Link fallbackLink;
	private Composite messagePanel;
	private Label message;
	private Link messageLink;

	private IFile source;
	private PreviewTarget shown;
	/** How often the view has (re)shown a page or explanation; tests wait for it to move. */
	private volatile int updates;

	private final Consumer<List<IFile>> buildListener = this::built;
	/** A save without a build (Build Automatically off) makes the shown page out of date: say so. */
	private final IResourceChangeListener saveListener = this::resourcesChanged;
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart editor) {
				follow(editor);
			}
		}

		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == PreviewView.this) {
				lazyBrowser.onScreen();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		banner = new Composite(root, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(banner);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(banner);
		banner.setVisible(false);
		bannerText = new Label(banner, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bannerText);
		bannerLink = generateNowLink(banner);

		stack = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
		layout = new StackLayout();
		stack.setLayout(layout);
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
		messageLink = generateNowLink(messagePanel);
		setShown(messageLink, false);
		// the "loading" message is the placeholder: painted means on screen
		lazyBrowser = new LazyBrowser(stack, messagePanel, this::browserCreated);

		GeneratedNotices.addListener(buildListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(saveListener, IResourceChangeEvent.POST_CHANGE);
		getSite().getPage().addPartListener(partListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active != null) {
			follow(active);
		} else {
			show(PreviewTarget.of(null));
		}
	}

	private Link generateNowLink(Composite parent) {
		Link link = new Link(parent, SWT.NONE);
		link.setText("<a>" + UiTexts.text("preview.generateNow") + "</a>");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(link);
		link.addListener(SWT.Selection, e -> {
			if (source != null && source.getProject().isOpen()) {
				GenerateNow.request(source.getProject());
			}
		});
		return link;
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

	/**
	 * A .seloste file's content changed (the source, or a file it refers to): what the records say of
	 * the shown page may have changed too, though no build ran (the banner "changed since generated").
	 */
	private void resourcesChanged(IResourceChangeEvent event) {
		IFile watched = source;
		// with Build Automatically on, the build that follows updates the view (no passing banner)
		if (watched == null || event.getDelta() == null || ResourcesPlugin.getWorkspace().isAutoBuilding()
				|| !touchesNotices(event.getDelta())) {
			return;
		}
		Display display = stack.isDisposed() ? null : stack.getDisplay();
		if (display != null) {
			display.asyncExec(() -> {
				if (!stack.isDisposed() && watched.equals(source)) {
					recheck();
				}
			});
		}
	}

	private static boolean touchesNotices(IResourceDelta delta) {
		boolean[] found = { false };
		try {
			delta.accept(child -> {
				if (child.getResource().getType() == IResource.FILE
						&& PreviewTarget.EXTENSION.equals(child.getResource().getFileExtension())
						&& (child.getKind() != IResourceDelta.CHANGED
								|| (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					found[0] = true;
				}
				return !found[0];
			});
		} catch (CoreException e) {
			return true;
		}
		return found[0];
	}

	/** Reads the records again: the same page only gets its banner updated (no reload); else shows anew. */
	private void recheck() {
		PreviewTarget target = PreviewTarget.of(source);
		if (shown != null && shown.page() != null && shown.page().equals(target.page())
				&& layout.topControl != messagePanel) {
			shown = target;
			updates++;
			showBanner(target.offersGeneration() ? target.explanation() : null);
			root.layout(true, true);
		} else {
			show(target);
		}
	}

	private void show(PreviewTarget target) {
		shown = target;
		updates++;
		boolean outOfDatePage = target.page() != null && target.offersGeneration();
		showBanner(outOfDatePage ? target.explanation() : null);
		if (target.page() == null) {
			showMessage(target.explanation(), target.offersGeneration());
		} else if (!lazyBrowser.tried()) {
			// the browser engine is set up later, once the view is on screen: not while the workbench
			// restores it before its window is shown, nor while it is behind another view
			showMessage(UiTexts.text("preview.loading"), false);
			lazyBrowser.request();
		} else {
			if (browser != null) {
				load(target.page());
				layout.topControl = browser;
			} else {
				fallbackText.setText(target.page().getLocation().toOSString());
				layout.topControl = fallback;
			}
		}
		setContentDescription(source == null ? "" : source.getName());
		root.layout(true, true);
	}

	/** The browser is set up (or there is no engine: {@code null}): shows the page that waited for it. */
	private void browserCreated(Browser created) {
		browser = created;
		if (browser != null) {
			browser.addProgressListener(new ProgressAdapter() {
				@Override
				public void completed(ProgressEvent event) {
					restoreScroll();
					loadsCompleted++;
				}
			});
		}
		if (shown != null) {
			show(shown);
		}
	}

	private void load(IFile page) {
		String url = page.getLocationURI().toString();
		// setUrl of the same address does not reload it; the builder has just rewritten the file
		if (url.equals(browser.getUrl())) {
			scrollToRestore = scrollPosition();
			browser.refresh();
		} else {
			scrollToRestore = null;
			browser.setUrl(url);
		}
	}

	/** Where the reader is in the page, to come back there after a reload (B16); {@code null}: unknown. */
	private double[] scrollPosition() {
		try {
			if (browser.evaluate("return [window.scrollX, window.scrollY];") instanceof Object[] position
					&& position.length == 2 && position[0] instanceof Number x && position[1] instanceof Number y) {
				return new double[] { x.doubleValue(), y.doubleValue() };
			}
		} catch (SWTException e) {
			// the page cannot run scripts now: it is reloaded at the top
		}
		return null;
	}

	private void restoreScroll() {
		double[] position = scrollToRestore;
		scrollToRestore = null;
		if (position != null && browser != null && !browser.isDisposed()) {
			browser.execute("window.scrollTo(" + position[0] + ", " + position[1] + ");");
		}
	}

	private void showMessage(String text, boolean offerGeneration) {
		message.setText(text);
		setShown(messageLink, offerGeneration);
		layout.topControl = messagePanel;
	}

	private void showBanner(String text) {
		bannerText.setText(text == null ? "" : text);
		setShown(banner, text != null);
	}

	private static void setShown(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}

	@Override
	public void dispose() {
		GeneratedNotices.removeListener(buildListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(saveListener);
		getSite().getPage().removePartListener(partListener);
		super.dispose();
	}

	// Public for the tests (another bundle).

	/** The generated page the view shows (itself or through the link), {@code null} when none. */
	public IFile shownPage() {
		return shown == null || layout.topControl == messagePanel ? null : shown.page();
	}

	public int updates() {
		return updates;
	}

	public boolean hasBrowser() {
		return browser != null;
	}

	/** Whether the view has set up its browser engine (or found there is none) yet. */
	public boolean browserTried() {
		return lazyBrowser.tried();
	}

	/** How many pages the browser has finished loading (a reload included). */
	public int loadsCompleted() {
		return loadsCompleted;
	}

	/** The text the view shows: the explanation, or the page's path in the fallback. */
	public String shownText() {
		return layout.topControl == fallback ? fallbackText.getText()
				: layout.topControl == messagePanel ? message.getText() : browser.getUrl();
	}

	/** The text above a page that is out of date; {@code null} when none is shown. */
	public String bannerText() {
		return banner.getVisible() ? bannerText.getText() : null;
	}

	/** The Generate now link the view shows (above a page or below an explanation); {@code null}: none. */
	public Link generateNowLink() {
		return banner.getVisible() ? bannerLink
				: layout.topControl == messagePanel && messageLink.getVisible() ? messageLink : null;
	}

	/** The browser's vertical scroll position; {@code -1} without a browser or a page. */
	public double scrollY() {
		double[] position = browser == null ? null : scrollPosition();
		return position == null ? -1 : position[1];
	}

	/** Scrolls the page, as the reader would. */
	public void scrollTo(double y) {
		if (browser != null) {
			browser.execute("window.scrollTo(0, " + y + ");");
		}
	}
}
