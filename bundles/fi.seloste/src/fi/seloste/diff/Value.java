package fi.seloste.diff;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

/**
 * A value of an element: what it means ({@code compared}: text per language, an enum literal, a set of
 * referenced names) and how it is written ({@code display}, whitespace collapsed).
 *
 * @param references names of the referenced declarations of subject {@code referenced}, compared as a set
 *        after the renames of the comparison; null when the value is not a reference list
 */
record Value(Object compared, String display, EObject source, Subject referenced, List<String> references) {

	static Value of(Object compared, String display, EObject source) {
		return new Value(compared, display, source, null, null);
	}

	static Value references(Subject referenced, List<String> names, String display, EObject source) {
		return new Value(null, display, source, referenced, List.copyOf(names));
	}

	/** The compared value, with referenced names translated to their later names. */
	Object comparedUnder(Renames renames) {
		if (references == null) {
			return compared;
		}
		return references.stream().map(n -> renames.current(referenced, n))
				.collect(Collectors.toCollection(TreeSet::new)).toString();
	}

	boolean sameAs(Value other, Renames renames) {
		return other != null && Objects.equals(comparedUnder(renames), other.comparedUnder(Renames.NONE));
	}
}
