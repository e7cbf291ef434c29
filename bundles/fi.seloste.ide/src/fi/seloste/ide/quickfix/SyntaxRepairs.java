package fi.seloste.ide.quickfix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import fi.seloste.ide.contentassist.LegalTerms;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.PurposeRefs;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SubjectRefs;
import fi.seloste.validation.SyntaxErrorMessages;

/**
 * The repairs of the syntax errors a legal engineer commonly makes, each of which has one reading:
 * <ul>
 * <li>blocks left open at the end of the file: their {@code }} are added at the end, each at the
 * indentation of the line that opened it (the parser read everything up to the end as inside them);
 * <li>a block not closed before the next member: the {@code }} is added on a line of its own after the
 * block's last member, where the parser assumed it;
 * <li>a stray word ({@code peruste oikeutettu-etu Ostot}): the word is removed, as the parser skipped it;
 * but when it and the word before it are values of one closed set ({@code peruste oikeutettu-etusopimus},
 * a completion typed in front of the word it was meant to replace), keeping either is offered, as a choice;
 * <li>a missing comma in a list of names or languages ({@code tiedot Yhteystiedot Ostot},
 * {@code kielet fi en}): the comma is added;
 * <li>a text whose closing quote is missing, so that it runs on to the next quote: it is closed at the
 * end of its first line, when what follows that line reads as code (a text may span lines on purpose).
 * </ul>
 * The kind of error comes from the parser through the issue data ({@link SyntaxErrorMessages}).
 * Whether a repair really mends the text is decided by parsing the result ({@code SourceFixes}).
 */
final class SyntaxRepairs {

	/** One repair: replace {@code length} characters at {@code offset}; a label key and its arguments. */
	record Repair(String labelKey, List<Object> arguments, int offset, int length, String replacement) {

		String apply(String text) {
			return text.substring(0, offset) + replacement + text.substring(offset + length);
		}

		/** Where the repaired text ends in the new text. */
		int endInResult() {
			return offset + replacement.length();
		}
	}

	/**
	 * A label argument: what an enum literal of a rule with a legal meaning means, worded in the label's
	 * language by the fix ({@link LegalTerms#meaning}).
	 */
	record LegalMeaning(String enumRule, String literal) {
	}

	private final INode root;
	private final String text;
	private final List<ILeafNode> tokens = new ArrayList<>();

