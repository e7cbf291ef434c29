package fi.seloste.tests;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import fi.seloste.SelosteStandaloneSetup;
import fi.seloste.ide.SelosteIdeModule;

/** The language's injector with the IDE services (quick fixes), as a language server or the CLI has it. */
public class SelosteIdeInjectorProvider extends SelosteInjectorProvider {

	@Override
	protected Injector internalCreateInjector() {
		return new SelosteStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(createRuntimeModule(), new SelosteIdeModule()));
			}
		}.createInjectorAndDoEMFRegistration();
	}
}
