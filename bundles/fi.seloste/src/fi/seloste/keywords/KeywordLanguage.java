package fi.seloste.keywords;

/** The two languages a Seloste file can be written in (keywords, not output languages). */
public enum KeywordLanguage {
	FINNISH("fi"), ENGLISH("en");

	private final String code;

	KeywordLanguage(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public KeywordLanguage other() {
		return this == FINNISH ? ENGLISH : FINNISH;
	}
}
