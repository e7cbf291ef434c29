package fi.seloste.model.resolved;

import java.util.List;

import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Retention;

/**
 * What applies to one register: whether the organisation is its controller, the legal bases stated for
 * the register as a whole, its recipients (its own, used ones and the notice's) and transfers as stated,
 * stated absent or not stated, its own retention statements and its purposes.
 */
public record ResolvedRegister(Register register, boolean controller, List<LegalBasis> bases,
		Statement<ResolvedRecipient> recipients, Statement<ResolvedTransfer> transfers, List<Retention> retention,
		List<ResolvedPurpose> purposes) {
}
