package fi.seloste.studio.internal.start;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.SplashScreen;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The start's progress on the splash screen (the JVM shows splash.png at once: the start scripts pass
 * {@code -splash:}, there is no native launcher): a bar and the phase (components starting, the
 * workbench opening), closed when the workbench window is up, or before, when the first window of the
 * UI thread is shown (a dialog such as "Workspace in use" would be under the splash). Without a splash screen (macOS, an own
 * java command, no display) it only records {@link StartupTimes}.
 */
final class StartupSplash implements BundleListener, EventHandler {

	/** Sent by the workbench once its window is open (UIEvents.UILifeCycle.APP_STARTUP_COMPLETE). */
	private static final String STARTUP_COMPLETE = "org/eclipse/e4/ui/LifeCycle/appStartupComplete";
	private static final String WORKBENCH_BUNDLE = "org.eclipse.ui.workbench";
	private static final Color BAR = new Color(0x2E, 0x9E, 0x5B);
	private static final Color TRACK = new Color(0xD5, 0xDF, 0xEA);
	private static final Color TEXT = new Color(0x1F, 0x4E, 0x79);
	private static final Color BACKGROUND_BOTTOM = new Color(0xEE, 0xF3, 0xF8);

	private final BundleContext context;
	private final SplashScreen screen;
	private ServiceRegistration<EventHandler> registration;
	private int bundlesStarted;
	private volatile boolean workbench;
	private volatile double progress = 0.12;
	private volatile boolean closed;
	private Thread painter;
	/** Whether the first shown window closes the splash yet (from when the UI thread has a display). */
	private boolean watchingShells;

	private StartupSplash(BundleContext context, SplashScreen screen) {
		this.context = context;
		this.screen = screen;
	}

	static StartupSplash begin(BundleContext context) {
		StartupTimes.bundleStarted();
		StartupSplash splash = new StartupSplash(context, splashScreen());
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(EventConstants.EVENT_TOPIC, STARTUP_COMPLETE);
		splash.registration = context.registerService(EventHandler.class, splash, properties);
		if (splash.screen != null) {
			context.addBundleListener(splash);
			splash.painter = new Thread(splash::paintUntilClosed, "Seloste splash progress");
			splash.painter.setDaemon(true);
			splash.painter.start();
		}
		return splash;
	}

	/** The JVM's splash screen, or null when there is none (or no AWT on this platform). */
	private static SplashScreen splashScreen() {
		if (System.getProperty("os.name", "").startsWith("Mac")) {
			return null; // AWT next to SWT on the first thread: not on macOS (the script gives no -splash there)
		}
		try {
			SplashScreen screen = SplashScreen.getSplashScreen();
			return screen != null && screen.isVisible() ? screen : null;
		} catch (Throwable e) { // headless, no AWT: no splash
			return null;
		}
	}

	@Override
	public void bundleChanged(BundleEvent event) {
		if (event.getType() != BundleEvent.STARTED) {
			return;
		}
		synchronized (this) {
			bundlesStarted++;
			if (WORKBENCH_BUNDLE.equals(event.getBundle().getSymbolicName())) {
				workbench = true;
			}
			// no total is known beforehand: the bar approaches its phase's end as bundles start
			double share = 1 - Math.exp(-bundlesStarted / 25.0);
			progress = workbench ? 0.7 + 0.28 * share : 0.12 + 0.55 * share;
		}
	}

	@Override
	public void handleEvent(org.osgi.service.event.Event event) {
		StartupTimes.windowShown();
		close();
	}

	void close() {
		closeScreen();
		if (registration != null) {
			try {
				registration.unregister();
			} catch (IllegalStateException e) { // already gone with the bundle
			}
		}
	}

	/** Closes the splash and stops its progress; the workbench's event is still awaited (its time is recorded). */
	private synchronized void closeScreen() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			context.removeBundleListener(this);
		} catch (IllegalStateException e) { // the bundle is stopping
		}
		if (screen != null) {
			try {
				screen.close();
			} catch (IllegalStateException e) { // already closed
			}
		}
	}

	private void paintUntilClosed() {
		double painted = -1;
		boolean paintedWorkbench = false;
		int round = 0;
		while (!closed) {
			if (!watchingShells && round++ % 4 == 0) { // until SWT has its display: a few times a second
				watchingShells = watchShells();
			}
			if (progress != painted || workbench != paintedWorkbench) {
				painted = progress;
				paintedWorkbench = workbench;
				if (!paint(painted, paintedWorkbench ? SplashMessages.Splash_workbench : SplashMessages.Splash_components)) {
					return;
				}
				StartupTimes.splashDrawn();
			}
			try {
				Thread.sleep(80);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** True once the first window shown closes the splash; false while SWT has no display yet. */
	private boolean watchShells() {
		try {
			return new FirstShellWatch(this::closeScreen).tryStart();
		} catch (LinkageError e) { // no SWT here: the workbench's event closes the splash
			return true;
		}
	}

	/** Draws the bar and the phase over the splash image; false once the splash is gone. */
	private boolean paint(double fraction, String phase) {
		try {
			if (closed || !screen.isVisible()) {
				return false;
			}
			Dimension size = screen.getSize();
			Graphics2D g = screen.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
				int left = 32;
				int width = size.width - 2 * left;
				int barTop = size.height - 36;
				// over the image's own strip ("Starting…", an empty bar): its background, as tools/MakeIcons.java draws it
				g.setPaint(new GradientPaint(0, 0, Color.WHITE, 0, size.height, BACKGROUND_BOTTOM));
				g.fillRect(1, barTop - 26, size.width - 2, 40);
				g.setColor(TRACK);
				g.fillRoundRect(left, barTop, width, 6, 6, 6);
				g.setColor(BAR);
				g.fillRoundRect(left, barTop, Math.max(6, (int) (width * Math.min(1, fraction))), 6, 6, 6);
				g.setColor(TEXT);
				g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
				g.drawString(phase, left, barTop - 9);
			} finally {
				g.dispose();
			}
			screen.update();
			return true;
		} catch (IllegalStateException e) { // closed meanwhile
			return false;
		}
	}
}
