package fi.seloste.cli;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;

import com.google.inject.Injector;

import fi.seloste.SelosteStandaloneSetup;

/** The language's injector outside OSGi, created once, with library logging kept off the terminal. */
public final class CliInjector {

	private static Injector injector;

	private CliInjector() {
	}

	public static synchronized Injector get() {
		if (injector == null) {
			Logger.getRootLogger().setLevel(Level.OFF);
			injector = new SelosteStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
