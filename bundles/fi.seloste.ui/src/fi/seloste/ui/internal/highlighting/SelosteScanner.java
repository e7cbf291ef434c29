package fi.seloste.ui.internal.highlighting;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;

/**
 * Splits Seloste text into the tokens the editor colours. It follows the language's lexer: texts are
 * quoted, with {@code \"} escapes, and may span lines; comments run from {@code //} to the end of
 * the line or from slash-star to star-slash; keywords are reserved words, so a word is a keyword
 * wherever it stands (a name that looks like one is written {@code ^nimi}). An unterminated text or
 * block comment runs to the end of the file.
 */
public final class SelosteScanner extends RuleBasedScanner {

	/**
	 * The editor's scanner: the tokens follow the colouring preferences; the keywords are coloured once
	 * the language is ready (a restored editor is drawn before it is, see {@link SelostePresentationReconciler}).
	 */
	SelosteScanner() {
		this(SelosteKeywords::ifReady, TokenStyle::token);
	}

	SelosteScanner(Set<String> keywords, Function<TokenStyle, IToken> tokens) {
		this(() -> keywords, tokens);
	}

	/** With keywords that may be unknown yet ({@code null}): words are then read whole, uncoloured. */
	public SelosteScanner(Supplier<Set<String>> keywords, Function<TokenStyle, IToken> tokens) {
		IToken keyword = tokens.apply(TokenStyle.KEYWORD);
		IToken string = tokens.apply(TokenStyle.STRING);
		IToken comment = tokens.apply(TokenStyle.COMMENT);
		IToken number = tokens.apply(TokenStyle.NUMBER);
		// Names and punctuation: the editor's default text style (no colour, no font style).
		IToken other = new Token(new TextAttribute(null));

		// A word that is not a keyword is still read whole, so that the digits of a name such as
		// "Rekisteri2" are not taken for a number.
		IRule words = new Words(keywords, keyword, other);
		setRules(new IRule[] {
				new WhitespaceRule(Character::isWhitespace),
				new MultiLineRule("\"", "\"", string, '\\', true),
				new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment, (char) 0, true),
				words,
				new NumberOrDateRule(number) });
		setDefaultReturnToken(other);
	}

	/** Whole words, the keywords among them once they are known. */
	private static final class Words implements IRule {

		private final Supplier<Set<String>> keywords;
		private final IToken keyword;
		private final IToken other;
		private WordRule rule;
		private boolean withKeywords;

		Words(Supplier<Set<String>> keywords, IToken keyword, IToken other) {
			this.keywords = keywords;
			this.keyword = keyword;
			this.other = other;
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner) {
			if (!withKeywords) {
				Set<String> known = keywords.get();
				if (known != null) {
					rule = new WordRule(new SelosteWordDetector(), other);
					known.forEach(word -> rule.addWord(word, keyword));
					withKeywords = true;
				} else if (rule == null) {
					rule = new WordRule(new SelosteWordDetector(), other);
				}
			}
			return rule.evaluate(scanner);
		}
	}
}
