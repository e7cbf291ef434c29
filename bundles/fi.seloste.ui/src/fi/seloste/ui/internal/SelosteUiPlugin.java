package fi.seloste.ui.internal;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import fi.seloste.ui.internal.outline.OutlineModels;
import fi.seloste.ui.internal.preferences.PreferenceEffects;
import fi.seloste.ui.internal.tasks.TaskTagUpdater;
import fi.seloste.ui.internal.highlighting.ColouringPreferences;
import fi.seloste.ui.internal.validation.ClosedFileRevalidator;
import fi.seloste.ui.internal.validation.OpenEditorsRevalidator;
import fi.seloste.ui.internal.validation.ReconciledModels;

/** Bundle activator of the Seloste editor. */
public class SelosteUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "fi.seloste.ui";

	/** Content type of {@code *.seloste} files, declared in plugin.xml. */
	public static final String CONTENT_TYPE_ID = "fi.seloste.contentType";

	private static SelosteUiPlugin instance;

	private ClosedFileRevalidator closedFileRevalidator;

	// generation, preferences, re-validation of open editors (issue 5, builder)
	private OpenEditorsRevalidator openEditorsRevalidator;
	private PreferenceEffects preferenceEffects;

	// task tags in comments become tasks (issue 13)
	private TaskTagUpdater taskTagUpdater;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		SelosteInjector.warmUp(); // in the background: the first editor and Ctrl+1 need not wait on the UI thread
		closedFileRevalidator = new ClosedFileRevalidator();
		FileBuffers.getTextFileBufferManager().addFileBufferListener(closedFileRevalidator);
		// from the start: an Outline view opened later shows the last reconcile at once
		ReconciledModels.addListener(OutlineModels.INSTANCE);
		openEditorsRevalidator = new OpenEditorsRevalidator();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(openEditorsRevalidator,
				IResourceChangeEvent.POST_CHANGE);
		preferenceEffects = PreferenceEffects.start();
		taskTagUpdater = TaskTagUpdater.start();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		taskTagUpdater.stop();
		ReconciledModels.removeListener(OutlineModels.INSTANCE);
		preferenceEffects.stop();
		ColouringPreferences.stopListening();
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(openEditorsRevalidator);
		FileBuffers.getTextFileBufferManager().removeFileBufferListener(closedFileRevalidator);
		closedFileRevalidator = null;
		instance = null;
		super.stop(context);
	}

	/** The running plug-in, or {@code null} when it is not started. */
	public static SelosteUiPlugin getDefault() {
		return instance;
	}
}
