package fi.seloste.studio.internal.start;

import java.lang.management.ManagementFactory;

/**
 * How long the start took, in milliseconds since the JVM started (the start script's java command):
 * to this bundle's start (the framework and the early bundles) and to the workbench window being up
 * (the workbench's startup-complete event). -1 while not reached. Read by the product test's probe.
 */
public final class StartupTimes {

	private static volatile long bundleStarted = -1;
	private static volatile long windowShown = -1;
	private static volatile int splashUpdates;

	private StartupTimes() {
	}

	static void bundleStarted() {
		bundleStarted = sinceJvmStart();
	}

	static void windowShown() {
		if (windowShown < 0) {
			windowShown = sinceJvmStart();
		}
	}

	static void splashDrawn() {
		splashUpdates++;
	}

	/** How often the progress was drawn on the splash screen (0: no splash screen). */
	public static int splashUpdates() {
		return splashUpdates;
	}

	public static long bundleStartedMillis() {
		return bundleStarted;
	}

	public static long windowShownMillis() {
		return windowShown;
	}

	private static long sinceJvmStart() {
		return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
	}
}
