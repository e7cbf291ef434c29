package fi.seloste.diff;

/**
 * The kind of element a change is about. The path of a change names the element with the
 * {@link #pathWord()} of each of its containers, e.g. {@code register Customers / purpose Marketing / basis}.
 */
public enum Subject {
	NOTICE("notice"),
	TITLE("title"),
	LANGUAGES("languages"),
	DATE("date"),
	VERSION("version"),
	CHANGE_ENTRY("change"),
	DESCRIPTION("description"),
	CONTROLLER("controller"),
	CONTACT("contact"),
	DATA_PROTECTION_OFFICER("data-protection-officer"),
	REPRESENTATIVE("eu-representative"),
	NO_DPO("no-data-protection-officer"),
	SUPERVISORY_AUTHORITY("supervisory-authority"),
	DETAIL("detail"),
	REGISTER("register"),
	ROLE("role"),
	DATA_SUBJECTS("data-subjects"),
	DATA_CATEGORY("data-category"),
	PURPOSE("purpose"),
	BASIS("basis"),
	SPECIAL_CONDITION("special-basis"),
	PERSONAL_ID_GROUND("personal-identity-code-ground"),
	MARKER("marker"),
	SOURCE("source"),
	RECIPIENT("recipient"),
	NO_RECIPIENTS("no-recipients"),
	TRANSFER("transfer"),
	SAFEGUARD("safeguard"),
	NO_TRANSFERS("no-transfers"),
	RETENTION("retention"),
	PROVISION("provision-of-data"),
	COOKIE("cookie"),
	COOKIE_POLICY("cookie-policy"),
	RIGHTS("rights"),
	RIGHT("right"),
	EXERCISE("exercise"),
	RESPONSE_TIME("response-time"),
	AUTOMATED_DECISION_MAKING("automated-decision-making"),
	PROFILING("profiling"),
	SECURITY("security"),
	SECURITY_MEASURE("measure");

	private final String pathWord;

	Subject(String pathWord) {
		this.pathWord = pathWord;
	}

	/** The stable English word of the subject in a change's path (not translated: paths are keys for tools). */
	public String pathWord() {
		return pathWord;
	}
}
