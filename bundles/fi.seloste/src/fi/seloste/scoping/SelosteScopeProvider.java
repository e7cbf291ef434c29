package fi.seloste.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.FilteringScope;

import com.google.inject.Inject;

import fi.seloste.seloste.SelostePackage;

/**
 * A notice sees only its own declarations and those of the organisations it imports ({@code tuo}) or
 * uses ({@code käytä}); an organisation sees its own and those of the organisations its file imports.
 * Without this a purpose could name another notice's or another organisation's data categories by
 * qualified name, and they would end up in the published notice. {@code käytä} itself may name the
 * notice's own declarations and any organisation's: that is how an organisation is brought in. The
 * default scope (names, qualified names, imports) is kept and only filtered, so content assist, which
 * asks the same scope, offers only what may be referred to.
 */
public class SelosteScopeProvider extends AbstractSelosteScopeProvider {

	@Inject
	private VisibleOwners visibleOwners;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope scope = super.getScope(context, reference);
		VisibleOwners.Owners owners = reference == SelostePackage.Literals.USE__ELEMENT
				? visibleOwners.forUse(context)
				: visibleOwners.forReference(context);
		return owners == null ? scope : new FilteringScope(scope, owners::contain);
	}
}
