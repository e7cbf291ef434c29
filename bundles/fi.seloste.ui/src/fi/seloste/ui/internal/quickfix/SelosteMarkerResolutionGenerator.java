package fi.seloste.ui.internal.quickfix;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.quickfix.SelosteFixes.Checked;
import fi.seloste.ui.internal.validation.ProblemMarkers;

/**
 * Quick Fix for Seloste problem markers (Problems view, and Ctrl+1 on a marker in the Generic Editor,
 * whose built-in marker processor asks this registry). Declared in plugin.xml for
 * {@value ProblemMarkers#TYPE}.
 */
public class SelosteMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	/** Created on first use: the Problems view creates this generator on the UI thread. */
	private SelosteFixes fixes;

	@Override
	public boolean hasResolutions(IMarker marker) {
		// asked for every marker the Problems view shows: decided by the code alone, no validation
		if (!(marker.getResource() instanceof IFile) || marker.getAttribute(ProblemMarkers.CODE, null) == null) {
			return false;
		}
		// while the language is still being set up in the background, do not wait for it on the UI thread:
		// Quick Fix then asks getResolutions, which has the real answer
		return !SelosteInjector.isReady() || fixes().hasFixes(marker.getAttribute(ProblemMarkers.CODE, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !file.exists()) {
			return new IMarkerResolution[0];
		}
		try {
			Checked checked = fixes().checkCurrent(file);
			Issue issue = MarkerIssues.find(marker, checked.issues());
			if (issue == null) {
				return new IMarkerResolution[0];
			}
			List<IMarkerResolution> resolutions = checked.fixes(issue).stream()
					.<IMarkerResolution>map(fix -> new SelosteMarkerResolution(fix.label(), issue.getMessage(), fixes()))
					.toList();
			return resolutions.toArray(IMarkerResolution[]::new);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("Cannot compute the quick fixes of " + file.getFullPath(), e);
			return new IMarkerResolution[0];
		}
	}

	private synchronized SelosteFixes fixes() {
		if (fixes == null) {
			fixes = new SelosteFixes();
		}
		return fixes;
	}
}
