package fi.seloste.ide.server;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Language;

/**
 * What a client chooses for the Seloste language server, from the {@code initializationOptions} of
 * {@code initialize} or the {@code seloste} section of {@code workspace/didChangeConfiguration}:
 * <pre>
 * { "messageLanguage": "auto" | "fi" | "en",   // messages in each file's keyword language, or one
 *   "generateOnSave": false,                   // write the notices of a saved file
 *   "outputFolder": "generated-notices",       // relative to the workspace folder of the file, or absolute
 *   "formats": ["html", "md", ...],            // empty: every format
 *   "languages": ["fi", "en", "sv"] }          // empty: each notice's own
 * </pre>
 * Unknown keys and values of the wrong kind are ignored, keeping the default: a setting typed wrong in
 * an editor's configuration must not stop the server.
 */
public record ServerSettings(KeywordLanguage messageLanguage, boolean generateOnSave, String outputFolder,
		List<String> formats, List<Language> languages) {

	public static final String SECTION = "seloste";

	public static final String DEFAULT_OUTPUT_FOLDER = "generated-notices";

	public static ServerSettings defaults() {
		return new ServerSettings(null, false, DEFAULT_OUTPUT_FOLDER, List.of(), List.of());
	}

	/**
	 * The settings in {@code options} (a JSON object, possibly holding a {@code seloste} section), each
	 * missing or unreadable one taken from {@code base}.
	 */
	public static ServerSettings read(Object options, ServerSettings base) {
		if (!(options instanceof JsonObject json)) {
			return base;
		}
		if (json.get(SECTION) instanceof JsonObject section) {
			json = section;
		}
		KeywordLanguage messageLanguage = base.messageLanguage();
		if (string(json, "messageLanguage") instanceof String value) {
			messageLanguage = switch (value) {
				case "fi" -> KeywordLanguage.FINNISH;
				case "en" -> KeywordLanguage.ENGLISH;
				case "auto", "" -> null;
				default -> base.messageLanguage();
			};
		}
		boolean generateOnSave = base.generateOnSave();
		if (json.get("generateOnSave") instanceof JsonElement value && value.isJsonPrimitive()
				&& value.getAsJsonPrimitive().isBoolean()) {
			generateOnSave = value.getAsBoolean();
		}
		String outputFolder = base.outputFolder();
		if (string(json, "outputFolder") instanceof String value && !value.isBlank()) {
			outputFolder = value.strip();
		}
		List<String> formats = json.has("formats") ? strings(json.get("formats")) : base.formats();
		List<Language> languages = base.languages();
		if (json.has("languages")) {
			languages = new ArrayList<>();
			for (String code : strings(json.get("languages"))) {
				Language language = Language.get(code);
				if (language != null && !languages.contains(language)) {
					languages.add(language);
				}
			}
			languages = List.copyOf(languages);
		}
		return new ServerSettings(messageLanguage, generateOnSave, outputFolder, formats, languages);
	}

	private static String string(JsonObject json, String key) {
		JsonElement value = json.get(key);
		return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString()
				: null;
	}

	private static List<String> strings(JsonElement value) {
		List<String> result = new ArrayList<>();
		if (value instanceof JsonArray array) {
			for (JsonElement element : array) {
				if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString() && !element.getAsString().isBlank()) {
					result.add(element.getAsString().strip());
				}
			}
		}
		return List.copyOf(result);
	}
}
