package fi.seloste.ide.quickfix;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Quick fixes for the Seloste checks, shared by the Eclipse editor, a language server and the
 * command line ({@code seloste check --fix}), split by concern like the validators: each class
 * holds the fixes of one validator's checks. Each fix edits the text through the node model and
 * inserts complete lines in the canonical layout, keywords in the file's language and texts in the
 * notice's output languages. Where only a lawyer can write the text, a placeholder is inserted,
 * which the PLACEHOLDER check reports until it is replaced.
 * <p>
 * What a fix changes is declared with its check ({@code SelosteCheck#fixKind()}): {@code check --fix}
 * applies only the editorial ones (form, never content), and only when they have exactly one
 * resolution. A substantive fix (a fact, a date, a legal basis, a citation, a placeholder) is a
 * choice offered in the editor and the language server.
 */
@Singleton
public class SelosteQuickfixProvider implements IQuickFixProvider {

	/** The classes of quick fixes, one per concern, in the order of {@code SelosteCheck.Concern}. */
	public static final List<Class<? extends SelosteQuickfixSupport>> CONCERNS = List.of(CompletenessFixes.class,
			FinnishLawFixes.class, ConsistencyFixes.class, StyleFixes.class, SourceFixes.class);

	private final List<SelosteQuickfixSupport> concerns;

	@Inject
	SelosteQuickfixProvider(CompletenessFixes completeness, FinnishLawFixes finnishLaw, ConsistencyFixes consistency,
			StyleFixes style, SourceFixes source) {
		this.concerns = List.of(completeness, finnishLaw, consistency, style, source);
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		List<DiagnosticResolution> resolutions = new ArrayList<>();
		for (SelosteQuickfixSupport concern : concerns) {
			if (concern.handlesDiagnostic(diagnostic)) {
				resolutions.addAll(concern.getResolutions(options, diagnostic));
			}
		}
		return resolutions;
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return concerns.stream().anyMatch(concern -> concern.handlesDiagnostic(diagnostic));
	}

	/** The clock that says what "today" is, for every concern (fixed in tests). */
	public void setClock(Clock clock) {
		concerns.forEach(concern -> concern.setClock(clock));
	}

	/** Every fix method of every concern. */
	public static List<Method> fixMethods() {
		return CONCERNS.stream().flatMap(c -> SelosteQuickfixSupport.fixMethods(c).stream()).toList();
	}
}
