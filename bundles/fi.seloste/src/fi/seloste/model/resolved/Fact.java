package fi.seloste.model.resolved;

import org.eclipse.emf.ecore.EObject;

/**
 * One fact of a notice as it applies to a purpose: the value, where it was stated ({@link Origin}) and
 * the element that states it, whose node gives the source location.
 */
public record Fact<T>(T value, Origin origin, EObject statedBy) {

	/** A fact stated on the element that holds it. */
	public static <T extends EObject> Fact<T> of(T value, Origin origin) {
		return new Fact<>(value, origin, value);
	}

	public boolean isOwn() {
		return origin == Origin.PURPOSE;
	}
}
