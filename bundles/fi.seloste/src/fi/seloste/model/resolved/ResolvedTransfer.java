package fi.seloste.model.resolved;

import java.util.List;

import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.Transfer;

/**
 * A transfer outside the EU/EEA as it serves a register: the purposes it serves (named on the
 * transfer, or implied because every one of its recipients names its purposes), else the register as a
 * whole.
 *
 * @param countries the countries stated on the transfer or known from its recipients' locations, each once
 */
public record ResolvedTransfer(Transfer transfer, Origin scope, List<Purpose> purposes,
		List<ResolvedRecipient> recipients, List<String> countries, List<Safeguard> safeguards) {

	public boolean serves(Purpose purpose) {
		return scope != Origin.PURPOSE || purposes.contains(purpose);
	}
}
