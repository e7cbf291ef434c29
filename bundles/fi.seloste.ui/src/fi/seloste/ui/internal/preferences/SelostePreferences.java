package fi.seloste.ui.internal.preferences;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import fi.seloste.seloste.Language;
import fi.seloste.ui.internal.SelosteUiPlugin;
import fi.seloste.ui.internal.highlighting.ColouringPreferences;
import fi.seloste.ui.internal.outline.SelosteOutlinePage;

/**
 * The Seloste preferences (Window → Preferences → Seloste), stored in the instance scope of the
 * bundle's node, with their defaults in the default scope.
 */
public final class SelostePreferences {

	public static final String NODE = SelosteUiPlugin.PLUGIN_ID;

	/** Project-relative folder the builder writes into. */
	public static final String OUTPUT_FOLDER = "generation.outputFolder";
	/** Comma-separated format ids of {@link fi.seloste.generator.NoticeFormats}. */
	public static final String FORMATS = "generation.formats";
	/** {@value #OWN_LANGUAGES} or comma-separated language codes (fi, en, sv). */
	public static final String LANGUAGES = "generation.languages";
	/** A {@link MessageLanguage} id. */
	public static final String MESSAGE_LANGUAGE = "validation.messageLanguage";

	public static final String OWN_LANGUAGES = "own";
	public static final String DEFAULT_OUTPUT_FOLDER = "generated-notices";
	public static final String DEFAULT_FORMATS = "html,json";

	private SelostePreferences() {
	}

	/** Writes the defaults into the default scope (called by the preference initializer). */
	public static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		defaults.put(OUTPUT_FOLDER, DEFAULT_OUTPUT_FOLDER);
		defaults.put(FORMATS, DEFAULT_FORMATS);
		defaults.put(LANGUAGES, OWN_LANGUAGES);
		defaults.put(MESSAGE_LANGUAGE, MessageLanguage.FILE.id());
		ColouringPreferences.initializeDefaults(defaults);
		defaults.putBoolean(SelosteOutlinePage.LINK_WITH_EDITOR, true);
	}

	/** The node the preference page writes and listeners watch. */
	public static IEclipsePreferences instanceNode() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	static String get(String key, String fallback) {
		return Platform.getPreferencesService().getString(NODE, key, fallback, null);
	}

	public static String outputFolder() {
		String folder = get(OUTPUT_FOLDER, DEFAULT_OUTPUT_FOLDER).strip();
		return folder.isEmpty() ? DEFAULT_OUTPUT_FOLDER : folder;
	}

	public static List<String> formatIds() {
		return split(get(FORMATS, DEFAULT_FORMATS));
	}

	/** The chosen output languages; {@code null} for each notice's own. */
	public static List<Language> languages() {
		String value = get(LANGUAGES, OWN_LANGUAGES);
		if (OWN_LANGUAGES.equals(value.strip())) {
			return null;
		}
		List<Language> languages = new ArrayList<>();
		for (String code : split(value)) {
			Language language = Language.get(code);
			if (language != null && !languages.contains(language)) {
				languages.add(language);
			}
		}
		return languages.isEmpty() ? null : languages;
	}

	public static MessageLanguage messageLanguage() {
		return MessageLanguage.of(get(MESSAGE_LANGUAGE, MessageLanguage.FILE.id()));
	}

	static List<String> split(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
