package fi.seloste.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

import fi.seloste.ide.navigation.DeclarationKinds;
import fi.seloste.keywords.KeywordTranslator;

/**
 * References are described by what they name and where: "tietoryhmä – organisation.seloste" rather than
 * the model class ({@code DataCategory}) Xtext would show.
 */
public class SelosteCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Inject
	private DeclarationKinds kinds;

	@Inject
	private KeywordTranslator translator;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		EObject declaration = candidate.getEObjectOrProxy();
		if (entry != null && !declaration.eIsProxy() && context.getRootNode() != null) {
			entry.setDescription(kinds.kind(declaration, translator.dominantLanguage(context.getRootNode())) + ", "
					+ candidate.getEObjectURI().trimFragment().lastSegment());
		}
		return entry;
	}
}
