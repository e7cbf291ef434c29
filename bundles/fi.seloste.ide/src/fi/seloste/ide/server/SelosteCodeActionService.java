package fi.seloste.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

import com.google.inject.Inject;

import fi.seloste.validation.FixKind;

/**
 * The quick fixes as code actions, split as {@code seloste check --fix} splits them: a fix of an
 * {@link FixKind#EDITORIAL editorial} check that is the only one offered is the preferred action
 * ({@link #EDITORIAL}: it changes how something is written, so an editor may apply it at once); every
 * other fix states a fact or a choice of law and is offered as {@link #SUBSTANTIVE}, never preferred.
 */
public class SelosteCodeActionService implements ICodeActionService2 {

	/** Kind of a fix that changes only the form: the kind {@code --fix} applies. */
	public static final String EDITORIAL = CodeActionKind.QuickFix + ".seloste.editorial";

	/** Kind of a fix that states a fact, a basis or a citation: for the author to choose. */
	public static final String SUBSTANTIVE = CodeActionKind.QuickFix + ".seloste.substantive";

	@Inject
	private IQuickFixProvider quickfixes;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<String> only = options.getCodeActionParams().getContext().getOnly();
		List<Either<Command, CodeAction>> result = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			if (!quickfixes.handlesDiagnostic(diagnostic)) {
				continue;
			}
			result.addAll(options.getLanguageServerAccess().doSyncRead(options.getURI(),
					(ILanguageServerAccess.Context context) -> {
						options.setDocument(context.getDocument());
						options.setResource(context.getResource());
						return actions(options, diagnostic, only);
					}));
		}
		return result;
	}

	private List<Either<Command, CodeAction>> actions(Options options, Diagnostic diagnostic, List<String> only) {
		// in the provider's order, as Eclipse shows them: a fix offering several names puts the likeliest first
		List<DiagnosticResolution> resolutions = new ArrayList<>(quickfixes.getResolutions(options, diagnostic));
		String code = diagnostic.getCode() != null && diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : null;
		boolean editorial = code != null && FixKind.of(code) == FixKind.EDITORIAL;
		String kind = editorial ? EDITORIAL : SUBSTANTIVE;
		if (!requested(kind, only)) {
			return List.of();
		}
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (DiagnosticResolution resolution : resolutions) {
			CodeAction action = new CodeAction(resolution.getLabel());
			action.setKind(kind);
			action.setDiagnostics(List.of(diagnostic));
			action.setEdit(resolution.apply());
			// one safe choice: the same rule by which check --fix applies a fix
			action.setIsPreferred(editorial && resolutions.size() == 1);
			actions.add(Either.forRight(action));
		}
		return actions;
	}

	/** Whether the client asked for this kind: no filter, or a filter naming it or a kind above it. */
	private static boolean requested(String kind, List<String> only) {
		return only == null || only.isEmpty() || only.stream().anyMatch(wanted -> kind.equals(wanted) || kind.startsWith(wanted + "."));
	}
}
