package fi.seloste.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Language;

/**
 * The text edits of one quick fix, computed from the node model of the file: where an element
 * starts and ends, how its line is indented, where its block closes. Inserted source is written
 * with Finnish keywords and translated into the file's keyword language; inserted texts are given
 * in the notice's output languages. Everything inserted is already in the formatter's layout:
 * one member per line, tab indentation, further language variants on lines of their own.
 */
public final class FixEdits {

	private final Document document;
	private final String text;
	private final KeywordLanguage keywordLanguage;
	private final BilingualKeywords keywords;
	/** An edit by offsets in the text. */
	private record Edit(int offset, int end, String replacement) {
	}

	private final List<Edit> edits = new ArrayList<>();

	FixEdits(Document document, KeywordLanguage keywordLanguage, BilingualKeywords keywords) {
		this.document = document;
		this.text = document.getContents();
		this.keywordLanguage = keywordLanguage;
		this.keywords = keywords;
	}

	/** The edits, ordered; deletions that overlap (two members and the blank line between them) are merged. */
	public List<TextEdit> edits() {
		List<Edit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(Edit::offset).thenComparingInt(Edit::end));
		List<Edit> merged = new ArrayList<>();
		for (Edit edit : sorted) {
			Edit last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && last.replacement().isEmpty() && edit.replacement().isEmpty() && edit.offset() < last.end()) {
				merged.set(merged.size() - 1, new Edit(last.offset(), Math.max(last.end(), edit.end()), ""));
			} else {
				merged.add(edit);
			}
		}
		List<TextEdit> result = new ArrayList<>();
		for (Edit edit : merged) {
			Range range = new Range(document.getPosition(edit.offset()), document.getPosition(edit.end()));
			result.add(new TextEdit(range, edit.replacement()));
		}
		return result;
	}

	public KeywordLanguage keywordLanguage() {
		return keywordLanguage;
	}

	// ------------------------------------------------------------------ writing source

	/** Source written with Finnish keywords, in the file's keyword language. */
	public String keywords(String finnishSource) {
		if (keywordLanguage == KeywordLanguage.FINNISH) {
			return finnishSource;
		}
		StringBuilder result = new StringBuilder(finnishSource.length() + 16);
		int i = 0;
		while (i < finnishSource.length()) {
			char c = finnishSource.charAt(i);
			if (c == '"') {
				int end = i + 1;
				while (end < finnishSource.length() && finnishSource.charAt(end) != '"') {
					end += finnishSource.charAt(end) == '\\' ? 2 : 1;
				}
				end = Math.min(end + 1, finnishSource.length());
				result.append(finnishSource, i, end);
				i = end;
			} else if (Character.isLetter(c) || c == '^' || c == '_') {
				int end = i + 1;
				while (end < finnishSource.length() && (Character.isLetterOrDigit(finnishSource.charAt(end))
						|| finnishSource.charAt(end) == '-' || finnishSource.charAt(end) == '_')) {
					end++;
				}
				String word = finnishSource.substring(i, end);
				result.append(c == '^' ? word : keywords.in(word, keywordLanguage));
				i = end;
			} else {
				result.append(c);
				i++;
			}
		}
		return result.toString();
	}

	/** A quoted string literal. */
	public static String quote(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/**
	 * A text in the output languages of the notice around {@code context}: a plain string when
	 * there is one language, else one variant per language ({@code fi "…"\nen "…"}).
	 */
	public static String text(EObject context, Function<Language, String> wording) {
		List<Language> languages = Texts.outputLanguages(Selostes.noticeOf(context));
		if (languages.size() == 1) {
			return quote(wording.apply(languages.get(0)));
		}
		return variants(languages, wording);
	}

	public static String variants(List<Language> languages, Function<Language, String> wording) {
		StringBuilder result = new StringBuilder();
		for (Language language : languages) {
			if (result.length() > 0) {
				result.append('\n');
			}
			result.append(language.getLiteral()).append(' ').append(quote(wording.apply(language)));
		}
		return result.toString();
	}

	/** A text in the output languages from a wording per language. */
	public static String text(EObject context, Map<Language, String> wording) {
		return text(context, wording::get);
	}

	// ------------------------------------------------------------------ reading the node model

	public static INode node(EObject object) {
		return NodeModelUtils.findActualNodeFor(object);
	}

	/** The first node of a feature of an element, or {@code null}. */
	public static INode node(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** The last node of a feature of an element, or {@code null}. */
	public static INode lastNode(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
	}

	public static int end(INode node) {
		return node.getOffset() + node.getLength();
	}

	/** The opening brace of the element's own block, or {@code null} when it has none. */
	public static ILeafNode openingBrace(EObject block) {
		for (ILeafNode leaf : node(block).getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals("{")) {
				return leaf;
			}
		}
		return null;
	}

	/** The closing brace of the element's own block, or {@code null} when it has none. */
	public static ILeafNode closingBrace(EObject block) {
		ILeafNode last = null;
		for (ILeafNode leaf : node(block).getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		return last != null && last.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals("}")
				? last : null;
	}

	public String text() {
		return text;
	}

	public int lineStart(int offset) {
		int start = offset;
		while (start > 0 && text.charAt(start - 1) != '\n') {
			start--;
		}
		return start;
	}

	/** The offset after the line break that ends the line of {@code offset} (or the end of the text). */
	public int nextLineStart(int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline + 1;
	}

	/** The whitespace that starts the line of {@code offset}. */
	public String indentation(int offset) {
		int start = lineStart(offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/** Whether only blanks precede {@code offset} on its line. */
	public boolean startsLine(int offset) {
		return text.substring(lineStart(offset), offset).isBlank();
	}

	/** Whether the line starting at {@code lineStart} holds nothing but blanks. */
	private boolean isBlankLine(int lineStart) {
		int newline = text.indexOf('\n', lineStart);
		return text.substring(lineStart, newline < 0 ? text.length() : newline).isBlank();
	}

	/** Whether only blanks (or a line comment) follow {@code offset} on its line. */
	public boolean endsLine(int offset) {
		int newline = text.indexOf('\n', offset);
		String rest = text.substring(offset, newline < 0 ? text.length() : newline);
		return rest.isBlank() || rest.strip().startsWith("//");
	}

	/**
	 * The indentation of the member line an element belongs to: the line where the element, or
	 * the nearest container starting a line, begins.
	 */
	public String memberIndentation(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			INode node = node(current);
			if (node != null && startsLine(node.getOffset())) {
				return indentation(node.getOffset());
			}
		}
		return "";
	}

	// ------------------------------------------------------------------ edits

	public FixEdits replace(int offset, int length, String replacement) {
		edits.add(new Edit(offset, offset + length, replacement));
		return this;
	}

	public FixEdits replace(INode node, String replacement) {
		return replace(node.getOffset(), node.getLength(), replacement);
	}

	public FixEdits insert(int offset, String insertion) {
		return replace(offset, 0, insertion);
	}

	/** Adds members at the end of an element's block, creating the block when it has none. */
	public FixEdits appendMembers(EObject block, Lines members) {
		String indentation = memberIndentation(block);
		ILeafNode close = closingBrace(block);
		if (close == null) {
			INode node = node(block);
			return insert(end(node), " {\n" + keywords(members.render(indentation + "\t")) + indentation + "}");
		}
		if (startsLine(close.getOffset())) {
			return insert(lineStart(close.getOffset()), keywords(members.render(indentation + "\t")));
		}
		return insert(close.getOffset(), "\n" + keywords(members.render(indentation + "\t")) + indentation);
	}

	/** Adds members at the start of an element's block (right after the line of its brace). */
	public FixEdits prependMembers(EObject block, Lines members) {
		ILeafNode open = openingBrace(block);
		if (open == null || !endsLine(end(open))) {
			return appendMembers(block, members);
		}
		String indentation = memberIndentation(block);
		return insert(nextLineStart(end(open)), keywords(members.render(indentation + "\t")));
	}

	/** Adds lines after the member's last line, at the member's indentation. */
	public FixEdits insertAfter(EObject member, Lines lines) {
		INode node = node(member);
		int end = end(node);
		String indentation = memberIndentation(member);
		if (endsLine(end)) {
			return insert(nextLineStart(end), keywords(lines.render(indentation)));
		}
		String rendered = keywords(lines.render(indentation));
		return insert(end, "\n" + rendered.substring(0, rendered.length() - 1));
	}

	/** Adds source right after the element (on its line), e.g. {@code  "interest"} after a basis. */
	public FixEdits appendToElement(EObject element, String finnishSource) {
		return insert(end(node(element)), keywords(finnishSource).replace("\n",
				"\n" + memberIndentation(element) + "\t"));
	}

	/** Removes a member: its whole lines when it has them to itself, else just its text. */
	public FixEdits delete(EObject member) {
		INode node = node(member);
		int start = node.getOffset();
		int end = end(node);
		if (startsLine(start) && endsLine(end)) {
			int from = lineStart(start);
			int to = nextLineStart(end);
			// the comment lines right above a member are about it and go with it
			while (from > 0 && text.substring(lineStart(from - 1), from).strip().startsWith("//")) {
				from = lineStart(from - 1);
			}
			// keep the layout: no blank line left after an opening brace, before a closing one, or doubled
			boolean blankBefore = from > 0 && isBlankLine(lineStart(from - 1));
			boolean blankAfter = to < text.length() && isBlankLine(to);
			String before = text.substring(0, from).stripTrailing();
			String after = text.substring(to).stripLeading();
			if (blankAfter && (blankBefore || before.endsWith("{"))) {
				while (to < text.length() && isBlankLine(to)) {
					to = nextLineStart(to);
				}
			} else if (blankBefore && after.startsWith("}")) {
				while (from > 0 && isBlankLine(lineStart(from - 1))) {
					from = lineStart(from - 1);
				}
			}
			return replace(from, to - from, "");
		}
		int from = start;
		while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
			from--;
		}
		return replace(from, end - from, "");
	}

	/** Replaces an element with new lines at its indentation (the element must start and end its lines). */
	public FixEdits replaceLines(EObject member, Lines lines) {
		INode node = node(member);
		String indentation = memberIndentation(member);
		String rendered = keywords(lines.render(indentation));
		int start = lineStart(node.getOffset());
		return replace(start, end(node) - start, rendered.substring(0, rendered.length() - 1));
	}
}
