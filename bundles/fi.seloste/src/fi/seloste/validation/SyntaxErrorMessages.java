package fi.seloste.validation;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.model.VisibleText;

/**
 * The parser's errors in the file's language and the user's words ("Expected '}' before 'rekisteri'
 * (a block is not closed)."), never ANTLR's ("missing '}' at 'rekisteri'", "RULE_ID"), with the code
 * {@link SelosteCheck#SYNTAX_ERROR}. The language is the chosen one or that of the keywords read
 * so far (the file is still being parsed). The message is shown as {@link VisibleText}: a zero-width
 * space, a NUL or a bidi override in the offending token shows as an escape, not as nothing.
 */
public class SyntaxErrorMessages extends SyntaxErrorMessageProvider {

	/**
	 * The shape of the error, the first issue datum (the second is the token expected, as ANTLR names
	 * it, e.g. {@code '}'}), for the quick fixes: a token missing before the one found, a token found
	 * where the next one was expected, another token found, the file ending early.
	 */
	public static final String MISSING = "missing", EXTRANEOUS = "extraneous", MISMATCHED = "mismatched",
			END_OF_FILE = "endOfFile", OTHER = "other";

	private static final int LONGEST_QUOTED_TEXT = 40;
	private static final String PARTITIVE = ".partitive";
	private static final String NOMINATIVE = "";

	@Inject
	private SelosteMessages messages;

	@Inject
	private BilingualKeywords keywords;

	@Inject
	private KeywordTranslator translator;

