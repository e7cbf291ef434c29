package fi.seloste.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.seloste.SelostePackage;

/**
 * What every concern's validator shares: it reports a {@link SelosteCheck} with its code, severity,
 * localised message and the data its quick fix needs. Composed into {@link SelosteValidator}.
 */
public abstract class SelosteCheckBase extends AbstractDeclarativeValidator {

	@Inject
	protected SelosteMessages messages;

	@Override
	protected java.util.List<EPackage> getEPackages() {
		return java.util.List.of(SelostePackage.eINSTANCE);
	}

	/** Composed validators are called by the main validator, never registered on their own. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	protected void report(SelosteCheck check, EObject object, EStructuralFeature feature, Object... arguments) {
		report(check, object, feature, new String[0], arguments);
	}

	/**
	 * Reports with quick-fix data and no message arguments. Without this overload a lone {@code String[]}
	 * would bind to the {@code Object...} arguments of the method above and the data would be lost.
	 */
	protected void report(SelosteCheck check, EObject object, EStructuralFeature feature, String[] data) {
		report(check, object, feature, INSIGNIFICANT_INDEX, data, new Object[0]);
	}

	protected void report(SelosteCheck check, EObject object, EStructuralFeature feature, String[] data,
			Object... arguments) {
		report(check, object, feature, INSIGNIFICANT_INDEX, data, arguments);
	}

	protected void report(SelosteCheck check, EObject object, EStructuralFeature feature, int index, String[] data,
			Object... arguments) {
		if (BrokenSource.hides(check, object)) {
			return;
		}
		Object[] shown = arguments.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] == null) {
				// a name lost to a syntax error; checks pass nameOf(element), this is the last resort
				shown[i] = messages.unnamed("", language(object));
			}
		}
		String message = messages.message(check, language(object), shown);
		switch (check.severity()) {
			case ERROR -> error(message, object, feature, index, check.code(), data);
			case WARNING -> warning(message, object, feature, index, check.code(), data);
			default -> info(message, object, feature, index, check.code(), data);
		}
	}

	/**
	 * The element's name as the user wrote it, or what the element is when it has none (a syntax
	 * error can leave a declaration without its name): "rekisterinpitäjä (nimetön)", never "null".
	 */
	protected String nameOf(EObject element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		Object name = feature == null ? null : element.eGet(feature);
		return name instanceof String written && !written.isBlank() ? written
				: messages.unnamed(element.eClass().getName(), language(element));
	}

	/** The language of the messages about this element. */
	protected KeywordLanguage language(EObject object) {
		return messages.languageFor(object.eResource());
	}

	/** The source text of a feature as the author wrote it (keywords stay in the file's language). */
	protected static String written(EObject object, EStructuralFeature feature) {
		return org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(object, feature).stream()
				.map(org.eclipse.xtext.nodemodel.util.NodeModelUtils::getTokenText)
				.collect(java.util.stream.Collectors.joining(" "));
	}

	/** What the notice holding the element means (see {@link ResolvedNotice}); empty outside a notice. */
	protected static java.util.Optional<ResolvedNotice> resolved(EObject element) {
		fi.seloste.seloste.Notice notice = fi.seloste.model.Selostes.noticeOf(element);
		return notice == null ? java.util.Optional.empty() : java.util.Optional.of(ResolvedNotice.of(notice));
	}

	/**
	 * A fact about an element computed once per validation run and shared by the checks of the elements
	 * below it (e.g. which data categories a notice's purposes use): asked per element, it would make a
	 * check quadratic in the size of the notice. {@code compute} must not itself ask this cache.
	 */
	@SuppressWarnings("unchecked")
	protected <T> T perRun(String fact, EObject owner, java.util.function.Supplier<T> compute) {
		java.util.Map<Object, Object> context = getContext();
		if (context == null) {
			return compute.get();
		}
		Object key = org.eclipse.xtext.util.Tuples.pair(fact, owner);
		Object value = context.get(key);
		if (value == null) {
			value = compute.get();
			context.put(key, value);
		}
		return (T) value;
	}

	/** The resolved purpose of a purpose in a notice. */
	protected static java.util.Optional<ResolvedPurpose> resolved(fi.seloste.seloste.Purpose purpose) {
		return resolved((EObject) purpose).flatMap(n -> n.purpose(purpose));
	}

	protected static String[] data(String... values) {
		return values;
	}
}
