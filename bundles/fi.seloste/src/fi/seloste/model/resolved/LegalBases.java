package fi.seloste.model.resolved;

import java.util.Optional;

import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Text;

/**
 * What a notice states of the law a legal basis rests on ({@code peruste … laki "…"}). A basis of
 * Art 6(1)(c) or (e) must be laid down by Union or Member State law (Art 6(3) GDPR), and WP260
 * (Annex) asks the notice to name it; any basis may name a law, but only these rest on one.
 */
public final class LegalBases {

	private LegalBases() {
	}

	/** Whether the basis must be laid down by Union or Member State law (Art 6(3) GDPR): 6(1)(c) and (e). */
	public static boolean restsOnLaw(BasisKind kind) {
		return kind == BasisKind.LEGAL_OBLIGATION || kind == BasisKind.PUBLIC_TASK;
	}

	/** The law the basis names with {@code laki} / {@code law}; empty when it names none. */
	public static Optional<Text> statute(LegalBasis basis) {
		return Optional.ofNullable(basis.getStatute());
	}
}
