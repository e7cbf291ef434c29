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

	/** Replaces the file's markers: the notes as infos, the warnings (what keeps it from being generated). */
	static void replace(IFile file, List<String> notes, List<String> warnings) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (String warning : warnings) {
			create(file, IMarker.SEVERITY_WARNING, warning);
		}
		for (String note : notes) {
			create(file, IMarker.SEVERITY_INFO, note);
		}
	}

	private static void create(IFile file, int severity, String message) throws CoreException {
		// all attributes at once: a reader never sees a marker without its severity
		file.createMarker(TYPE, Map.of(IMarker.SEVERITY, severity, IMarker.MESSAGE, message, IMarker.LINE_NUMBER, 1));
	}

	static void remove(IFile file) throws CoreException {
		if (file.exists()) {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		}
	}
}
