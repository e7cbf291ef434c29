package fi.seloste.ui.internal.builder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.ui.IStartup;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fi.seloste.ui.internal.WorkbenchClosing;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.texts.UiTexts;
import fi.seloste.ui.internal.validation.ProblemMarkers;
import fi.seloste.ui.internal.validation.SelosteFileValidator;
import fi.seloste.ui.internal.validation.SelosteProjectResources;

/**
 * Once the workbench window is open, checks the Seloste files again in the background. Their problem
 * markers are persistent, so the Problems view is full from the first moment; this check catches what
 * changed while Studio was closed (another editor, a {@code git pull}) and markers of unsaved text that
 * outlived a crash. It reads each project from disk first (a refresh, which also lets Build Automatically
 * generate what changed), then checks every source of each Seloste project, and the files of other
 * projects that carry Seloste markers, leaving files open in an editor to their editor.
 * <p>
 * A plain job at the lowest priority rather than a workspace job: it reads, and holds no scheduling rule
 * while it checks (a workspace job would hold the workspace lock and make saves wait); the markers are
 * written by {@link ProblemMarkers}' per-file jobs.
 */
public final class StartupCheck implements IStartup {

	/** Called by the workbench in a background thread after the window opened. */
	@Override
	public void earlyStartup() {
		schedule();
	}

	/** Schedules the check of every open project; returns its job. */
	public static Job schedule() {
		Job job = new Check();
		job.schedule();
		return job;
	}

	private static final class Check extends Job {

		Check() {
			super(UiTexts.text("startupCheck.job"));
			setPriority(DECORATE);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
			monitor.beginTask(getName(), projects.length);
			for (IProject project : projects) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				try {
					if (SelosteNature.isOn(project)) {
						checkSources(project, monitor);
					} else if (project.isOpen()) {
						checkMarked(project, monitor);
					}
				} catch (OperationCanceledError e) {
					return Status.CANCEL_STATUS; // Xtext's way of saying the monitor was cancelled
				} catch (CoreException | RuntimeException e) {
					if (project.isOpen()) { // else it was closed meanwhile: nothing to check
						ILog.of(getClass()).error("Cannot check " + project.getName() + " at start", e);
					}
				}
				monitor.worked(1);
			}
			monitor.done();
			return Status.OK_STATUS;
		}

		/** Every source of a Seloste project, in one resource set, as the builder reads them. */
		private static void checkSources(IProject project, IProgressMonitor monitor) throws CoreException {
			project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			Injector injector = SelosteInjector.get();
			IFolder folder = GenerationSettings.current(injector.getInstance(NoticeFormats.class)).folderIn(project)
					.orElse(null);
			IResourceValidator validator = injector.getInstance(IResourceValidator.class);
			for (Map.Entry<IFile, XtextResource> source : ProjectSources.load(injector, project, folder).entrySet()) {
				if (monitor.isCanceled()) {
					return;
				}
				if (!SelosteBuilder.isOpenInEditor(source.getKey())) {
					List<Issue> issues = validator.validate(source.getValue(), CheckMode.ALL, monitor::isCanceled);
					ProblemMarkers.replace(source.getKey(), issues, IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP);
				}
			}
		}

		/**
		 * Files of another project that carry Seloste markers (they were open in the editor once); its
		 * other .seloste files stay unmarked, as before (test fixtures in a Java project, say).
		 */
		private static void checkMarked(IProject project, IProgressMonitor monitor) throws CoreException {
			Set<IFile> marked = new LinkedHashSet<>();
			for (IMarker marker : project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
				if (marker.getResource() instanceof IFile file) {
					marked.add(file);
				}
			}
			if (marked.isEmpty()) {
				return;
			}
			SelosteFileValidator validator = new SelosteFileValidator(SelosteInjector.get());
			for (IFile file : marked) {
				if (monitor.isCanceled()) {
					return;
				}
				file.refreshLocal(IResource.DEPTH_ZERO, monitor);
				if (file.exists() && !SelosteBuilder.isOpenInEditor(file)) {
					List<Issue> issues = validator.validate(file, SelosteProjectResources.savedText(file),
							monitor::isCanceled);
					if (issues != null) {
						ProblemMarkers.replace(file, issues, IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP);
					}
				}
			}
		}

		@Override
		public boolean shouldRun() {
			return !WorkbenchClosing.now();
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ProblemMarkers.JOB_FAMILY;
		}
	}
}
