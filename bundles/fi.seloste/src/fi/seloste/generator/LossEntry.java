package fi.seloste.generator;

/**
 * A field a format requires that the notice does not fill: where it is in the output (a JSON path,
 * {@code []} for the items of an array) and why it holds the format's empty form, e.g.
 * {@code dataProtectionOfficer} / {@code no DPO stated}. Told to the author, so that an empty value
 * is never mistaken for a fact.
 */
public record LossEntry(String path, String reason) {

	/** {@code path (reason)}, as the command line prints it. */
	@Override
	public String toString() {
		return path + " (" + reason + ")";
	}
}
