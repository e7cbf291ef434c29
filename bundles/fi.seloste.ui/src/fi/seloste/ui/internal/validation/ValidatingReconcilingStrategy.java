package fi.seloste.ui.internal.validation;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.ide.editing.EditingSession;
import fi.seloste.ui.internal.SelosteInjector;

/**
 * Validates the editor's whole text on the reconciler's background thread (when the editor opens and
 * after each pause in typing) and hands the problems to {@link ProblemMarkers}, and the validated model
 * to the {@link ReconciledModels} listeners. Files outside the workspace get neither.
 */
final class ValidatingReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private volatile IDocument document;
	private volatile IFile file;
	private volatile IProgressMonitor monitor = new NullProgressMonitor();
	/** The checks of the document's file, one after another (see {@link EditingSession}). */
	private EditingSession session;
	private IFile sessionFile;

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
		this.file = workspaceFileOf(document);
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	private void validate() {
		IDocument currentDocument = document;
		IFile currentFile = file;
		if (currentDocument == null || currentFile == null) {
			return;
		}
		long stamp = currentDocument instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		long changesSeen = ReconciledModels.changeCount();
		String text = currentDocument.get();
		IProgressMonitor currentMonitor = monitor;
		try {
			CancelIndicator cancel = currentMonitor::isCanceled;
			EditingSession.Result result = session(currentFile).check(text, cancel);
			if (result != null && !cancel.isCanceled()) {
				ReconciledModels.fire(currentDocument, stamp, result.resource(), cancel);
			}
			// Cancelled: the text changed meanwhile, and the reconciler runs again.
			if (result != null && !currentMonitor.isCanceled()) {
				List<Issue> issues = result.issues();
				ReconciledModels.publish(currentDocument, new ReconciledModels.Reconciled(currentFile, stamp,
						changesSeen, text, result.resource(), List.copyOf(issues)));
				ProblemMarkers.replace(currentFile, issues, stamp);
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("Cannot validate " + currentFile.getFullPath(), e);
		}
	}

	/** The session of the file, kept across reconciles (a new one when the document's file is another). */
	private EditingSession session(IFile currentFile) {
		if (session == null || !currentFile.equals(sessionFile)) {
			session = new EditingSession(SelosteInjector.get(), EclipseProjectFiles.uri(currentFile),
					new EclipseProjectFiles(currentFile.getProject()));
			sessionFile = currentFile;
		}
		return session;
	}

	private static IFile workspaceFileOf(IDocument document) {
		if (document == null) {
			return null;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		return buffer == null || buffer.getLocation() == null ? null
				: FileBuffers.getWorkspaceFileAtLocation(buffer.getLocation());
	}
}
