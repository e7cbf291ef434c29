package fi.seloste.model.resolved;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.seloste.Party;
import fi.seloste.seloste.Purpose;

/**
 * A recipient or processor as it serves a register: the purposes it serves when the notice names
 * them ({@code tarkoituksiin}, scope {@link Origin#PURPOSE}), else the register as a whole
 * ({@link Origin#REGISTER}) or, declared at notice level, every register ({@link Origin#NOTICE}).
 *
 * @param statedBy the party's declaration, or the {@code käytä} line that brings it into the register
 */
public record ResolvedRecipient(Party party, Origin scope, List<Purpose> purposes, Location location,
		EObject statedBy) {

	public boolean serves(Purpose purpose) {
		return scope != Origin.PURPOSE || purposes.contains(purpose);
	}
}
