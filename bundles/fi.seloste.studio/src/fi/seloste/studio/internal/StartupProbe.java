package fi.seloste.studio.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The hook of the product tests (releng/fi.seloste.product/tests): does nothing unless the system
 * property {@code seloste.studio.probe} names a report file. Then, once the workbench window is open,
 * it writes a report (window title, product, welcome page, content type and editor of .seloste files,
 * the state of every bundle). With {@code seloste.studio.probe.about=true}, once the test creates
 * {@code <report>.about}, it opens Help &gt; About, writes {@code <report>.about.open} and closes the
 * dialog when the test creates {@code <report>.about.close}. With {@code seloste.studio.probe.open} (a .seloste file), once the test
 * creates {@code <report>.next}, it copies that file into a project "probe", opens it in its editor,
 * waits for the problem markers and writes {@code <report>.2} (the markers, then the same report).
 * Then it runs the requests the test writes into {@code <report>.request} (one word, see
 * {@link ProbeRequests}), each answered with the facts in {@code <report>.<request>}, until the test
 * creates {@code <report>.close}; then it closes the workbench the way File &gt; Exit does.
 * Each wait for the test has a time limit ({@code seloste.studio.probe.timeout}, seconds, default 600):
 * after it the probe says so on the console and in {@code <report>.timeout} and closes the workbench,
 * so a test that failed or was killed does not leave Studio running. Each option may also be given as
 * an environment variable ({@code SELOSTE_STUDIO_PROBE}, {@code SELOSTE_STUDIO_PROBE_OPEN}, ...).
 */
public class StartupProbe implements IStartup {

	private static final String REPORT = "seloste.studio.probe";
	private static final String OPEN = "seloste.studio.probe.open";
	private static final String ABOUT = "seloste.studio.probe.about";
	private static final String TIMEOUT = "seloste.studio.probe.timeout";
	/** How long the probe waits for the next step of the test before it gives up and closes Studio. */
	private static final long DEFAULT_TIMEOUT_SECONDS = 600;

	private Path reportFile;
	private long timeoutMillis;
	/** Set after a time limit passed: every later wait ends at once, and the probe closes Studio. */
	private volatile boolean gaveUp;

	@Override
	public void earlyStartup() {
		String report = option(REPORT);
		if (report == null || report.isBlank()) {
			return;
		}
		reportFile = Path.of(report);
		timeoutMillis = timeoutSeconds() * 1000;
		IWorkbench workbench = PlatformUI.getWorkbench();
		// there is no window manager on the test's display: the window takes the whole screen, for the pictures
		workbench.getDisplay().syncExec(() -> {
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				window.getShell().setBounds(workbench.getDisplay().getPrimaryMonitor().getClientArea());
			}
		});
		List<String> lines = new ArrayList<>();
		try {
			describe(workbench, lines);
		} catch (Throwable e) { // the report says what failed; the test fails on it
			lines.add("error " + e);
		}
		write(reportFile, lines);

		// the About dialog, for a picture of the branding
		if (Boolean.parseBoolean(option(ABOUT)) && waitFor(sibling(reportFile, ".about"))) {
			showAbout(workbench, sibling(reportFile, ".about.open"), sibling(reportFile, ".about.close"));
		}

		// the requests of the test (ProbeRequests), one at a time, in any order with the second stage
		// (opening a seed, when the test creates .next), until the test asks to close
		Path request = sibling(reportFile, ".request");
		Path next = sibling(reportFile, ".next");
		Path close = sibling(reportFile, ".close");
		String open = option(OPEN);
		boolean opened = open == null || open.isBlank();
		for (Path ready = waitForAny(request, opened ? null : next, close); ready != null && ready != close;
				ready = waitForAny(request, opened ? null : next, close)) {
			if (ready == next) {
				opened = true;
				lines = new ArrayList<>();
				try {
					openAndWaitForMarkers(workbench, Path.of(open), lines);
					describe(workbench, lines);
				} catch (Throwable e) {
					lines.add("error " + e);
				}
				write(sibling(reportFile, ".2"), lines);
				continue;
			}
			String name = "";
			List<String> facts = new ArrayList<>();
			try {
				name = Files.readString(request, StandardCharsets.UTF_8).strip();
				Files.delete(request);
				new ProbeRequests(workbench).run(name, facts);
			} catch (Throwable e) { // the facts say what failed; the test fails on it
				facts.add("error " + e);
			}
			write(sibling(reportFile, "." + (name.matches("[a-z-]+") ? name : "unknown")), facts);
		}

