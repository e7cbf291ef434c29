package fi.seloste.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;

import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Organisation;
import fi.seloste.seloste.SelosteFile;

/**
 * The findings a broken source would make up. A file that does not parse has lost what the parser
 * skipped, so a check that reports something missing would report an artefact of the syntax error:
 * such findings wait until the file parses, and the syntax error is the one thing to fix first. A
 * reference that names nothing is no reference, so the element holding it (a purpose whose data
 * is misspelt) is not reported for what the reference would have given it; and nothing is reported
 * as unused while a reference in the files that may refer to it is broken (any file for an organisation's
 * declaration; the notice's own file and the organisation files for a notice's). Checks that report what is there (a wrong
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
			// only files that may refer to the element count: no file refers into another file's notice
			boolean inNotice = EcoreUtil2.getContainerOfType(reported, Notice.class) != null;
			return resources.stream().filter(other -> !inNotice || other == resource || declaresOrganisation(other))
					.anyMatch(BrokenSource::holdsBrokenReference) || !inNotice && ReleasedFiles.anyBrokenReference(resource);
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

	private static boolean declaresOrganisation(Resource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof SelosteFile file
				&& file.getElements().stream().anyMatch(Organisation.class::isInstance);
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
