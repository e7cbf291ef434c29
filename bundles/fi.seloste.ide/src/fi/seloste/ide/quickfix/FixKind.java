package fi.seloste.ide.quickfix;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.ide.editor.quickfix.QuickFix;

/**
 * What a quick fix changes. {@code seloste check --fix} applies editorial fixes only: it may repair
 * how something is written, never decide what the notice says. Each {@link QuickFix} method of
 * {@link SelosteQuickfixProvider} declares its kind once, with {@link Kind}.
 */
public enum FixKind {

	/** Only the form of what the author wrote: https, an ID's or address's form, order, a duplicate. */
	EDITORIAL,

	/**
	 * What the notice says: a fact, a commitment, a date, a legal basis, a citation, or a placeholder
	 * where a lawyer must write. Offered as a choice in the editor, never applied by {@code --fix}.
	 */
	SUBSTANTIVE;

	private static final Map<String, FixKind> BY_CODE = byCode();

	/**
	 * The kind of the fixes of an issue code. A code without a declared fix counts as substantive,
	 * and so does a code with several fix methods of which one is substantive: when in doubt, the
	 * author decides.
	 */
	public static FixKind of(String issueCode) {
		return BY_CODE.getOrDefault(issueCode, SUBSTANTIVE);
	}

	private static Map<String, FixKind> byCode() {
		Map<String, FixKind> kinds = new HashMap<>();
		for (Method method : SelosteQuickfixProvider.class.getMethods()) {
			Kind kind = method.getAnnotation(Kind.class);
			for (QuickFix fix : method.getAnnotationsByType(QuickFix.class)) {
				FixKind declared = kind == null ? SUBSTANTIVE : kind.value();
				kinds.merge(fix.value(), declared, (a, b) -> a == EDITORIAL && b == EDITORIAL ? EDITORIAL : SUBSTANTIVE);
			}
		}
		return Map.copyOf(kinds);
	}
}
