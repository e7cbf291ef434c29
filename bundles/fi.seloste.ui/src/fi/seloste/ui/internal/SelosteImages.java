package fi.seloste.ui.internal;

import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;

/**
 * The editor's own images (icons/, drawn by tools/MakeUiIcons.java, each with an @2x variant that
 * JFace picks on high-resolution screens): one per outline element kind, and the wizard banners.
 * Images come from the plug-in's registry, which disposes of them with the display.
 */
public final class SelosteImages {

	/** The outline icon of each element kind (the model's EClass names) that has its own. */
	private static final Map<String, String> OUTLINE = Map.ofEntries(Map.entry("Import", "import"),
			Map.entry("Use", "import"), Map.entry("Organisation", "organisation"), Map.entry("Notice", "notice"),
			Map.entry("Controller", "controller"), Map.entry("Person", "person"), Map.entry("NoDpo", "nodpo"),
			Map.entry("Party", "recipient"), Map.entry("NoRecipients", "norecipients"),
			Map.entry("SupervisoryAuthority", "authority"), Map.entry("Security", "security"),
			Map.entry("Register", "register"), Map.entry("SubjectGroup", "subjects"),
			Map.entry("DataCategory", "datacategory"), Map.entry("Purpose", "purpose"), Map.entry("Source", "source"),
			Map.entry("Transfer", "transfer"), Map.entry("NoTransfers", "notransfers"),
			Map.entry("Retention", "retention"), Map.entry("Cookie", "cookie"),
			Map.entry("CookiePolicy", "cookiepolicy"), Map.entry("Rights", "rights"),
			Map.entry("AutomatedProcessing", "automated"), Map.entry("Provision", "provision"));

	/** The banner of the New Notice wizard (75 x 66). */
	public static final String NEW_NOTICE_BANNER = "icons/wizban/newnotice_wiz.png";
	/** The banner of the examples wizard (75 x 66). */
	public static final String EXAMPLES_BANNER = "icons/wizban/examples_wiz.png";

	private SelosteImages() {
	}

	/** The outline image of the element kind (an EClass name), null for a kind without its own. */
	public static Image outline(String kind) {
		String name = kind == null ? null : OUTLINE.get(kind);
		return name == null ? null : image("icons/outline/" + name + ".png");
	}

	/** An image of this plug-in by its path, e.g. {@link #EXAMPLES_BANNER}. */
	public static ImageDescriptor descriptor(String path) {
		return ImageDescriptor.createFromURL(SelosteUiPlugin.getDefault().getBundle().getEntry(path));
	}

	private static Image image(String path) {
		ImageRegistry registry = SelosteUiPlugin.getDefault().getImageRegistry();
		Image image = registry.get(path);
		if (image == null) {
			registry.put(path, descriptor(path));
			image = registry.get(path);
		}
		return image;
	}
}
