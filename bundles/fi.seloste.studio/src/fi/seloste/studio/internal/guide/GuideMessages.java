package fi.seloste.studio.internal.guide;

import org.eclipse.osgi.util.NLS;

/** The guide view's texts: guide.properties (English), guide_fi.properties (Finnish). */
final class GuideMessages extends NLS {

	private static final String BUNDLE_NAME = "fi.seloste.studio.internal.guide.guide";

	public static String Guide_missing;
	public static String Guide_noBrowser;
	public static String Guide_openInSystemBrowser;

	static {
		NLS.initializeMessages(BUNDLE_NAME, GuideMessages.class);
	}

	private GuideMessages() {
	}
}
