package fi.seloste.ui.internal.tasks;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IResourceProxyVisitor;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;

import fi.seloste.ui.internal.WorkbenchClosing;
import fi.seloste.ide.tasks.TaskFinder;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.validation.ProblemMarkers;
import fi.seloste.ui.internal.validation.SelosteProjectResources;

/**
 * Keeps the task markers ({@link TaskMarkers}) up to date: a {@code .seloste} file added or saved is
 * read again in the background, in every project (with or without the Seloste builder), as Eclipse's
 * Java tasks follow the saved file. At start, every file of the workspace is read once, for changes
 * made while Eclipse was closed.
 */
public final class TaskTagUpdater implements IResourceChangeListener {

	private final Set<IFile> pending = ConcurrentHashMap.newKeySet();

	/** Set by {@link #stop()}: nothing is scheduled after it (a late scan or resource event). */
	private volatile boolean stopped;

	/** The first walk over the workspace; kept to cancel it on stop. */
	private Job scan;

	private final Job job = new Job("Seloste task tags") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			TaskFinder finder = SelosteInjector.get().getInstance(TaskFinder.class);
			for (IFile file : Set.copyOf(pending)) {
				pending.remove(file);
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				try {
					TaskMarkers.update(file, finder, monitor);
				} catch (CoreException e) {
					if (file.exists()) {
						ILog.of(TaskTagUpdater.class).log(e.getStatus());
					}
				}
			}
			if (!pending.isEmpty()) {
				scheduleUnlessStopped();
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean shouldRun() {
			return !WorkbenchClosing.now();
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ProblemMarkers.JOB_FAMILY;
		}
	};

	/** Starts listening, and reads every file of the workspace once in the background. */
	public static TaskTagUpdater start() {
		TaskTagUpdater updater = new TaskTagUpdater();
		updater.job.setSystem(true);
		updater.job.setPriority(Job.DECORATE);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(updater, IResourceChangeEvent.POST_CHANGE);
		// the walk over the workspace in the background too: the plugin may start on the UI thread of a
		// starting workbench (a restored editor)
		updater.scan = Job.create("Seloste task tags", monitor -> {
			if (updater.stopped) {
				return;
			}
			ResourcesPlugin.getWorkspace().getRoot().accept((IResourceProxyVisitor) proxy -> {
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith("." + SelosteProjectResources.EXTENSION)) {
					updater.pending.add((IFile) proxy.requestResource());
				}
				return true;
			}, IResource.NONE);
			updater.scheduleUnlessStopped();
		});
		updater.scan.setSystem(true);
		updater.scan.setPriority(Job.DECORATE);
		updater.scan.schedule();
		return updater;
	}

	public void stop() {
		stopped = true;
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		if (scan != null) {
			scan.cancel();
		}
		job.cancel();
		pending.clear();
	}

	/** For tests: follows the update job (not the scan). */
	public void addJobChangeListener(IJobChangeListener listener) {
		job.addJobChangeListener(listener);
	}

	/** For tests: waits until the first walk over the workspace has ended (or was cancelled). */
	public void joinScan() throws InterruptedException {
		scan.join();
	}

	private void scheduleUnlessStopped() {
		if (!stopped) {
			job.schedule();
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (stopped || event.getDelta() == null) {
			return;
		}
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource.getType() == IResource.FILE
						&& SelosteProjectResources.EXTENSION.equals(resource.getFileExtension())
						&& (delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.CHANGED
								&& (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					pending.add((IFile) resource);
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(TaskTagUpdater.class).log(e.getStatus());
		}
		if (!pending.isEmpty()) {
			scheduleUnlessStopped();
		}
	}
}
