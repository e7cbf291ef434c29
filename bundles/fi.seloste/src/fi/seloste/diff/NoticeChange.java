package fi.seloste.diff;

/**
 * One change between two versions of a notice.
 *
 * @param path stable address of the element, kinds and names from the notice down, e.g.
 *        {@code register Customers / purpose Marketing / basis}; for a renamed element, its later name
 * @param before the value as written in the earlier source (whitespace collapsed), {@code null} when absent
 * @param after the value as written in the later source, {@code null} when absent
 * @param reason why the change is material; {@code null} when it is editorial
 * @param beforeLine 1-based line in the earlier source, 0 when absent
 * @param afterLine 1-based line in the later source, 0 when absent
 * @param beforeFile the file name of the earlier source (an organisation file for a used declaration), or null
 * @param afterFile the file name of the later source, or null
 */
public record NoticeChange(ChangeType type, Subject subject, String path, String before, String after,
		Materiality materiality, MaterialReason reason, int beforeLine, int afterLine, String beforeFile,
		String afterFile) {

	public boolean isMaterial() {
		return materiality == Materiality.MATERIAL;
	}
}
