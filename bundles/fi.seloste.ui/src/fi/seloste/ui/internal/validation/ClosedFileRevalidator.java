package fi.seloste.ui.internal.validation;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.ui.internal.SelosteInjector;

/**
 * When the last editor of a {@code .seloste} file closes, checks the file again as saved: markers
 * found while typing must not outlive unsaved text that was thrown away.
 */
public final class ClosedFileRevalidator implements IFileBufferListener {

	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		IPath location = buffer.getLocation();
		if (!(buffer instanceof ITextFileBuffer) || location == null
				|| !SelosteProjectResources.EXTENSION.equals(location.getFileExtension())) {
			return;
		}
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
			return;
		}
		IFile file = FileBuffers.getWorkspaceFileAtLocation(location);
		if (file != null && file.exists()) {
			new Revalidation(file).schedule();
		}
	}

	private static final class Revalidation extends Job {

		private final IFile file;

		Revalidation(IFile file) {
			super("Checking " + file.getName());
			this.file = file;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				List<Issue> issues = new SelosteFileValidator(SelosteInjector.get()).validate(file,
						SelosteProjectResources.savedText(file), CancelIndicator.NullImpl);
				ProblemMarkers.replace(file, issues, IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP);
			} catch (CoreException | RuntimeException e) {
				if (file.exists()) { // else it was deleted meanwhile: nothing to check
					ILog.of(getClass()).error("Cannot validate " + file.getFullPath(), e);
				}
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ProblemMarkers.JOB_FAMILY;
		}
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
	}

	@Override
	public void bufferContentReplaced(IFileBuffer buffer) {
	}

	@Override
	public void stateChanging(IFileBuffer buffer) {
	}

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
	}

	@Override
	public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
	}

	@Override
	public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
	}

	@Override
	public void underlyingFileDeleted(IFileBuffer buffer) {
	}

	@Override
	public void stateChangeFailed(IFileBuffer buffer) {
	}
}
