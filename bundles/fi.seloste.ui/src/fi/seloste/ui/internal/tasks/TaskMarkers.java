package fi.seloste.ui.internal.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;

import fi.seloste.ide.tasks.Task;
import fi.seloste.ide.tasks.TaskFinder;
import fi.seloste.ui.internal.SelosteUiPlugin;
import fi.seloste.ui.internal.validation.SelosteProjectResources;

/**
 * Writes the task tags of a file ({@link TaskFinder}: {@code // TODO …}, {@code FIXME}, {@code XXX})
 * as {@value #TYPE} markers, a kind of Eclipse task, so they show in the Tasks view: FIXME with high
 * priority, the others normal. The markers are persistent: they describe the saved file, which is
 * read again whenever it changes ({@link TaskTagUpdater}).
 */
public final class TaskMarkers {

	/** The marker type declared in plugin.xml (a subtype of {@link IMarker#TASK}). */
	public static final String TYPE = SelosteUiPlugin.PLUGIN_ID + ".task";

	private TaskMarkers() {
	}

	/** Replaces the file's task markers with the tasks of its saved text. */
	public static void update(IFile file, TaskFinder finder, IProgressMonitor monitor) throws CoreException {
		if (!file.exists()) {
			return;
		}
		List<Task> tasks = finder.find(SelosteProjectResources.savedText(file));
		ResourcesPlugin.getWorkspace().run((ICoreRunnable) progress -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Task task : tasks) {
				file.createMarker(TYPE, attributes(task));
			}
		}, null, IWorkspace.AVOID_UPDATE, monitor);
	}

	private static Map<String, Object> attributes(Task task) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, task.description());
		attributes.put(IMarker.PRIORITY, switch (task.priority()) {
			case HIGH -> IMarker.PRIORITY_HIGH;
			case NORMAL -> IMarker.PRIORITY_NORMAL;
			case LOW -> IMarker.PRIORITY_LOW;
		});
		attributes.put(IMarker.LINE_NUMBER, task.line());
		attributes.put(IMarker.CHAR_START, task.offset());
		attributes.put(IMarker.CHAR_END, task.offset() + task.length());
		attributes.put(IMarker.USER_EDITABLE, Boolean.FALSE);
		return attributes;
	}
}
