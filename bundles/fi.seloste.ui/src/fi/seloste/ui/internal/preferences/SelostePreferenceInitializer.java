package fi.seloste.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Contributed in plugin.xml: the defaults of {@link SelostePreferences}. */
public class SelostePreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		SelostePreferences.initializeDefaults();
	}
}
