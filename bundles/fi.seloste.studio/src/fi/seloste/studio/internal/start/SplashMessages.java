package fi.seloste.studio.internal.start;

import org.eclipse.osgi.util.NLS;

/** The phases on the splash screen: splash.properties (English), splash_fi.properties (Finnish). */
final class SplashMessages extends NLS {

	private static final String BUNDLE_NAME = "fi.seloste.studio.internal.start.splash";

	public static String Splash_components;
	public static String Splash_workbench;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SplashMessages.class);
	}

	private SplashMessages() {
	}
}
