package fi.seloste.diff;

/** Whether a change alters what the notice tells the data subject about the processing. */
public enum Materiality {
	/** A change of the processing or of the data subject's position, with a reason ({@link MaterialReason}). */
	MATERIAL,
	/** Wording, order, names, dates and other changes that leave the processing as it was. */
	EDITORIAL
}
