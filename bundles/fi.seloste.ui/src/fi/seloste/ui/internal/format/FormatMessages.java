package fi.seloste.ui.internal.format;

import org.eclipse.osgi.util.NLS;

/** Status-line messages of the Format command, in messages.properties and messages_fi.properties. */
public final class FormatMessages extends NLS {

	public static String syntaxErrors;
	public static String alreadyFormatted;
	public static String readOnly;

	static {
		NLS.initializeMessages(FormatMessages.class.getPackageName() + ".messages", FormatMessages.class);
	}

	private FormatMessages() {
	}
}
