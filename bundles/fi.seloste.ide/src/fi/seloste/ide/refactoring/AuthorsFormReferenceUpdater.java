package fi.seloste.ide.refactoring;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.serializer.hooks.IUpdatableReference;
import org.eclipse.xtext.ide.serializer.impl.ReferenceUpdater;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.inject.Inject;

/**
 * Rename keeps each reference in the form its author wrote it: {@code käytä Kuura.Yhteystiedot} becomes
 * {@code käytä Kuura.Yhteydet}, not the shortest name in scope ({@code Yhteydet}, valid through
 * {@code tuo Kuura.*} but no longer saying where the declaration comes from). When that form names
 * nothing after the rename, Xtext's choice stands. Used by the language server and Eclipse alike.
 */
public class AuthorsFormReferenceUpdater extends ReferenceUpdater {

	@Inject
	private IQualifiedNameConverter names;

	@Inject
	private IValueConverterService values;

	@Inject
	private LinkingHelper linking;

	@Override
	protected String findValidName(IUpdatableReference updatable, IScope scope) {
		QualifiedName written = names.toQualifiedName(updatable.getReferenceRegion().getText());
		String rule = linking.getRuleNameFrom(updatable.getCrossReference());
		for (IEObjectDescription candidate : scope.getElements(updatable.getTargetEObject())) {
			QualifiedName name = candidate.getName();
			boolean sameForm = name.getSegmentCount() == written.getSegmentCount()
					&& name.skipLast(1).equals(written.skipLast(1));
			if (sameForm) {
				try {
					return values.toString(names.toString(name), rule);
				} catch (ValueConverterException e) {
					// a name the grammar cannot write this way: try the next form
				}
			}
		}
		return super.findValidName(updatable, scope);
	}
}
