package fi.seloste.validation;

/** Every issue code of the language, in one place; each is prefixed so that tools can tell them apart. */
public final class SelosteIssueCodes {

	private static final String PREFIX = "fi.seloste.";

	/** The file declares neither a notice nor an organisation. */
	public static final String EMPTY_FILE = PREFIX + "emptyFile";

	private SelosteIssueCodes() {
	}
}
