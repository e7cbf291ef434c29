package fi.seloste.ide.contentassist;

import java.util.Locale;
import java.util.Set;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;

/**
 * Seloste's content assist, shared by the Eclipse editor and a language server: keywords only in the
 * file's keyword language (Finnish for a file without keywords yet), the literals of closed sets
 * (legal bases, rights, safeguards …) with their legal meaning, country codes after {@code maa} /
 * {@code country}, and block templates where a purpose, recipient, transfer or cookie may start.
 * Cross-references come from Xtext's default, over the resource set the resource was loaded in.
 */
public class SelosteIdeContentProposalProvider extends IdeContentProposalProvider {

	/** Priorities: references first, then values of closed sets, keywords, templates. */
	static final int REFERENCE_PRIORITY = 600;
	static final int VALUE_PRIORITY = 500;
	static final int KEYWORD_PRIORITY = 400;
	static final int TEMPLATE_PRIORITY = 300;

	private static final Set<String> COUNTRY_KEYWORDS = Set.of("maa", "country");

	@Inject
	private BilingualKeywords keywords;

	@Inject
	private KeywordTranslator translator;

	@Inject
	private IPrefixMatcher prefixMatcher;

	@Inject
	private BlockTemplates templates;

	/** Words only: punctuation ({@code ,} {@code {} {@code }}) is typed, not chosen from a list. */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return super.filterKeyword(keyword, context) && Character.isLetter(keyword.getValue().charAt(0))
				&& inFileLanguage(keyword.getValue(), context);
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		if (inFileLanguage(keyword.getValue(), context)) {
			proposeTemplate(GrammarUtil.containingRule(keyword).getName(), context, acceptor);
		}
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		AbstractElement terminal = assignment.getTerminal();
		if (terminal instanceof RuleCall call && call.getRule() instanceof EnumRule rule) {
			proposeLiterals(rule, context, acceptor);
			if ("Party".equals(GrammarUtil.containingRule(assignment).getName())) {
				proposeTemplate("Party", context, acceptor);
			}
			return;
		}
		if ("plain".equals(assignment.getFeature()) && followsCountryKeyword(context)) {
			proposeCountries(context, acceptor);
		}
		// Xtext's default also proposes a name or text by its grammar feature ("plain" – STRING, name – ID):
		// internal names a user must not see. Only references are worth proposing here.
		if (terminal instanceof CrossReference) {
			super._createProposals(assignment, context, acceptor);
		}
	}

	/** The literals of a closed set in the file's language, each with its legal meaning where it has one. */
	private void proposeLiterals(EnumRule rule, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		KeywordLanguage language = fileLanguage(context);
		for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
			String value = literal.getLiteral().getValue();
			if (!inFileLanguage(value, context)) {
				continue;
			}
			String meaning = LegalTerms.meaning(rule.getName(), literal.getEnumLiteral().getName(), language);
			ContentAssistEntry entry = getProposalCreator().createProposal(value, context, e -> {
				e.setKind(ContentAssistEntry.KIND_VALUE);
				e.setDescription(meaning);
				e.setSource(literal);
			});
			if (entry != null) {
				acceptor.accept(entry, VALUE_PRIORITY);
			}
		}
	}

	private static boolean followsCountryKeyword(ContentAssistContext context) {
		INode last = context.getLastCompleteNode();
		return last != null && COUNTRY_KEYWORDS.contains(last.getText().strip());
	}

	/** ISO 3166 codes as texts, {@code "FI"}, named in the file's language. */
	private void proposeCountries(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Locale names = fileLanguage(context) == KeywordLanguage.FINNISH ? Locale.of("fi") : Locale.ENGLISH;
		for (String code : Locale.getISOCountries()) {
			String proposal = '"' + code + '"';
			if (!prefixMatcher.isCandidateMatchingPrefix(proposal, context.getPrefix())) {
				continue;
			}
			ContentAssistEntry entry = new ContentAssistEntry();
			entry.setPrefix(context.getPrefix());
			entry.setProposal(proposal);
			entry.setLabel(proposal);
			entry.setDescription(Locale.of("", code).getDisplayCountry(names));
			entry.setKind(ContentAssistEntry.KIND_VALUE);
			acceptor.accept(entry, VALUE_PRIORITY);
		}
	}

	private void proposeTemplate(String ruleName, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = templates.entry(ruleName, fileLanguage(context), context);
		if (entry != null && prefixMatcher.isCandidateMatchingPrefix(entry.getProposal(), context.getPrefix())) {
			acceptor.accept(entry, TEMPLATE_PRIORITY);
		}
	}

	/** Whether a keyword belongs to the file's language (language codes and punctuation belong to both). */
	private boolean inFileLanguage(String keyword, ContentAssistContext context) {
		KeywordLanguage language = keywords.languageOf(keyword);
		return language == null || language == fileLanguage(context);
	}

	/** The file's keyword language: the one most of its keywords are in; Finnish for a new file. */
	KeywordLanguage fileLanguage(ContentAssistContext context) {
		return context.getRootNode() == null ? KeywordLanguage.FINNISH : translator.dominantLanguage(context.getRootNode());
	}
}