	/**
	 * A token the value converters cannot read (a backslash that starts no escape in a text, a number too
	 * large for its field), in the user's words and with the code {@link SelosteCheck#SYNTAX_ERROR}, never
	 * Xtext's English or Java's ("For input string"). The problem is placed on the token: the position
	 * inside it that Xtext's own message carries is given up for a message the user can read.
	 */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException error = context.getValueConverterException();
		INode node = error == null ? null : error.getNode();
		KeywordLanguage language = messages.languageFor(rootOf(node));
		String token = node == null ? "" : NodeModelUtils.getTokenText(node);
		String message;
		if (error != null && error.getCause() instanceof NumberFormatException) {
			message = messages.text("syntax.number", language, quoted(token));
		} else if (token.startsWith("\"")) {
			message = messages.text("syntax.escape", language);
		} else {
			message = messages.text("syntax.other", language);
		}
		return new SyntaxErrorMessage(VisibleText.of(message), SelosteCheck.SYNTAX_ERROR.code(), new String[] { OTHER, "" });
	}

	private static String quoted(String token) {
		return token.length() <= LONGEST_QUOTED_TEXT ? token : token.substring(0, LONGEST_QUOTED_TEXT) + "…";
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		ICompositeNode root = rootOf(context.getCurrentNode());
		KeywordLanguage language = messages.languageFor(root);
		KeywordLanguage keywordLanguage = root == null ? language : translator.dominantLanguage(root);
		String message = message(context.getRecognitionException(), context.getTokenNames(), language, keywordLanguage);
		return new SyntaxErrorMessage(VisibleText.of(message), SelosteCheck.SYNTAX_ERROR.code(),
				data(context.getRecognitionException(), context.getTokenNames()));
	}

	/** The shape of the error and the token expected (see {@link #MISSING}). */
	private static String[] data(RecognitionException error, String[] tokenNames) {
		Token found = error == null ? null : error instanceof UnwantedTokenException unwanted
				? unwanted.getUnexpectedToken() : error.token;
		int expecting = error instanceof MissingTokenException missing ? missing.expecting
				: error instanceof MismatchedTokenException mismatched ? mismatched.expecting : -1;
		String shape = found == null || expecting <= 0 ? OTHER
				: found.getType() == Token.EOF ? END_OF_FILE
				: error instanceof MissingTokenException ? MISSING
				: error instanceof UnwantedTokenException ? EXTRANEOUS : MISMATCHED;
		return new String[] { shape, expecting > 0 ? name(expecting, tokenNames) : "" };
	}

	private String message(RecognitionException error, String[] tokenNames, KeywordLanguage language,
			KeywordLanguage keywordLanguage) {
		Token found = error == null ? null : error instanceof UnwantedTokenException unwanted
				? unwanted.getUnexpectedToken() : error.token;
		if (found == null) {
			return messages.text("syntax.other", language);
		}
		boolean atEnd = found.getType() == Token.EOF;
		if (error instanceof MismatchedTokenException mismatched && mismatched.expecting > 0
				|| error instanceof MissingTokenException) {
			int expecting = error instanceof MissingTokenException missing ? missing.expecting
					: ((MismatchedTokenException) error).expecting;
			String expected = expected(expecting, tokenNames, language, keywordLanguage);
			String hint = "'}'".equals(name(expecting, tokenNames)) ? messages.text("syntax.unclosed", language) : "";
			if (atEnd) {
				return messages.text("syntax.endOfFile", language, expected, hint);
			}
			if (error instanceof MissingTokenException) {
				return messages.text("syntax.missing", language, expected,
						found(found, tokenNames, language, PARTITIVE, false), hint);
			}
			if (error instanceof UnwantedTokenException) {
				return messages.text("syntax.extraneous", language, expected,
						found(found, tokenNames, language, NOMINATIVE, true));
			}
			return messages.text("syntax.mismatched", language, expected,
					found(found, tokenNames, language, NOMINATIVE, false), hint);
		}
		if (atEnd) {
			return messages.text("syntax.endOfFileEarly", language);
		}
		// no viable alternative, a required repetition not matched, a mismatched set: nothing fits here
		return messages.text("syntax.noViable", language, found(found, tokenNames, language, NOMINATIVE, true));
	}

	/** What the parser expected, in the user's words: a keyword as the file writes keywords, "a name", … */
	private String expected(int type, String[] tokenNames, KeywordLanguage language, KeywordLanguage keywordLanguage) {
		String name = name(type, tokenNames);
		return switch (name) {
			case "RULE_ID" -> messages.text("syntax.expected.name", language);
			case "RULE_STRING" -> messages.text("syntax.expected.text", language);
			case "RULE_INT" -> messages.text("syntax.expected.number", language);
			case "EOF" -> messages.text("syntax.expected.end", language);
			default -> name.length() > 2 && name.startsWith("'") && name.endsWith("'")
					? "'" + keywords.in(name.substring(1, name.length() - 1), keywordLanguage) + "'"
					: messages.text("syntax.expected.other", language);
		};
	}

	/**
	 * The token found, as a phrase: a word, a mark or a quoted text; in Finnish in the partitive after
	 * "ennen" (before), else in the nominative; with a capital when it starts the sentence.
	 */
	private String found(Token token, String[] tokenNames, KeywordLanguage language, String form, boolean capital) {
		String name = name(token.getType(), tokenNames);
		String text = token.getText() == null ? "" : token.getText();
		String kind;
		if ("RULE_STRING".equals(name)) {
			kind = "text";
			if (text.codePointCount(0, text.length()) > LONGEST_QUOTED_TEXT) {
				text = text.substring(0, text.offsetByCodePoints(0, LONGEST_QUOTED_TEXT)) + "…\"";
			}
		} else {
			kind = !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0)) ? "word" : "mark";
		}
		String phrase = messages.text("syntax.found." + kind + form, language, text);
		return capital ? Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) : phrase;
	}

	private static String name(int type, String[] tokenNames) {
		if (type == Token.EOF) {
			return "EOF";
		}
		return tokenNames != null && type >= 0 && type < tokenNames.length ? tokenNames[type] : "";
	}

	private static ICompositeNode rootOf(INode node) {
		return node == null ? null : node.getRootNode();
	}
}
