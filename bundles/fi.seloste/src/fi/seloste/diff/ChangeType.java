package fi.seloste.diff;

/** What happened to an element between two versions of a notice. */
public enum ChangeType {
	/** The element is new in the later version. */
	ADDED,
	/** The element is no longer in the later version. */
	REMOVED,
	/** The element is in both versions, and a value of it differs. */
	CHANGED,
	/** Only the element's name differs; everything it states is the same. */
	RENAMED
}
