package fi.seloste.ide.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;

/**
 * The kind of a declaration as a legal engineer knows it: the keyword it is declared with
 * ({@code tietoryhmä}, {@code käsittelijä}), in the keyword language of the file that asks.
 */
public class DeclarationKinds {

	@Inject
	private BilingualKeywords keywords;

	/** The declaring keyword in {@code language}, or the model class's name when it has none. */
	public String kind(EObject declaration, KeywordLanguage language) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(declaration);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					if (KeywordTranslator.isKeyword(leaf)) {
						return keywords.in(leaf.getText(), language);
					}
					break;
				}
			}
		}
		return declaration.eClass().getName();
	}
}
