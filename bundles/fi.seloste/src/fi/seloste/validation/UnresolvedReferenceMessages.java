package fi.seloste.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import com.google.inject.Inject;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.VisibleText;
import fi.seloste.seloste.Organisation;
import fi.seloste.seloste.SelostePackage.Literals;

/**
 * A reference that names nothing the notice may see (see {@code scoping.SelosteScopeProvider}), in
 * the file's language and the user's terms ("No data category 'Puuttuu' in this notice or what it
 * imports."), never an EMF class name, with the code {@link SelosteCheck#UNRESOLVED_REFERENCE}.
 */
public class UnresolvedReferenceMessages extends LinkingDiagnosticMessageProvider {

	@Inject
	private SelosteMessages messages;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EObject holder = context.getContext();
		KeywordLanguage language = messages.languageFor(holder.eResource());
		String name = VisibleText.of(context.getLinkText());
		EReference reference = context.getReference();
		String message;
		if (reference == Literals.USE__ELEMENT) {
			message = messages.text("unresolved.declaration", language, name);
		} else {
			String place = EcoreUtil2.getContainerOfType(holder, Organisation.class) != null ? "organisation" : "notice";
			message = messages.text("unresolved." + kind(reference), language, name,
					messages.text("unresolved.in." + place, language));
		}
		return new DiagnosticMessage(message, Severity.ERROR, SelosteCheck.UNRESOLVED_REFERENCE.code());
	}

	/** What the reference names, in the user's terms: the key of its message. */
	private static String kind(EReference reference) {
		if (reference == Literals.TRANSFER_RECIPIENT__RECIPIENT) {
			return "recipient";
		}
		if (reference == Literals.COOKIE_PROVIDER__PROVIDER) {
			return "cookieProvider";
		}
		return switch (reference.getEReferenceType().getName()) {
			case "DataCategory" -> "dataCategory";
			case "SubjectGroup" -> "subjectGroup";
			case "Purpose" -> "purpose";
			case "Party" -> "party";
			default -> "element";
		};
	}
}
