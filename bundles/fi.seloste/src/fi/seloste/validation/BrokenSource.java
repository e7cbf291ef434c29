package fi.seloste.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Organisation;
import fi.seloste.seloste.SelosteFile;

/**
 * The findings a broken source would make up. A file that does not parse has lost what the parser
 * skipped, so a check that reports something missing would report an artefact of the syntax error:
 * such findings wait until the file parses, and the syntax error is the one thing to fix first. A
 * reference that names nothing is no reference, so the element holding it (a purpose whose data
 * is misspelt) is not reported for what the reference would have given it; and nothing is reported
 * as unused while a reference in the files that may bear on it is broken (any file for an organisation's
 * declaration; for a notice's, the notice's own file and the files it refers into). Checks that report what is there (a wrong
 * business ID, a repealed law) run as always.
 */
final class BrokenSource {

	/** Checks whose finding rests on something not being stated, used or referred to. */
	private static final Set<SelosteCheck> ABSENCE = EnumSet.of(
			SelosteCheck.PERSONAL_ID_WITHOUT_GROUND, SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT,
			SelosteCheck.NO_TRANSFERS_CONTRADICTED, SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER,
			SelosteCheck.UNUSED_DATA_CATEGORY, SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT,
			SelosteCheck.COOKIE_TYPE_MISSING, SelosteCheck.COOKIE_PROVIDER_MISSING,
			SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT, SelosteCheck.COOKIE_LIFETIME_MISSING,
			SelosteCheck.PROFILING_WITHOUT_STATEMENT, SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER,
			SelosteCheck.TEXT_VARIANT_MISSING, SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED,
			SelosteCheck.UNUSED_ORGANISATION_ELEMENT, SelosteCheck.EMPTY_FILE);

	/** Checks whose finding rests on nothing referring to an element: a broken reference may be the one. */
	private static final Set<SelosteCheck> UNREFERENCED = EnumSet.of(SelosteCheck.UNUSED_DATA_CATEGORY,
			SelosteCheck.UNUSED_ORGANISATION_ELEMENT, SelosteCheck.PERSONAL_ID_WITHOUT_GROUND,
			SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER, SelosteCheck.NO_TRANSFERS_CONTRADICTED,
			SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT);

	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();

	private BrokenSource() {
	}

	/** Whether a finding of the check about the element could be an artefact of a broken source. */
	static boolean hides(SelosteCheck check, EObject reported) {
		if (!isAbsence(check) || !(reported.eResource() instanceof XtextResource resource)) {
			return false;
		}
		if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
			return true;
		}
		if (UNREFERENCED.contains(check)) {
			List<Resource> resources = resource.getResourceSet() == null ? List.of(resource)
					: resource.getResourceSet().getResources();
			// only files that may bear on the element count: for a notice's, its own file and the files it refers
			// into (no file refers into another file's notice), whichever others happen to be loaded
			if (EcoreUtil2.getContainerOfType(reported, Notice.class) != null) {
				Set<Resource> reached = CACHE.get(BrokenSource.class, resource, () -> referredInto(resource));
				return holdsBrokenReference(resource) || reached.stream().anyMatch(BrokenSource::holdsBrokenReference);
			}
			return resources.stream().anyMatch(BrokenSource::holdsBrokenReference) || ReleasedFiles.anyBrokenReference(resource);
		}
		for (EObject holder : brokenReferenceHolders(resource)) {
			// the holder and what contains it, short of the notice or organisation as a whole
			if (reported == holder || EcoreUtil.isAncestor(reported, holder) && !(reported instanceof Notice
					|| reported instanceof Organisation || reported instanceof SelosteFile)) {
				return true;
			}
		}
		return false;
	}

	static boolean isAbsence(SelosteCheck check) {
		return check.concern() == SelosteCheck.Concern.COMPLETENESS || ABSENCE.contains(check);
	}

	/** The other files that what {@code resource} refers to is declared in. */
	private static Set<Resource> referredInto(Resource resource) {
		Set<Resource> reached = Collections.newSetFromMap(new IdentityHashMap<>());
		resource.getAllContents().forEachRemaining(element -> {
			for (EObject target : element.eCrossReferences()) {
				if (!target.eIsProxy() && target.eResource() != null && target.eResource() != resource) {
					reached.add(target.eResource());
				}
			}
		});
		return reached;
	}

	static boolean holdsBrokenReference(Resource resource) {
		return !brokenReferenceHolders(resource).isEmpty();
	}

	/** The elements of a resource that hold a reference naming nothing (after linking). */
	private static List<EObject> brokenReferenceHolders(Resource resource) {
		List<EObject> holders = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof XtextLinkingDiagnostic linking) {
				URI uri = linking.getUriToProblem();
				EObject holder = uri == null ? null : resource.getEObject(uri.fragment());
				if (holder != null) {
					holders.add(holder);
				}
			}
		}
		return holders;
	}
}
