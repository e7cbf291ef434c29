package fi.seloste.ui.internal.preferences;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.PreferenceChangeEvent;

import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.builder.SelosteRebuild;
import fi.seloste.ui.internal.highlighting.TokenStyle;
import fi.seloste.ui.internal.validation.OpenEditorsRevalidator;
import fi.seloste.validation.SelosteMessages;

/**
 * Makes the preferences take effect: the message language is handed to the validator (as
 * {@code seloste check --lang} does), and any change rebuilds the Seloste projects, whose markers
 * and outputs depend on it.
 */
public final class PreferenceEffects implements IPreferenceChangeListener {

	/** Listens to the preferences and applies the message language, in the background. */
	public static PreferenceEffects start() {
		PreferenceEffects effects = new PreferenceEffects();
		SelostePreferences.instanceNode().addPreferenceChangeListener(effects);
		if (SelostePreferences.messageLanguage() != MessageLanguage.FILE) {
			// creating the injector is slow: not on the thread starting the bundle
			Job job = Job.create("Seloste message language", (IProgressMonitor monitor) -> {
				applyMessageLanguage();
				return Status.OK_STATUS;
			});
			job.setSystem(true);
			job.schedule();
		}
		return effects;
	}

	public void stop() {
		SelostePreferences.instanceNode().removePreferenceChangeListener(this);
	}

	@Override
	public void preferenceChange(PreferenceChangeEvent event) {
		if (event.getKey().startsWith(TokenStyle.KEY_PREFIX)) {
			return; // colouring: the editors are redrawn (ColouringPreferences), nothing is rebuilt
		}
		try {
			if (SelostePreferences.MESSAGE_LANGUAGE.equals(event.getKey())) {
				applyMessageLanguage();
				OpenEditorsRevalidator.revalidateAll();
			}
			SelosteRebuild.request();
		} catch (RuntimeException e) {
			ILog.of(getClass()).log(new Status(IStatus.ERROR, SelostePreferences.NODE, "Cannot apply a Seloste preference", e));
		}
	}

	static void applyMessageLanguage() {
		SelosteInjector.get().getInstance(SelosteMessages.class)
				.chooseLanguage(SelostePreferences.messageLanguage().keywordLanguage());
	}
}
