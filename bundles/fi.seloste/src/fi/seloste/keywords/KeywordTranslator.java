package fi.seloste.keywords;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;

import com.google.inject.Inject;

/**
 * Rewrites the keywords of a parsed file into one language, leaving every other character (names,
 * texts, comments, layout) as it was. Works on the node model, so it never re-serialises the model.
 */
public class KeywordTranslator {

	private final BilingualKeywords keywords;

	@Inject
	public KeywordTranslator(BilingualKeywords keywords) {
		this.keywords = keywords;
	}

	/** The text of the parsed root node with all keywords in {@code target}. */
	public String translate(ICompositeNode root, KeywordLanguage target) {
		StringBuilder result = new StringBuilder(root.getTotalLength() + 64);
		for (ILeafNode leaf : root.getLeafNodes()) {
			result.append(isKeyword(leaf) ? keywords.in(leaf.getText(), target) : leaf.getText());
		}
		return result.toString();
	}

	/** How many keywords of each language the file uses. */
	public Map<KeywordLanguage, Integer> count(ICompositeNode root) {
		Map<KeywordLanguage, Integer> counts = new EnumMap<>(KeywordLanguage.class);
		for (KeywordLanguage language : KeywordLanguage.values()) {
			counts.put(language, 0);
		}
		for (ILeafNode leaf : root.getLeafNodes()) {
			KeywordLanguage language = isKeyword(leaf) ? keywords.languageOf(leaf.getText()) : null;
			if (language != null) {
				counts.merge(language, 1, Integer::sum);
			}
		}
		return counts;
	}

	/** The language most of the file's keywords are in; Finnish when there are none or a tie. */
	public KeywordLanguage dominantLanguage(ICompositeNode root) {
		Map<KeywordLanguage, Integer> counts = count(root);
		return counts.get(KeywordLanguage.ENGLISH) > counts.get(KeywordLanguage.FINNISH)
				? KeywordLanguage.ENGLISH : KeywordLanguage.FINNISH;
	}

	/** Whether a leaf is a keyword (plain or enum literal) rather than a name, text or number. */
	public static boolean isKeyword(ILeafNode leaf) {
		if (leaf.isHidden()) {
			return false;
		}
		EObject element = leaf.getGrammarElement();
		return element instanceof Keyword || element instanceof EnumLiteralDeclaration;
	}
}
