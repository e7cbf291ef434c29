package fi.seloste.ui.internal.preview;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A browser created only once its parent is on screen. Creating one initialises the browser engine
 * (WebKitGTK) on the UI thread, 5–12 s the first time: a view restored at start that created it in
 * {@code createPartControl} would do so before the workbench window appears (B7), and a view behind
 * another would do so for nothing. (Studio's guide does the same in its own few lines: its bundle is
 * also in the platform-only product, without this one.)
 * <p>
 * {@link #request()} asks for the browser; it is created after the current event once the parent is
 * visible, at the first paint of the placeholder (the control shown meanwhile) or at {@link #onScreen()}
 * (the view's part listener, say). The callback gets the browser, or {@code null} where SWT has no
 * browser engine.
 */
final class LazyBrowser {

	private final Composite parent;
	private final Consumer<Browser> created;
	private Browser browser;
	private boolean tried;
	private boolean waiting;

	/**
	 * @param parent      the composite the browser goes into
	 * @param placeholder a control shown while the browser waits (painted means on screen)
	 * @param created     called with the browser, or {@code null} when there is no engine
	 */
	public LazyBrowser(Composite parent, Control placeholder, Consumer<Browser> created) {
		this.parent = parent;
		this.created = created;
		placeholder.addListener(SWT.Paint, e -> onScreen());
	}

	/** Asks for the browser: it is created once the parent is on screen. */
	public void request() {
		if (!tried && !waiting) {
			waiting = true;
			onScreen();
		}
	}

	/** The parent may be on screen now: creates the browser asked for (after the current event). */
	public void onScreen() {
		if (waiting && !parent.isDisposed()) {
			parent.getDisplay().asyncExec(() -> {
				if (waiting && !parent.isDisposed() && parent.isVisible()) {
					waiting = false;
					tried = true;
					try {
						browser = new Browser(parent, SWT.NONE);
					} catch (SWTError e) {
						browser = null; // no browser engine
					}
					created.accept(browser);
				}
			});
		}
	}

	/** The browser; {@code null} before it is created or where there is no engine. */
	public Browser browser() {
		return browser;
	}

	/** Whether the browser was created (or found impossible: no engine). */
	public boolean tried() {
		return tried;
	}

	/** Whether the browser is asked for and waits for the parent to be on screen. */
	public boolean waiting() {
		return waiting;
	}
}
