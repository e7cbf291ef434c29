package fi.seloste.ide.refactoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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
 * {@code tuo Kuura.*} but no longer saying where the declaration comes from); when the organisation is
 * renamed, {@code Kuura.Yhteystiedot} becomes {@code Kuura2.Yhteystiedot}. When no name of that form
 * is in scope, Xtext's choice stands. Used by the language server and Eclipse alike.
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
		List<IEObjectDescription> candidates = new ArrayList<>();
		scope.getElements(updatable.getTargetEObject()).forEach(candidates::add);
		// the qualifier as written (the declaration renamed), else as many segments (the organisation renamed)
		String sameQualifier = firstWritable(candidates, rule,
				name -> name.getSegmentCount() == written.getSegmentCount() && name.skipLast(1).equals(written.skipLast(1)));
		if (sameQualifier != null) {
			return sameQualifier;
		}
		String sameLength = firstWritable(candidates, rule, name -> name.getSegmentCount() == written.getSegmentCount());
		return sameLength != null ? sameLength : super.findValidName(updatable, scope);
	}

	private String firstWritable(List<IEObjectDescription> candidates, String rule, Predicate<QualifiedName> form) {
		for (IEObjectDescription candidate : candidates) {
			if (form.test(candidate.getName())) {
				try {
					return values.toString(names.toString(candidate.getName()), rule);
				} catch (ValueConverterException e) {
					// a name the grammar cannot write this way: try the next
				}
			}
		}
		return null;
	}
}
