package fi.seloste.ui.internal.navigation.search;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.handlers.HandlerUtil;

import fi.seloste.ui.internal.navigation.SelosteEditors;

/**
 * Find References (Ctrl+Shift+G, the editor's context menu): the Generic Editor's command, handled here
 * while a Seloste file is the active editor. The references fill the Search view.
 */
public final class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SelosteEditors.Target target = SelosteEditors.of(HandlerUtil.getActiveEditor(event));
		if (target != null) {
			String text = target.document().get();
			NewSearchUI.runQueryInBackground(new ReferencesQuery(target.file(), text, target.offset(), word(text, target.offset())));
		}
		return null;
	}

	/** The name at the caret, for the Search view's label until the query has found the declaration. */
	private static String word(String text, int offset) {
		int start = offset;
		while (start > 0 && isNamePart(text.charAt(start - 1))) {
			start--;
		}
		int end = offset;
		while (end < text.length() && isNamePart(text.charAt(end))) {
			end++;
		}
		return text.substring(start, end);
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.';
	}
}