		workbench.getDisplay().asyncExec(() -> {
			// as File > Exit: saves the workspace state (there are no dirty editors to ask about)
			workbench.close();
		});
	}

	/**
	 * A probe option: the system property, or else the environment variable of the same name in upper
	 * case with _ for . (seloste.studio.probe.open: SELOSTE_STUDIO_PROBE_OPEN). The product test uses the
	 * variables: the start script splits SELOSTE_VMARGS at spaces, and paths may contain them.
	 */
	private static String option(String name) {
		String value = System.getProperty(name);
		return value != null ? value : System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
	}

	private static long timeoutSeconds() {
		String value = option(TIMEOUT);
		try {
			return value == null || value.isBlank() ? DEFAULT_TIMEOUT_SECONDS : Long.parseLong(value.strip());
		} catch (NumberFormatException e) {
			return DEFAULT_TIMEOUT_SECONDS;
		}
	}

	/**
	 * Waits until one of the files exists (null ones are ignored) and returns it, the first if several do;
	 * null after the time limit (reported by {@link #timedOut}) or when interrupted.
	 */
	private Path waitForAny(Path... files) {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!gaveUp) {
			for (Path file : files) {
				if (file != null && Files.exists(file)) {
					return file;
				}
			}
			if (System.currentTimeMillis() > end) {
				gaveUp = true;
				timedOut(files);
				return null;
			}
			try {
				Thread.sleep(200);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		return null;
	}

	/**
	 * The test did not take its next step in time (it failed or was killed): says so on the console and
	 * in {@code <report>.timeout}; the probe then closes Studio rather than leave it running.
	 */
	private void timedOut(Path... files) {
		List<String> waited = new ArrayList<>();
		for (Path file : files) {
			if (file != null) {
				waited.add(file.getFileName().toString());
			}
		}
		String message = "error probe timed out after " + timeoutMillis / 1000 + "s waiting for the test to create "
				+ String.join(" or ", waited) + " (" + TIMEOUT + " sets the limit): closing Studio";
		System.err.println("seloste-studio " + message);
		List<String> lines = new ArrayList<>();
		lines.add(message);
		write(sibling(reportFile, ".timeout"), lines);
	}

	/**
	 * Opens Help &gt; About (modal: it runs in its own event loop until closed), reports its title in
	 * {@code open}, and closes it when the test creates {@code close}.
	 */
	private void showAbout(IWorkbench workbench, Path open, Path close) {
		Display display = workbench.getDisplay();
		display.asyncExec(() -> {
			try {
				workbench.getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand("org.eclipse.ui.help.aboutAction", null);
			} catch (Exception e) {
				e.printStackTrace();
			}
		});
		AtomicReference<String> title = new AtomicReference<>();
		for (int i = 0; i < 100 && title.get() == null; i++) {
			sleep(100);
			display.syncExec(() -> {
				org.eclipse.swt.widgets.Shell shell = display.getActiveShell();
				if (shell != null && shell.getParent() != null) { // a dialog, not the workbench window
					title.set(shell.getText());
				}
			});
		}
		sleep(1000); // painted
		List<String> lines = new ArrayList<>();
		lines.add("about " + title.get());
		write(open, lines);
		waitFor(close); // closed after the time limit too: a modal dialog would keep Studio from closing
		display.syncExec(() -> {
			org.eclipse.swt.widgets.Shell shell = display.getActiveShell();
			if (shell != null && shell.getParent() != null) {
				shell.close();
			}
		});
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Path sibling(Path file, String suffix) {
		return file.resolveSibling(file.getFileName() + suffix);
	}

	private static void write(Path file, List<String> lines) {
		lines.add("ready");
		try {
			Path tmp = sibling(file, ".tmp");
			Files.write(tmp, lines, StandardCharsets.UTF_8);
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			e.printStackTrace();
		}
	}

	/** Waits until the file exists: false after the time limit (reported) or when interrupted. */
	private boolean waitFor(Path file) {
		return waitForAny(file) != null;
	}

	private static void describe(IWorkbench workbench, List<String> lines) {
		Display display = workbench.getDisplay();
		AtomicReference<String> title = new AtomicReference<>("");
		display.syncExec(() -> {
			IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
			title.set(windows.length == 0 ? "" : windows[0].getShell().getText());
		});
		lines.add("window " + title.get());
		// how long the start took (from the JVM's start), and whether the splash screen showed its progress
		lines.add("startup bundle " + fi.seloste.studio.internal.start.StartupTimes.bundleStartedMillis() + " ms");
		lines.add("startup window " + fi.seloste.studio.internal.start.StartupTimes.windowShownMillis() + " ms");
		lines.add("splash updates " + fi.seloste.studio.internal.start.StartupTimes.splashUpdates());
		lines.add("nl " + Platform.getNL());
		lines.add("product " + (Platform.getProduct() == null ? "-" : Platform.getProduct().getId()));
		lines.add("intro " + (workbench.getIntroManager().getIntro() != null));

		IContentType type = Platform.getContentTypeManager().getContentType("fi.seloste.contentType");
		lines.add("contentType fi.seloste.contentType " + (type == null ? "missing" : "registered"));
		IEditorDescriptor editor = workbench.getEditorRegistry().getDefaultEditor("notice.seloste");
		lines.add("editor *.seloste " + (editor == null ? "-" : editor.getId()));

		Bundle self = FrameworkUtil.getBundle(StartupProbe.class);
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			lines.add("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " " + state(bundle));
		}
	}

	/** Copies the file into the project "probe", opens it and waits (up to 60 s) for its problem markers. */
	private static void openAndWaitForMarkers(IWorkbench workbench, Path source, List<String> lines) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("probe");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(source.getFileName().toString());
		try (InputStream in = Files.newInputStream(source)) {
			if (file.exists()) {
				file.setContents(in, true, false, null);
			} else {
				file.create(in, true, null);
			}
		}
		AtomicReference<String> opened = new AtomicReference<>("-");
		workbench.getDisplay().syncExec(() -> {
			try {
				IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
				// the welcome page would cover the editor in the screenshot
				if (workbench.getIntroManager().getIntro() != null) {
					workbench.getIntroManager().closeIntro(workbench.getIntroManager().getIntro());
				}
				IEditorPart part = IDE.openEditor(window.getActivePage(), file, true);
				opened.set(part == null ? "-" : part.getSite().getId());
				// the markers, for the screenshot (Tasks is on top of the stack in the Resource perspective)
				window.getActivePage().showView("org.eclipse.ui.views.ProblemView", null,
						org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
			} catch (Exception e) {
				opened.set("failed " + e);
			}
		});
		lines.add("opened " + file.getFullPath() + " in " + opened.get());
		IMarker[] markers = new IMarker[0];
		for (int i = 0; i < 120 && markers.length == 0; i++) {
			Thread.sleep(500);
			markers = file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
		}
		Thread.sleep(1000); // let the reconciler finish writing the markers of this run
		markers = file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
		lines.add("markers " + markers.length);
		for (IMarker marker : markers) {
			lines.add("marker " + marker.getType() + " line " + marker.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
					+ marker.getAttribute(IMarker.MESSAGE, ""));
		}
	}

	private static String state(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.UNINSTALLED -> "UNINSTALLED";
		case Bundle.INSTALLED -> "INSTALLED";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.STARTING -> "STARTING";
		case Bundle.STOPPING -> "STOPPING";
		case Bundle.ACTIVE -> "ACTIVE";
		default -> String.valueOf(bundle.getState());
		};
	}
}
