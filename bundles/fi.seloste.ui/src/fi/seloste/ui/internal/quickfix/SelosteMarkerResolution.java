package fi.seloste.ui.internal.quickfix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.ui.internal.SelosteUiPlugin;
import fi.seloste.ui.internal.quickfix.SelosteFixes.Checked;
import fi.seloste.ui.internal.quickfix.SelosteFixes.Fix;

/**
 * One quick fix of a marker, by its label. Running it checks the file's current text (the editor's
 * latest reconcile while it is current, else validated again) and applies the fix of that label to the problem the marker stands for, so that a marker a little behind
 * the text is still fixed in the right place.
 */
final class SelosteMarkerResolution implements IMarkerResolution2 {

	private final String label;
	private final String problem;
	private final SelosteFixes fixes;

	SelosteMarkerResolution(String label, String problem, SelosteFixes fixes) {
		this.label = label;
		this.problem = problem;
		this.fixes = fixes;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getDescription() {
		return problem;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return;
		}
		try {
			Checked checked = fixes.checkCurrent(file);
			Issue issue = MarkerIssues.find(marker, checked.issues());
			Fix fix = issue == null ? null
					: checked.fixes(issue).stream().filter(f -> f.label().equals(label)).findFirst().orElse(null);
			if (fix == null) {
				report(Status.warning(Messages.format("problemGone")));
				return;
			}
			FixApplier.apply(fix, file, fixes);
		} catch (CoreException e) {
			report(e.getStatus());
		}
	}

	static void report(IStatus status) {
		IStatus withPlugin = new Status(status.getSeverity(), SelosteUiPlugin.PLUGIN_ID, status.getMessage(),
				status.getException());
		StatusManager.getManager().handle(withPlugin, StatusManager.LOG | StatusManager.SHOW);
	}
}
