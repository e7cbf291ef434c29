package fi.seloste.validation;

/**
 * What a check's quick fix changes, declared with the check in {@link SelosteCheck}.
 * {@code seloste check --fix} applies editorial fixes only: it may repair how something is written,
 * never decide what the notice says.
 */
public enum FixKind {

	/** The check offers no quick fix. */
	NONE,

	/** Only the form of what the author wrote: https, an ID's or address's form, order, a duplicate. */
	EDITORIAL,

	/**
	 * What the notice says: a fact, a commitment, a date, a legal basis, a citation, or a placeholder
	 * where a lawyer must write. Offered as a choice in the editor, never applied by {@code --fix}.
	 */
	SUBSTANTIVE;

	/** The kind of the fixes of an issue code; {@link #NONE} for a code that is not a check's. */
	public static FixKind of(String issueCode) {
		SelosteCheck check = SelosteCheck.byCode(issueCode);
		return check == null ? NONE : check.fixKind();
	}
}
