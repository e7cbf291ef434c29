package fi.seloste.ui.internal.preferences;

import fi.seloste.keywords.KeywordLanguage;

/** The language of validation messages: each file's keyword language, or one for all files. */
public enum MessageLanguage {
	FILE(null), FI(KeywordLanguage.FINNISH), EN(KeywordLanguage.ENGLISH);

	private final KeywordLanguage language;

	MessageLanguage(KeywordLanguage language) {
		this.language = language;
	}

	/** The language chosen for all files, {@code null} for each file's own. */
	public KeywordLanguage keywordLanguage() {
		return language;
	}

	/** The value stored in the preferences. */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static MessageLanguage of(String id) {
		for (MessageLanguage value : values()) {
			if (value.id().equals(id)) {
				return value;
			}
		}
		return FILE;
	}
}
