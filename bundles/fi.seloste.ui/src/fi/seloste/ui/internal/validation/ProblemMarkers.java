package fi.seloste.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.ui.internal.WorkbenchClosing;
import fi.seloste.ui.internal.SelosteUiPlugin;

/**
 * Writes a file's problems as {@value #TYPE} markers. Each file has one background job with the file
 * as its scheduling rule; it writes the most recent problems handed to it, so a slow write never lets
 * older problems overwrite newer ones, and nothing waits for the workspace on the caller's thread.
 */
public final class ProblemMarkers {

	/** The marker type declared in plugin.xml. */
	public static final String TYPE = SelosteUiPlugin.PLUGIN_ID + ".problem";

	/** Marker attribute holding the Xtext issue code. */
	public static final String CODE = "code";

	/**
	 * Session property of a file: the modification stamp of the document text its markers describe
	 * (a {@link Long}), or {@code -1} when they describe the text on disk.
	 */
	public static final QualifiedName VALIDATED_STAMP = new QualifiedName(SelosteUiPlugin.PLUGIN_ID, "validatedStamp");

	/** Job family of every background job of the Seloste editor. */
	public static final Object JOB_FAMILY = ProblemMarkers.class;

	private static final Map<IFile, Writer> WRITERS = new ConcurrentHashMap<>();

	private ProblemMarkers() {
	}

	/** Replaces the file's markers with these issues, soon, in the background. */
	public static void replace(IFile file, List<Issue> issues, long documentStamp) {
		WRITERS.computeIfAbsent(file, Writer::new).submit(new Problems(attributes(issues), documentStamp));
	}

	static List<Map<String, Object>> attributes(List<Issue> issues) {
		List<Map<String, Object>> markers = new ArrayList<>();
		for (Issue issue : issues) {
			Integer severity = severity(issue.getSeverity());
			if (severity == null) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.SEVERITY, severity);
			attributes.put(IMarker.MESSAGE, issue.getMessage());
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber());
			if (issue.getOffset() != null) {
				int length = issue.getLength() == null ? 0 : issue.getLength();
				attributes.put(IMarker.CHAR_START, issue.getOffset());
				attributes.put(IMarker.CHAR_END, issue.getOffset() + length);
			}
			if (issue.getCode() != null) {
				attributes.put(CODE, issue.getCode());
			}
			markers.add(attributes);
		}
		return markers;
	}

	private static Integer severity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
			case IGNORE -> null;
		};
	}

	private record Problems(List<Map<String, Object>> markers, long documentStamp) {
	}

	private static final class Writer extends WorkspaceJob {

		private final IFile file;
		private final AtomicReference<Problems> latest = new AtomicReference<>();

		Writer(IFile file) {
			super("Updating Seloste problems of " + file.getName());
			this.file = file;
			setRule(file);
			setSystem(true);
		}

		void submit(Problems problems) {
			latest.set(problems);
			// A running job is scheduled again once it finishes; a waiting one stays scheduled.
			schedule();
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			Problems problems = latest.getAndSet(null);
			if (problems == null) {
				return Status.OK_STATUS;
			}
			if (!file.exists()) {
				WRITERS.remove(file, this);
				return Status.OK_STATUS;
			}
			if (!same(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO), problems.markers())) {
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Map<String, Object> attributes : problems.markers()) {
					file.createMarker(TYPE, attributes);
				}
			}
			file.setSessionProperty(VALIDATED_STAMP, problems.documentStamp());
			return Status.OK_STATUS;
		}

		/** Unchanged problems are left alone, so the Problems view and the ruler do not flicker. */
		private static boolean same(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
			if (existing.length != wanted.size()) {
				return false;
			}
			HashSet<Map<String, Object>> present = new HashSet<>();
			for (IMarker marker : existing) {
				present.add(marker.getAttributes());
			}
			return present.equals(new HashSet<>(wanted));
		}

		@Override
		public boolean shouldRun() {
			return !WorkbenchClosing.now();
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
	}
}
