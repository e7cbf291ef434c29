package fi.seloste.studio.internal.start;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Started early (start level 4, see seloste-studio.product), before the workbench: shows the start's
 * progress on the splash screen the start script asked the JVM for, and gives Xtext's log4j a
 * destination (the Eclipse log) so that nothing is printed on the console.
 */
public class StudioActivator implements BundleActivator {

	private StartupSplash splash;

	@Override
	public void start(BundleContext context) {
		LogBridge.install();
		splash = StartupSplash.begin(context);
	}

	@Override
	public void stop(BundleContext context) {
		if (splash != null) {
			splash.close();
		}
	}
}
