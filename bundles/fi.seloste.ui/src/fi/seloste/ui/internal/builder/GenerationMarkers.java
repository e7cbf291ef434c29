package fi.seloste.ui.internal.builder;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import fi.seloste.ui.internal.SelosteUiPlugin;

/**
 * Informational markers saying what the builder did not generate and why (errors in the file, a
 * requested language the notice does not declare), so the Problems view explains a missing output.
 */
public final class GenerationMarkers {

	/** The marker type declared in plugin.xml. */
	public static final String TYPE = SelosteUiPlugin.PLUGIN_ID + ".generation";

	private GenerationMarkers() {
	}

	static void replace(IFile file, List<String> notes) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (String note : notes) {
			// all attributes at once: a reader never sees a marker without its severity
			file.createMarker(TYPE,
					Map.of(IMarker.SEVERITY, IMarker.SEVERITY_INFO, IMarker.MESSAGE, note, IMarker.LINE_NUMBER, 1));
		}
	}

	static void remove(IFile file) throws CoreException {
		if (file.exists()) {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		}
	}
}
