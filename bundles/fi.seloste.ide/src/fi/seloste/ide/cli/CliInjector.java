package fi.seloste.ide.cli;

import java.util.Map;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;

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
			return createInjectorAndDoEMFRegistration();
		}
	}

	/**
	 * What {@code new SelosteIdeSetup().createInjectorAndDoEMFRegistration()} does, without the injector of
	 * Xtext's Terminals grammar that it creates first ({@code TerminalsStandaloneSetup.doSetup()}) and drops
	 * (its {@code register} is empty in Xtext 2.42): that injector was about half of the start-up's injector
	 * time (issue 15). The EMF registrations the Terminals setup makes are kept, as it makes them.
	 */
	private static Injector createInjectorAndDoEMFRegistration() {
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		if (!factories.containsKey("ecore")) {
			factories.put("ecore", new EcoreResourceFactoryImpl());
		}
		if (!factories.containsKey("xmi")) {
			factories.put("xmi", new XMIResourceFactoryImpl());
		}
		if (!factories.containsKey("xtextbin")) {
			factories.put("xtextbin", new BinaryGrammarResourceFactoryImpl());
		}
		if (!EPackage.Registry.INSTANCE.containsKey(XtextPackage.eNS_URI)) {
			EPackage.Registry.INSTANCE.put(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
		}
		SelosteIdeSetup setup = new SelosteIdeSetup();
		Injector injector = setup.createInjector();
		setup.register(injector);
		return injector;
	}
}
