package fi.seloste.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.ui.internal.SelosteInjector;

/**
 * Checks the text of open editors again when another {@code .seloste} file of their project is
 * saved, added or deleted (an organisation file their references lead into, say), and on request
 * (the message language changed). The editor's reconciler only runs when its own text changes.
 */
public final class OpenEditorsRevalidator implements IResourceChangeListener {

	/** The check of each file ever revalidated (a job and a file handle each; editors of a session). */
	private static final Map<IFile, Revalidation> JOBS = new ConcurrentHashMap<>();

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		Set<IProject> projects = new HashSet<>();
		Set<IFile> changed = new HashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource.getType() == IResource.FILE
						&& SelosteProjectResources.EXTENSION.equals(resource.getFileExtension())
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					projects.add(resource.getProject());
					changed.add((IFile) resource);
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(getClass()).error("Cannot read a workspace change", e);
			return;
		}
		// before anything is checked again: the latest models of the project's editors are stale now
		ReconciledModels.filesChanged(changed);
		List<IFile> open = openFiles().stream()
				.filter(file -> projects.contains(file.getProject()) && !changed.contains(file)).toList();
		revalidate(open);
	}

	/** Checks every open {@code .seloste} editor again. */
	public static void revalidateAll() {
		revalidate(openFiles());
	}

	/**
	 * One job per file, scheduled again for every request: a request while it runs makes it run once
	 * more afterwards, so the runs of a file never overlap and the last one, which has read the files
	 * as they are now, writes the markers last.
	 */
	private static void revalidate(List<IFile> files) {
		for (IFile file : files) {
			JOBS.computeIfAbsent(file, Revalidation::new).schedule();
		}
	}

	private static List<IFile> openFiles() {
		List<IFile> files = new ArrayList<>();
		for (IFileBuffer buffer : FileBuffers.getTextFileBufferManager().getFileBuffers()) {
			if (buffer instanceof ITextFileBuffer && buffer.getLocation() != null
					&& SelosteProjectResources.EXTENSION.equals(buffer.getLocation().getFileExtension())) {
				IFile file = FileBuffers.getWorkspaceFileAtLocation(buffer.getLocation());
				if (file != null && file.exists()) {
					files.add(file);
				}
			}
		}
		return files;
	}

	private static final class Revalidation extends Job {

		private final IFile file;

		Revalidation(IFile file) {
			super("Checking the open Seloste editor of " + file.getName());
			this.file = file;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
					org.eclipse.core.filebuffers.LocationKind.IFILE);
			if (buffer == null || monitor.isCanceled()) {
				return Status.OK_STATUS; // closed meanwhile: the closed-file check takes over
			}
			IDocument document = buffer.getDocument();
			long stamp = document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
					: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
			long changesSeen = ReconciledModels.changeCount();
			String text = document.get();
			try {
				XtextResource[] validated = new XtextResource[1];
				List<Issue> issues = new SelosteFileValidator(SelosteInjector.get()).validate(file, text,
						monitor::isCanceled, resource -> validated[0] = resource);
				// Typed meanwhile: the reconciler checks the newer text itself.
				if (issues != null && stamp == ((IDocumentExtension4) document).getModificationStamp()) {
					if (validated[0] != null) {
						// the features drawn from the model (reference colouring, folding, outline) follow
						// the other files' change too, as after a reconcile (issue 13, B10)
						ReconciledModels.fire(document, stamp, validated[0], monitor::isCanceled);
						// the editor's latest model, linked to the other files as they are now
						ReconciledModels.publish(document, new ReconciledModels.Reconciled(file, stamp, changesSeen,
								text, validated[0], List.copyOf(issues)));
					}
					ProblemMarkers.replace(file, issues, stamp);
				}
			} catch (CoreException | RuntimeException e) {
				ILog.of(getClass()).error("Cannot validate " + file.getFullPath(), e);
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ProblemMarkers.JOB_FAMILY;
		}
	}
}
