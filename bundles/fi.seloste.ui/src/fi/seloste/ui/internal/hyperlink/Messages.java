package fi.seloste.ui.internal.hyperlink;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The hyperlinks' own texts in the workbench's language ({@code messages*.properties}). */
final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("fi.seloste.ui.internal.hyperlink.messages");

	private Messages() {
	}

	static String format(String key, Object... arguments) {
		return MessageFormat.format(BUNDLE.getString(key), arguments);
	}
}