	SyntaxRepairs(INode root) {
		this.root = root;
		this.text = root.getText();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				tokens.add(leaf);
			}
		}
	}

	/** The repairs of the syntax error at {@code offset} of the given shape, expecting the given token. */
	List<Repair> of(int offset, String shape, String expected) {
		List<Repair> repairs = new ArrayList<>();
		if (SyntaxErrorMessages.END_OF_FILE.equals(shape)) {
			if ("'}'".equals(expected)) {
				closeAtEnd(repairs);
			}
			return repairs;
		}
		if (closeText(offset, repairs)) {
			return repairs;
		}
		ILeafNode found = tokenAt(offset);
		if (found == null) {
			return repairs;
		}
		if (SyntaxErrorMessages.MISSING.equals(shape) && "'}'".equals(expected)) {
			closeBefore(found, repairs);
		} else if (SyntaxErrorMessages.EXTRANEOUS.equals(shape) || SyntaxErrorMessages.MISMATCHED.equals(shape)
				&& "'}'".equals(expected)) {
			if (!addComma(found, repairs) && !choose(found, repairs)) {
				repairs.add(removal(found, "syntaxError.remove", List.of(found.getText())));
			}
		}
		return repairs;
	}

	/**
	 * A text whose closing quote is missing runs on over the following lines (a text may span lines)
	 * until the next quote, and the parser stumbles after it: the last such text before the error is
	 * closed at the end of its first line. Whether that mends the file is checked by parsing it.
	 */
	private boolean closeText(int offset, List<Repair> repairs) {
		ILeafNode open = null;
		for (ILeafNode token : tokens) {
			if (token.getOffset() > offset) {
				break;
			}
			if (token.getText().startsWith("\"")) {
				open = token;
			}
		}
		// the text ran on over lines and the parser stumbled on the line where it ended
		if (open == null || open.getText().indexOf('\n') < 0 && open.getText().length() > 1 && open.getText().endsWith("\"")
				|| text.substring(Math.min(open.getEndOffset(), offset), offset).contains("\n")) {
			return false;
		}
		int lineEnd = text.indexOf('\n', open.getOffset());
		int end = lineEnd < 0 ? text.length() : lineEnd;
		while (end > open.getOffset() + 1 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t'
				|| text.charAt(end - 1) == '\r')) {
			end--;
		}
		if (end == open.getOffset() + 1 || lineEnd < 0 || !readsAsCode(lineEnd + 1)) {
			return false; // nothing on its line to close, or a text meant to span lines
		}
		repairs.add(new Repair("syntaxError.closeText",
				List.of(String.valueOf(NodeModelUtils.getLineAndColumn(root, open.getOffset()).getLine())), end, 0, "\""));
		return true;
	}

	/**
	 * Whether the first non-blank line from {@code offset} reads as code rather than as the rest of a
	 * text: it closes a block, starts with a keyword, or opens a block of a name ({@code Kahvila {}).
	 * Only then did the text run on by mistake; a text may span lines on purpose.
	 */
	private boolean readsAsCode(int offset) {
		int start = offset;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		int end = text.indexOf('\n', start);
		String line = text.substring(start, end < 0 ? text.length() : end).strip();
		if (line.isEmpty()) {
			return false;
		}
		if (line.startsWith("}") || line.matches("\\^?[\\p{L}_][\\p{L}_0-9.]*\\s*\\{.*")) {
			return true;
		}
		String word = line.split("\\s+", 2)[0];
		return word.matches("[\\p{L}-]+") && keywords().contains(word);
	}

	private Set<String> keywords() {
		EObject rule = root.getGrammarElement();
		Grammar grammar = rule == null ? null : GrammarUtil.getGrammar(rule);
		return grammar == null ? Set.of() : GrammarUtil.getAllKeywords(grammar);
	}

	/**
	 * A stray word that is, like the word before it, a value of one closed set (a legal basis after a
	 * legal basis, {@code peruste oikeutettu-etusopimus}): which of the two the source states is the
	 * legal engineer's choice, so each is offered, labelled with what it means in law where it has a
	 * meaning ({@link LegalTerms}). The same value in the other language is just a stray word.
	 */
	private boolean choose(ILeafNode found, List<Repair> repairs) {
		ILeafNode previous = previousToken(found);
		EnumLiteralDeclaration kept = previous == null ? null : literal(previous);
		if (kept == null) {
			return false;
		}
		EnumRule rule = EcoreUtil2.getContainerOfType(kept, EnumRule.class);
		EnumLiteralDeclaration stray = EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class).stream()
				.filter(literal -> literal.getLiteral().getValue().equals(found.getText())).findFirst().orElse(null);
		if (stray == null || stray.getEnumLiteral() == kept.getEnumLiteral()) {
			return false;
		}
		repairs.add(removal(found, choiceKey(rule), choiceArguments(rule, kept, previous, found)));
		repairs.add(new Repair(choiceKey(rule), choiceArguments(rule, stray, found, previous), previous.getOffset(),
				found.getEndOffset() - previous.getOffset(), found.getText()));
		return true;
	}

	/** The value kept, the one removed and, for a value with a legal meaning, that meaning. */
	private static List<Object> choiceArguments(EnumRule rule, EnumLiteralDeclaration literal, ILeafNode kept,
			ILeafNode removed) {
		List<Object> arguments = new ArrayList<>(List.of(kept.getText(), removed.getText()));
		if (worded(rule)) {
			arguments.add(new LegalMeaning(rule.getName(), literal.getEnumLiteral().getName()));
		}
		return arguments;
	}

	/** The label key of a choice: with the kind of value when its values have a worded legal meaning. */
	private static String choiceKey(EnumRule rule) {
		String prefix = worded(rule) ? LegalTerms.prefix(rule.getName()) : null;
		return prefix == null ? "syntaxError.choose" : "syntaxError.choose." + prefix;
	}

	/** Whether the shared legal wording words every value of the rule in both label languages. */
	private static boolean worded(EnumRule rule) {
		String prefix = LegalTerms.prefix(rule.getName());
		return prefix != null && EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class).stream()
				.allMatch(literal -> Arrays.stream(KeywordLanguage.values()).allMatch(language -> LegalTerms
						.wording(language).has(prefix + "." + literal.getEnumLiteral().getName())));
	}

	private static EnumLiteralDeclaration literal(ILeafNode token) {
		EObject element = token.getGrammarElement();
		if (element instanceof Keyword keyword && keyword.eContainer() instanceof EnumLiteralDeclaration literal) {
			return literal;
		}
		return element instanceof EnumLiteralDeclaration literal ? literal : null;
	}

	/** Every block still open at the end is closed there, the innermost first. */
	private void closeAtEnd(List<Repair> repairs) {
		Deque<ILeafNode> open = openBlocks(text.length());
		if (open.isEmpty()) {
			return;
		}
		StringBuilder closing = new StringBuilder(text.endsWith("\n") || text.isEmpty() ? "" : "\n");
		for (ILeafNode brace : open) {
			closing.append(indentation(brace.getOffset())).append("}\n");
		}
		repairs.add(new Repair(open.size() == 1 ? "syntaxError.closeAtEnd" : "syntaxError.closeAtEnd.many",
				List.of(open.size()), text.length(), 0, closing.toString()));
	}

	/** The innermost block open at {@code found} is closed after its last member, on a line of its own. */
	private void closeBefore(ILeafNode found, List<Repair> repairs) {
		Deque<ILeafNode> open = openBlocks(found.getOffset());
		ILeafNode previous = previousToken(found);
		if (open.isEmpty() || previous == null) {
			return;
		}
		int end = previous.getEndOffset();
		int lineEnd = text.indexOf('\n', end);
		if (lineEnd < 0 || !text.substring(end, lineEnd).isBlank() || lineStart(found.getOffset()) <= end) {
			return; // not line by line: where the brace goes is no longer obvious
		}
		ILeafNode brace = open.peek();
		repairs.add(new Repair("syntaxError.closeBlock",
				List.of(found.getText(), String.valueOf(NodeModelUtils.getLineAndColumn(root, brace.getOffset()).getLine())),
				lineEnd + 1, 0, indentation(brace.getOffset()) + "}\n"));
	}

	/** A name or a language after a list of them, without a comma: the comma is added. */
	private boolean addComma(ILeafNode found, List<Repair> repairs) {
		ILeafNode previous = previousToken(found);
		if (previous == null || !Character.isLetter(found.getText().replace("^", "").codePointAt(0))
				|| text.substring(previous.getEndOffset(), found.getOffset()).contains("\n")) {
			return false;
		}
		EObject list = NodeModelUtils.findActualSemanticObjectFor(previous);
		boolean inList = list instanceof DataRefs || list instanceof SubjectRefs || list instanceof PurposeRefs
				|| list instanceof Source source && !source.getCategories().isEmpty() || list instanceof Languages;
		if (!inList || previous.getText().equals(",")) {
			return false;
		}
		repairs.add(new Repair("syntaxError.comma", List.of(previous.getText(), found.getText()),
				previous.getEndOffset(), 0, ","));
		return true;
	}

	/** The word is removed: its whole line when it is alone there, else with the blanks before it. */
	private Repair removal(ILeafNode found, String labelKey, List<Object> arguments) {
		int start = found.getOffset();
		int end = found.getEndOffset();
		int lineStart = lineStart(start);
		int lineEnd = text.indexOf('\n', end);
		if (text.substring(lineStart, start).isBlank() && lineEnd >= 0 && text.substring(end, lineEnd).isBlank()) {
			start = lineStart;
			end = lineEnd + 1;
		} else {
			while (start > lineStart && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
				start--;
			}
		}
		return new Repair(labelKey, arguments, start, end - start, "");
	}

	/** The opening braces not closed before {@code offset}, the innermost first. */
	private Deque<ILeafNode> openBlocks(int offset) {
		Deque<ILeafNode> open = new ArrayDeque<>();
		for (ILeafNode token : tokens) {
			if (token.getOffset() >= offset) {
				break;
			}
			if (token.getText().equals("{")) {
				open.push(token);
			} else if (token.getText().equals("}") && !open.isEmpty()) {
				open.pop();
			}
		}
		return open;
	}

	private ILeafNode tokenAt(int offset) {
		for (ILeafNode token : tokens) {
			if (token.getOffset() <= offset && offset < token.getEndOffset()) {
				return token;
			}
		}
		return null;
	}

	private ILeafNode previousToken(ILeafNode token) {
		ILeafNode previous = null;
		for (ILeafNode candidate : tokens) {
			if (candidate == token || candidate.getOffset() >= token.getOffset()) {
				return previous;
			}
			previous = candidate;
		}
		return previous;
	}

	private int lineStart(int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	private String indentation(int offset) {
		int start = lineStart(offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}
}
