package fi.seloste.ui.tests;

import org.junit.jupiter.api.AfterEach;

/**
 * Base of the editor tests that work in a test project: after each test, every editor is closed
 * (unsaved changes dropped) and the project is deleted, so that tests cannot see each other's files.
 * Subclasses set {@link #project}; their own {@code @AfterEach} methods run first.
 */
abstract class WorkbenchTestCase {

	protected TestProject project;

	@AfterEach
	public void closeEditorsAndDeleteProject() throws Exception {
		EditorSupport.page().closeAllEditors(false);
		if (project != null) {
			project.close();
			project = null;
		}
	}
}
