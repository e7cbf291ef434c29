package fi.seloste.ide.server;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

/**
 * The names of the outline (document symbols): a declaration's own name, as written, since the outline
 * nests it under its notice and register already; workspace symbols keep the qualified name
 * ({@code Kuura.Hosting}), which tells declarations of several files apart.
 */
public class OutlineNames extends DocumentSymbolNameProvider {

	@Inject
	private IQualifiedNameProvider names;

	@Override
	public String getName(EObject object) {
		QualifiedName name = object == null ? null : names.getFullyQualifiedName(object);
		return name == null ? null : name.getLastSegment();
	}
}
