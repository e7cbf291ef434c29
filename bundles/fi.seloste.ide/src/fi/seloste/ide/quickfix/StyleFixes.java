package fi.seloste.ide.quickfix;

import static fi.seloste.ide.quickfix.FixEdits.end;
import static fi.seloste.ide.quickfix.FixEdits.node;
import static fi.seloste.ide.quickfix.FixEdits.quote;
import static fi.seloste.ide.quickfix.FixEdits.text;
import static fi.seloste.model.Selostes.members;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

import fi.seloste.ide.quickfix.Wording.Missing;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.TextVariant;
import fi.seloste.validation.SelosteCheck;

/** Quick fixes of the language and style checks ({@code StyleValidator}). */
@Singleton
public class StyleFixes extends SelosteQuickfixSupport {

	/**
	 * The whole file in Finnish keywords, or in English ones; the majority language is offered first.
	 * Editorial (keywords only, texts untouched), but two choices, so never applied by {@code --fix}.
	 */
	@Fixes(SelosteCheck.MIXED_KEYWORD_LANGUAGES)
	public void unifyKeywordLanguage(DiagnosticResolutionAcceptor acceptor) {
		KeywordLanguage majority = KeywordLanguage.ENGLISH.code().equals(datum()) ? KeywordLanguage.ENGLISH
				: KeywordLanguage.FINNISH;
		for (KeywordLanguage target : List.of(majority, majority.other())) {
			accept(acceptor, label("mixedKeywordLanguages." + target.name()), (edits, element, data) -> {
				EObject root = EcoreUtil2.getRootContainer(element);
				for (ILeafNode leaf : node(root).getRootNode().getLeafNodes()) {
					if (KeywordTranslator.isKeyword(leaf)) {
						String translated = keywords.in(leaf.getText(), target);
						if (!translated.equals(leaf.getText())) {
							edits.replace(leaf, translated);
						}
					}
				}
			});
		}
	}

	/** The missing language versions are added as placeholders for the translator. */
	@Fixes(SelosteCheck.TEXT_VARIANT_MISSING)
	public void addTextVariants(DiagnosticResolutionAcceptor acceptor) {
		String languages = datum();
		if (languages == null || languages.isEmpty()) {
			return;
		}
		accept(acceptor, label("textVariantMissing", languages.replace(",", ", ")), (edits, element, data) -> {
			Text text = within(element, Text.class);
			List<Language> missing = new ArrayList<>();
			for (String code : data.get(0).split(",")) {
				missing.add(Language.get(code.strip()));
			}
			String indentation = edits.memberIndentation(text) + "\t";
			StringBuilder added = new StringBuilder();
			for (Language language : missing) {
				added.append('\n').append(indentation).append(language.getLiteral()).append(' ')
						.append(quote(Missing.TRANSLATION.in(language)));
			}
			if (text.getPlain() != null) {
				INode plain = FixEdits.node(text, Literals.TEXT__PLAIN);
				Language first = Texts.outputLanguages(Selostes.noticeOf(text)).get(0);
				edits.replace(plain, first.getLiteral() + " " + plain.getText().strip() + added);
			} else {
				TextVariant last = text.getVariants().get(text.getVariants().size() - 1);
				edits.insert(end(node(last)), added.toString());
			}
		});
	}

	/** Declaring the language is one choice; when the text has other versions, removing this one is the other. */
	@Fixes(SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED)
	public void declareOrRemoveLanguage(DiagnosticResolutionAcceptor acceptor) {
		String code = datum();
		if (code == null) {
			return;
		}
		accept(acceptor, label("textLanguageNotDeclared.declare", keyword("kielet"), code), (edits, element, data) -> {
			Notice notice = within(element, Notice.class);
			Languages languages = members(notice.getMembers(), Languages.class).get(0);
			edits.insert(end(node(languages)), ", " + data.get(0));
		});
		TextVariant variant = element(TextVariant.class);
		Text text = within(variant, Text.class);
		if (text != null && text.getVariants().size() > 1) {
			accept(acceptor, label("textLanguageNotDeclared.remove", code), (edits, element, data) -> {
				TextVariant target = within(element, TextVariant.class);
				List<TextVariant> variants = ((Text) target.eContainer()).getVariants();
				int index = variants.indexOf(target);
				if (index == 0) {
					INode next = node(variants.get(1));
					edits.replace(node(target).getOffset(), next.getOffset() - node(target).getOffset(), "");
				} else {
					int from = end(node(variants.get(index - 1)));
					edits.replace(from, end(node(target)) - from, "");
				}
			});
		}
	}
}
