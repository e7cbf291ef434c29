package fi.seloste.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server's build generates nothing: notices are written by {@link NoticeGeneration}, on save
 * or on request, as {@code seloste generate} writes them. Xtext's default asks first whether a file is
 * free of errors, which validates every file a second time on each change.
 */
public class NeverGenerateInBuild implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
