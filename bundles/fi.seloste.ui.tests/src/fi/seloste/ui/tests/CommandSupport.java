package fi.seloste.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;

/** Running workbench commands the way a key press or a menu does, in the active editor. */
final class CommandSupport {

	private CommandSupport() {
	}

	/** Activates the editor, then executes the command through the handler service. */
	static void execute(ITextEditor editor, String commandId) {
		EditorSupport.page().activate(editor);
		EditorSupport.processEvents();
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		try {
			handlers.executeCommand(commandId, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			fail("cannot execute " + commandId + ": " + e, e);
		}
		EditorSupport.processEvents();
	}

	/** Asserts that the key sequence (e.g. {@code M1+M2+F}) runs the command while the editor is active. */
	static void assertBound(ITextEditor editor, String commandId, String keys) throws ParseException {
		EditorSupport.page().activate(editor);
		EditorSupport.processEvents();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		TriggerSequence[] active = bindings.getActiveBindingsFor(commandId);
		assertTrue(Arrays.asList(active).contains(KeySequence.getInstance(keys)),
				keys + " should run " + commandId + "; bound: " + Arrays.toString(active));
	}
}
