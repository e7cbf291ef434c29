package fi.seloste.ui.internal.navigation;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The texts of rename, Find References and Quick Outline in the workbench's language ({@code messages*.properties}). */
public final class NavigationMessages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("fi.seloste.ui.internal.navigation.messages");

	private NavigationMessages() {
	}

	public static String format(String key, Object... arguments) {
		return MessageFormat.format(BUNDLE.getString(key), arguments);
	}
}
