package fi.seloste.ui.internal.navigation.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import fi.seloste.ui.internal.navigation.SelosteEditors;

/** Rename… (Refactor menu, the editor's context menu): the rename dialog for the declaration at the caret. */
public final class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SelosteEditors.Target target = SelosteEditors.of(HandlerUtil.getActiveEditor(event));
		if (target != null) {
			LinkedRename.exitActive();
			RenameRefactorings.openWizard(
					new RenameDeclarationRefactoring(target.file(), target.document().get(), target.offset()),
					HandlerUtil.getActiveShell(event));
		}
		return null;
	}
}
