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
 * @param locations where the data go, each country once: the countries stated on the transfer, then its
 *        recipients' locations (stated or only inferred, see {@link Location.Status}); a country stated
 *        on the transfer wins over the same country inferred for a recipient
 */
public record ResolvedTransfer(Transfer transfer, Origin scope, List<Purpose> purposes,
		List<ResolvedRecipient> recipients, List<Location> locations, List<Safeguard> safeguards) {

	/** The country codes of {@link #locations()}, stated or inferred. */
	public List<String> countries() {
		return locations.stream().map(Location::code).toList();
	}

	public boolean serves(Purpose purpose) {
		return scope != Origin.PURPOSE || purposes.contains(purpose);
	}
}
