package fi.seloste.ide.cli;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;

import com.google.inject.Injector;

import fi.seloste.ide.SelosteIdeSetup;

/**
 * The language's injector outside OSGi (runtime and IDE services, for the quick fixes), created
 * once, with library logging kept off the terminal.
 */
public final class CliInjector {

	private static Injector injector;

	private CliInjector() {
	}

	public static synchronized Injector get() {
		if (injector == null) {
			injector = create();
		}
		return injector;
	}

	/**
	 * A new injector of its own, for a caller that runs several checks in one JVM with their own settings
	 * (the Maven plugin: {@code SelosteMessages} is a singleton per injector, so its chosen message language
	 * belongs to one execution). Serialised because it registers the EMF packages globally.
	 */
	public static Injector create() {
		synchronized (CliInjector.class) {
			Logger.getRootLogger().setLevel(Level.OFF);
			return new SelosteIdeSetup().createInjectorAndDoEMFRegistration();
		}
	}
}
