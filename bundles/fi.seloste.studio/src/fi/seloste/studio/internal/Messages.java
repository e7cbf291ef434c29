package fi.seloste.studio.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the welcome page: messages.properties (English), messages_fi.properties (Finnish). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "fi.seloste.studio.internal.messages";

	public static String WelcomePart_title;
	public static String WelcomePart_version;
	public static String WelcomePart_build;
	public static String WelcomePart_intro;
	public static String WelcomePart_begin;
	public static String WelcomePart_examples;
	public static String WelcomePart_examplesNote;
	public static String WelcomePart_newNotice;
	public static String WelcomePart_newNoticeNote;
	public static String WelcomePart_notAvailable;
	public static String WelcomePart_workbench;
	public static String WelcomePart_dialogTitle;
	public static String WelcomePart_wizardMissing;
	public static String WelcomePart_wizardFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
