package fi.seloste.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

/** Xtext's server module with the Seloste language server in place of the generic one. */
public class SelosteServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(LanguageServerImpl.class).to(SelosteLanguageServer.class);
	}
}
