package fi.seloste.ide.hover;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.SimpleAttributeResolver;

import com.google.inject.Inject;

import fi.seloste.ide.contentassist.LegalTerms;
import fi.seloste.law.LegalWording;
import fi.seloste.ide.navigation.DeclarationKinds;
import fi.seloste.ide.navigation.Declarations;
import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Text;
import fi.seloste.validation.SelosteMessages;

/**
 * The hover texts of a Seloste file, in its keyword language: on a legal basis, special condition,
 * right or safeguard the GDPR provision it rests on (worded as the generated notices word it); on the
 * keywords of bases, rights, safeguards and transfers the provision behind them; on a reference what
 * it refers to (kind, name, file, label). Plain text, for any editor or a language server; in the
 * language chosen for messages, else in the file's keyword language.
 */
public class SelosteHoverTexts {

	private static final String BUNDLE = "fi.seloste.ide.hover.hover";

	@Inject
	private BilingualKeywords keywords;

	@Inject
	private Declarations declarations;

	@Inject
	private SelosteMessages messages;

	@Inject
	private DeclarationKinds kinds;

	/** The hover text at {@code offset}, or {@code null} when there is nothing to say. */
	public String at(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		// the language chosen for messages (the language server's setting), else the file's keyword language
		KeywordLanguage language = messages.languageFor(resource);
		Declarations.Link link = declarations.at(resource, offset);
		if (link != null) {
			return reference(link, language);
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		if (leaf.getGrammarElement() instanceof EnumLiteralDeclaration literal) {
			return closedSetValue(literal, language);
		}
		if (leaf.getGrammarElement() instanceof Keyword keyword) {
			return legal(language, "hover.keyword." + keywords.in(keyword.getValue(), KeywordLanguage.FINNISH));
		}
		return null;
	}

	private static String closedSetValue(EnumLiteralDeclaration literal, KeywordLanguage language) {
		String rule = GrammarUtil.containingRule(literal).getName();
		String prefix = LegalTerms.prefix(rule);
		if (prefix == null) {
			return null;
		}
		String meaning = LegalTerms.meaning(rule, literal.getEnumLiteral().getName(), language);
		return legal(language, "hover.heading." + prefix) + "\n" + meaning;
	}

	/** "Tietoryhmä Yhteystiedot (organisation.seloste)" and the declaration's label on the next line. */
	private String reference(Declarations.Link link, KeywordLanguage language) {
		EObject target = link.target();
		String kind = kinds.kind(target, language);
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(target);
		String heading = MessageFormat.format(bundle(language).getString("reference"), kind, name,
				link.file().lastSegment());
		String label = label(target);
		return label == null ? heading : heading + "\n" + label;
	}

	/** The declaration's label text ({@code tietoryhmä X "label"}), if it has one. */
	private static String label(EObject target) {
		EStructuralFeature feature = target.eClass().getEStructuralFeature("label");
		if (feature != null && target.eGet(feature) instanceof Text text) {
			return Texts.firstValue(text);
		}
		return null;
	}

	/** A hover text of the catalogue of legal wording, or {@code null} for a keyword without one. */
	private static String legal(KeywordLanguage language, String key) {
		LegalWording wording = LegalTerms.wording(language);
		return wording.has(key) ? wording.get(key) : null;
	}

	private static ResourceBundle bundle(KeywordLanguage language) {
		return ResourceBundle.getBundle(BUNDLE, language == KeywordLanguage.FINNISH ? Locale.of("fi") : Locale.ROOT,
				SelosteHoverTexts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
