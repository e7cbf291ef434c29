package fi.seloste.studio.internal.guide;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The Seloste guide (Help &gt; Help Contents): its pages in the workbench's browser. Where SWT has no
 * browser engine (Linux without WebKitGTK) the view says where the guide is and opens it in the system
 * browser on a click, as Notice Preview does.
 * <p>
 * The engine is created only once the view is on screen (its placeholder is painted): restored at start,
 * the view would otherwise initialise WebKitGTK on the UI thread before the workbench window appears
 * (5–12 s, B7), as Notice Preview does with its {@code LazyBrowser}. Not that class
 * itself: this bundle is also in the platform-only product of the p2 test, which has no Seloste editor.
 */
public class GuideView extends ViewPart {

	public static final String ID = "fi.seloste.studio.guideView";

	private Composite root;
	private Browser browser;
	private Path index;
	/** Shown until the browser is created; its first paint means the view is on screen. */
	private Composite placeholder;
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == GuideView.this) {
				createBrowserWhenOnScreen();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new FillLayout());
		try {
			index = GuideFiles.index();
		} catch (IOException e) {
			ILog.of(GuideView.class).error("The guide could not be copied out of its bundle", e);
		}
		if (index == null) {
			message(GuideMessages.Guide_missing, null);
			return;
		}
		placeholder = new Composite(root, SWT.NONE);
		placeholder.addListener(SWT.Paint, e -> createBrowserWhenOnScreen());
		getSite().getPage().addPartListener(partListener);
	}

	/** After the current event (the paint), once the view is visible: creates the browser and loads the guide. */
	private void createBrowserWhenOnScreen() {
		root.getDisplay().asyncExec(() -> {
			if (root.isDisposed() || placeholder == null || placeholder.isDisposed() || !root.isVisible()) {
				return;
			}
			placeholder.dispose();
			placeholder = null;
			try {
				browser = new Browser(root, SWT.NONE);
				browser.setUrl(index.toUri().toString());
			} catch (SWTError e) { // no browser engine
				browser = null;
				message(NLS.bind(GuideMessages.Guide_noBrowser, index), index);
			}
			root.layout(true, true);
		});
	}

	private void message(String text, Path page) {
		Composite fallback = new Composite(root, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(fallback);
		Label label = new Label(fallback, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(label); // wraps to the view
		if (page != null) {
			Label path = new Label(fallback, SWT.WRAP);
			path.setText(page.toString());
			GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(path);
			Link open = new Link(fallback, SWT.NONE);
			open.setText("<a>" + GuideMessages.Guide_openInSystemBrowser + "</a>");
			open.addListener(SWT.Selection, event -> Program.launch(page.toUri().toString()));
		}
	}

	/** The page shown: its address in the browser, or the guide's path where there is no browser. */
	public String shown() {
		if (browser != null) {
			return "browser " + browser.getUrl();
		}
		if (placeholder != null) {
			return "waiting";
		}
		return index == null ? "missing" : "text " + index;
	}

	@Override
	public void setFocus() {
		root.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		super.dispose();
	}
}
