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
			Logger.getRootLogger().setLevel(Level.OFF);
			injector = new SelosteIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
