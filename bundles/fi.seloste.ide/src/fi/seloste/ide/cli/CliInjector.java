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

	private static volatile boolean debug;

	/** {@code --debug}: logged errors (with their stack traces) go to standard error. */
	static void debug(boolean on) {
		debug = on;
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
			// the command line's output is its report: Xtext's log (and a failed check's exception, see
			// SelosteValidator) reaches standard error only with --debug
			Logger.getRootLogger().setLevel(debug ? Level.ERROR : Level.OFF);
			if (debug && !Logger.getRootLogger().getAllAppenders().hasMoreElements()) {
				Logger.getRootLogger().addAppender(new org.apache.log4j.ConsoleAppender(
						new org.apache.log4j.PatternLayout("%p %c: %m%n"), org.apache.log4j.ConsoleAppender.SYSTEM_ERR));
			}
			return new SelosteIdeSetup().createInjectorAndDoEMFRegistration();
		}
	}
}
