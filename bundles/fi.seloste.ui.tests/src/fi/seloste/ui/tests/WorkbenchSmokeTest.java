package fi.seloste.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Build smoke test: the workbench starts with the Seloste editor bundle installed. */
public class WorkbenchSmokeTest {

	@Test
	public void workbenchIsRunning() {
		assertTrue(PlatformUI.isWorkbenchRunning(), "the workbench is not running");
	}

	@Test
	public void selosteFilesOpenInTheGenericEditor() {
		IContentType type = Platform.getContentTypeManager().getContentType("fi.seloste.contentType");
		assertNotNull(type, "content type fi.seloste.contentType is not registered");
		assertTrue(type.isAssociatedWith("tietosuoja.seloste"), "*.seloste is not bound to the content type");
		IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry()
				.getDefaultEditor("tietosuoja.seloste", type);
		assertNotNull(editor, "no editor for *.seloste");
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getId());
	}
}
