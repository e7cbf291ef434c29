package fi.seloste.ui.internal;

import com.google.inject.Injector;

import fi.seloste.ide.SelosteIdeSetup;

/**
 * The language's one injector in this bundle (runtime and IDE modules), created on first use.
 * Creating it also registers the Seloste EMF package and resource factory, as the command line does:
 * the runtime bundle contributes no EMF extensions of its own.
 */
public final class SelosteInjector {

	private static volatile Injector injector;

	private SelosteInjector() {
	}

	public static Injector get() {
		Injector result = injector;
		if (result == null) {
			synchronized (SelosteInjector.class) {
				result = injector;
				if (result == null) {
					result = new SelosteIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}
}
