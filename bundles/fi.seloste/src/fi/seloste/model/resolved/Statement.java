package fi.seloste.model.resolved;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What a notice or register says about something that may not exist (a data protection officer,
 * recipients, transfers): it names them, it states that there are none, or it says nothing. The three
 * are different facts and outputs treat them differently: only a stated absence gives a sentence such
 * as "no data protection officer has been appointed".
 *
 * @param items the elements named (empty unless {@link Kind#STATED})
 * @param absence the statement of absence as written ({@code ei-vastaanottajia} …), {@code null} when
 *        there is none; it may stand beside named items, which is a contradiction for the checks
 */
public record Statement<T>(Kind kind, List<T> items, EObject absence) {

	public enum Kind {
		/** Named at least once. */
		STATED,
		/** Stated not to exist, and none named. */
		STATED_ABSENT,
		/** Neither named nor stated absent. */
		NOT_STATED
	}

	public static <T> Statement<T> of(List<T> items, EObject absence) {
		Kind kind = !items.isEmpty() ? Kind.STATED : absence != null ? Kind.STATED_ABSENT : Kind.NOT_STATED;
		return new Statement<>(kind, List.copyOf(items), absence);
	}

	public boolean isStated() {
		return kind == Kind.STATED;
	}

	public boolean isStatedAbsent() {
		return kind == Kind.STATED_ABSENT;
	}

	public boolean isNotStated() {
		return kind == Kind.NOT_STATED;
	}

	/** Items are named and their absence is stated too. */
	public boolean isContradicted() {
		return !items.isEmpty() && absence != null;
	}
}
