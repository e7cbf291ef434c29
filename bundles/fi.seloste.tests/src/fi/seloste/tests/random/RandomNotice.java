package fi.seloste.tests.random;

/**
 * A generated notice: its seed, its source, and for a notice stating that no data protection officer
 * is appointed the same source without that statement (else {@code null}), so that a test can show an
 * output tells the two apart.
 */
public record RandomNotice(long seed, String text, String textWithoutNoDpo) {
}
