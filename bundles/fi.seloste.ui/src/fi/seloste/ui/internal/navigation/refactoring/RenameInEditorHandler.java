package fi.seloste.ui.internal.navigation.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import fi.seloste.ui.internal.navigation.NavigationMessages;
import fi.seloste.ui.internal.navigation.SelosteEditors;

/**
 * Alt+Shift+R: rename in the editor (linked editing of the name and its references in the file, Enter
 * renames across files); pressed again during it, the Rename dialog with its preview.
 */
public final class RenameInEditorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SelosteEditors.Target target = SelosteEditors.of(HandlerUtil.getActiveEditor(event));
		if (target == null) {
			return null;
		}
		if (LinkedRename.isActive(target.document())) {
			LinkedRename.exitActive();
			SelosteEditors.Target restored = SelosteEditors.of(target.editor());
			RenameRefactorings.openWizard(new RenameDeclarationRefactoring(restored.file(),
					restored.document().get(), restored.offset()), HandlerUtil.getActiveShell(event));
			return null;
		}
		String problem = LinkedRename.start(target.editor(), target.file(), target.document(), target.offset());
		target.editor().getEditorSite().getActionBars().getStatusLineManager()
				.setErrorMessage(problem == null ? null : NavigationMessages.format(problem));
		return null;
	}
}
