package fi.seloste.ide.textmate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.gson.GsonBuilder;

import fi.seloste.SelosteStandaloneSetup;
import fi.seloste.keywords.BilingualKeywords;

/**
 * The TextMate grammar of Seloste (for VS Code and other TextMate editors), written from the Xtext
 * grammar at build time so that its keyword list cannot drift from the language.
 * <p>
 * Word keywords are matched whole: a keyword is a word only where no letter, digit, {@code _}, {@code -}
 * or {@code ^} touches it, as in the Eclipse editor ({@code oikeutettu-etu} is one keyword,
 * {@code kuvausteksti} holds no keyword, {@code ^nimi} is a name). The patterns keep to what both
 * Oniguruma (TextMate) and {@code java.util.regex} read alike: fixed-length look-behind, {@code \p{L}},
 * {@code \p{N}}, no possessive or named constructs.
 */
public final class TextMateGrammar {

	public static final String SCOPE_NAME = "source.seloste";

	/** Characters that continue a word: a keyword touching one of them is part of a longer word. */
	static final String WORD_CHARACTER = "[\\p{L}\\p{N}_\\-\\^]";
	/** Characters around a number or date that make it part of a name ({@code art49}). */
	static final String NAME_CHARACTER = "[\\p{L}\\p{N}_]";

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*");
	private static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length).reversed()
			.thenComparing(Comparator.naturalOrder());

	private final List<String> statementKeywords;
	private final List<String> valueKeywords;

	private TextMateGrammar(List<String> statementKeywords, List<String> valueKeywords) {
		this.statementKeywords = statementKeywords;
		this.valueKeywords = valueKeywords;
	}

	/**
	 * The grammar's word keywords in two groups: those of closed sets (enum literals: legal bases, units,
	 * language codes ...) and all others (statements and blocks). Punctuation keywords are left to the
	 * bracket and operator rules of the editor.
	 */
	public static TextMateGrammar of(Grammar grammar) {
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar)) {
			if (WORD.matcher(keyword).matches()) {
				words.add(keyword);
			}
		}
		// the bilingual table is read from the same grammar; taking its words too makes sure that no
		// twin is missing even if a keyword were spelt in a way getAllKeywords does not report
		for (BilingualKeywords.Pair pair : new BilingualKeywords(grammar).pairs()) {
			words.add(pair.finnish());
			words.add(pair.english());
		}
		Set<String> enumWords = enumLiterals(grammar);
		Set<String> statementWords = statementKeywords(grammar);
		List<String> statements = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (String word : words) {
			// a word used both as a statement and as a closed-set value is coloured as a statement
			if (enumWords.contains(word) && !statementWords.contains(word)) {
				values.add(word);
			} else {
				statements.add(word);
			}
		}
		statements.sort(LONGEST_FIRST);
		values.sort(LONGEST_FIRST);
		return new TextMateGrammar(List.copyOf(statements), List.copyOf(values));
	}

	private static Set<String> enumLiterals(Grammar grammar) {
		Set<String> literals = new TreeSet<>();
		for (AbstractRule rule : GrammarUtil.allRules(grammar)) {
			if (rule instanceof EnumRule) {
				rule.eAllContents().forEachRemaining(element -> {
					if (element instanceof EnumLiteralDeclaration declaration) {
						literals.add(declaration.getLiteral().getValue());
					}
				});
			}
		}
		return literals;
	}

	private static Set<String> statementKeywords(Grammar grammar) {
		Set<String> keywords = new TreeSet<>();
		for (AbstractRule rule : GrammarUtil.allRules(grammar)) {
			if (!(rule instanceof EnumRule)) {
				GrammarUtil.containedKeywords(rule).forEach(keyword -> keywords.add(keyword.getValue()));
			}
		}
		return keywords;
	}

	/** The grammar of the Seloste language itself, as the standalone setup loads it. */
	public static TextMateGrammar ofSeloste() {
		Logger.getRootLogger().setLevel(Level.OFF);
		Grammar grammar = new SelosteStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(IGrammarAccess.class).getGrammar();
		return of(grammar);
	}

	/** Keywords of statements and blocks, longest first. */
	public List<String> statementKeywords() {
		return statementKeywords;
	}

	/** Keywords of closed sets (enum literals), longest first. */
	public List<String> valueKeywords() {
		return valueKeywords;
	}

	/** Every word keyword, sorted: the list the extension's package check compares the grammar with. */
	public List<String> allKeywords() {
		Set<String> all = new TreeSet<>(statementKeywords);
		all.addAll(valueKeywords);
		return List.copyOf(all);
	}

	/** A pattern matching exactly the given keywords as whole words. */
	static String wholeWords(List<String> keywords) {
		StringBuilder alternatives = new StringBuilder();
		for (String keyword : keywords) {
			if (alternatives.length() > 0) {
				alternatives.append('|');
			}
			alternatives.append(escape(keyword));
		}
		return "(?<!" + WORD_CHARACTER + ")(?:" + alternatives + ")(?!" + WORD_CHARACTER + ")";
	}

	private static String escape(String keyword) {
		StringBuilder escaped = new StringBuilder();
		for (char c : keyword.toCharArray()) {
			if (Character.isLetterOrDigit(c) || c == '-') {
				escaped.append(c); // '-' is literal outside a class in every engine (JavaScript's u mode forbids "\-")
			} else {
				escaped.append('\\').append(c);
			}
		}
		return escaped.toString();
	}

	/** The grammar as a TextMate JSON document ({@code seloste.tmLanguage.json}). */
	public String toJson() {
		Map<String, Object> grammar = new LinkedHashMap<>();
		grammar.put("$schema", "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json");
		grammar.put("name", "Seloste");
		grammar.put("scopeName", SCOPE_NAME);
		grammar.put("fileTypes", List.of("seloste"));
		grammar.put("comment", "Generated by fi.seloste.ide.textmate.TextMateGrammar from the Xtext grammar; do not edit.");
		grammar.put("patterns", List.of(include("comments"), include("strings"), include("dates"),
				include("numbers"), include("keywords"), include("names"), include("punctuation")));

		Map<String, Object> repository = new LinkedHashMap<>();
		repository.put("comments", Map.of("patterns", List.of(
				ordered("name", "comment.line.double-slash.seloste", "match", "//.*$"),
				ordered("name", "comment.block.seloste", "begin", "/\\*", "end", "\\*/"))));
		repository.put("strings", Map.of("patterns", List.of(
				string("\"", "string.quoted.double.seloste"),
				string("'", "string.quoted.single.seloste"))));
		repository.put("dates", Map.of("patterns", List.of(ordered(
				"name", "constant.numeric.date.seloste",
				"match", "(?<!" + NAME_CHARACTER + ")[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?!" + NAME_CHARACTER + ")"))));
		repository.put("numbers", Map.of("patterns", List.of(ordered(
				"name", "constant.numeric.integer.seloste",
				"match", "(?<!" + NAME_CHARACTER + ")[0-9]+(?!" + NAME_CHARACTER + ")"))));
		repository.put("keywords", Map.of("patterns", List.of(
				ordered("name", "keyword.control.seloste", "match", wholeWords(statementKeywords)),
				ordered("name", "keyword.other.seloste", "match", wholeWords(valueKeywords)))));
		// '^' turns a keyword into a name (^nimi): the whole word is a name, not a keyword
		repository.put("names", Map.of("patterns", List.of(ordered(
				"name", "variable.other.escaped.seloste",
				"match", "\\^[\\p{L}_][\\p{L}\\p{N}_]*"))));
		repository.put("punctuation", Map.of("patterns", List.of(
				ordered("name", "punctuation.section.block.begin.seloste", "match", "\\{"),
				ordered("name", "punctuation.section.block.end.seloste", "match", "\\}"),
				ordered("name", "punctuation.terminator.seloste", "match", ";"),
				ordered("name", "punctuation.separator.seloste", "match", ","))));
		grammar.put("repository", repository);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(grammar) + "\n";
	}

	private static Map<String, Object> include(String name) {
		return Map.of("include", "#" + name);
	}

	private static Map<String, Object> string(String quote, String scope) {
		return ordered("name", scope, "begin", quote, "end", quote,
				"patterns", List.of(ordered("name", "constant.character.escape.seloste", "match", "\\\\.")));
	}

	/** A JSON object with its keys in the order given (name first reads best in the file). */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * Writes the grammar: {@code TextMateGrammar GRAMMAR_JSON [KEYWORDS_TXT]}; the optional second file lists
	 * every word keyword, one a line, for the extension's package check.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 2) {
			System.err.println("usage: TextMateGrammar <seloste.tmLanguage.json> [<keywords.txt>]");
			System.exit(2);
		}
		TextMateGrammar grammar = ofSeloste();
		write(Path.of(args[0]), grammar.toJson());
		if (args.length == 2) {
			write(Path.of(args[1]), String.join("\n", grammar.allKeywords()) + "\n");
		}
		System.out.println("TextMate grammar: " + grammar.allKeywords().size() + " keywords -> " + args[0]);
	}

	private static void write(Path file, String content) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}
}
