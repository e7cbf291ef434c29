package fi.seloste.tests.textmate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

import fi.seloste.ide.textmate.TextMateGrammar;
import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.tests.SelosteInjectorProvider;

/**
 * The TextMate grammar of the VS Code extension, as generated from the Xtext grammar: every keyword of
 * both languages is coloured as a keyword, whole words only. Its patterns are compiled with
 * java.util.regex; they keep to the subset Oniguruma (TextMate) reads alike.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class TextMateGrammarTest {

	@Inject
	private IGrammarAccess grammarAccess;

	@Inject
	private BilingualKeywords keywords;

	private JsonObject json;
	private List<Pattern> keywordPatterns;

	@BeforeEach
	void generate() {
		json = JsonParser.parseString(TextMateGrammar.of(grammarAccess.getGrammar()).toJson()).getAsJsonObject();
		keywordPatterns = new ArrayList<>();
		for (JsonElement rule : repository("keywords")) {
			keywordPatterns.add(Pattern.compile(rule.getAsJsonObject().get("match").getAsString()));
		}
	}

	private Iterable<JsonElement> repository(String name) {
		return json.getAsJsonObject("repository").getAsJsonObject(name).getAsJsonArray("patterns");
	}

	private Pattern single(String name) {
		return Pattern.compile(repository(name).iterator().next().getAsJsonObject().get("match").getAsString());
	}

	/** The keyword matches a keyword pattern, in a line of text, exactly from its first to its last letter. */
	private boolean isKeyword(String line, String keyword) {
		int start = line.indexOf(keyword);
		for (Pattern pattern : keywordPatterns) {
			Matcher matcher = pattern.matcher(line);
			while (matcher.find()) {
				if (matcher.start() == start && matcher.end() == start + keyword.length()) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean anyKeywordIn(String line) {
		return keywordPatterns.stream().anyMatch(pattern -> pattern.matcher(line).find());
	}

	@Test
	void everyKeywordOfBothLanguagesIsAKeyword() {
		Set<String> missed = new TreeSet<>();
		int checked = 0;
		for (BilingualKeywords.Pair pair : keywords.pairs()) {
			for (String keyword : List.of(pair.finnish(), pair.english())) {
				checked++;
				if (!isKeyword(keyword, keyword) || !isKeyword("  " + keyword + " Nimi {", keyword)
						|| !isKeyword("{" + keyword + ";", keyword)) {
					missed.add(keyword);
				}
			}
		}
		assertEquals(Set.of(), missed, "keywords the TextMate grammar does not colour");
		assertTrue(checked > 250, "the bilingual table was read: " + checked);
	}

	@Test
	void theKeywordListIsEveryWordKeywordOfTheGrammar() {
		Set<String> grammarWords = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammarAccess.getGrammar())) {
			if (keyword.matches("\\p{L}[\\p{L}\\p{N}-]*")) {
				grammarWords.add(keyword);
			}
		}
		TextMateGrammar grammar = TextMateGrammar.of(grammarAccess.getGrammar());
		assertEquals(grammarWords, new TreeSet<>(grammar.allKeywords()));
		for (String keyword : grammar.allKeywords()) {
			assertTrue(isKeyword(keyword, keyword), keyword);
		}
		assertTrue(grammar.allKeywords().containsAll(List.of("fi", "en", "sv")), "language codes");
	}

	@Test
	void finnishLettersAndHyphensBelongToTheWord() {
		assertTrue(isKeyword("oikeutettu-etu", "oikeutettu-etu"), "one keyword, not 'oikeutettu' and 'etu'");
		assertTrue(isKeyword("päivitetty 2026-04-23;", "päivitetty"));
		assertTrue(isKeyword("rekisteröidyt Asiakkaat \"Asiakkaat\";", "rekisteröidyt"));
		assertFalse(anyKeywordIn("kuvausteksti"), "a word that starts with a keyword");
		assertFalse(anyKeywordIn("tuotekuvaus"), "a word that ends with a keyword");
		assertFalse(anyKeywordIn("kuvausä"), "a Finnish letter continues the word");
		assertFalse(anyKeywordIn("kuvaus-teksti"), "a hyphen continues the word");
		assertFalse(anyKeywordIn("kuvaus_2"), "an underscore continues the word");
		assertFalse(anyKeywordIn("^kuvaus"), "'^' makes a keyword a name");
		assertFalse(anyKeywordIn("Kuvaus"), "keywords are case-sensitive");
	}

	@Test
	void longerKeywordsWinOverTheirPrefixes() {
		// 'rekisterinpitäjä' and 'yhteisrekisterinpitäjä', 'data' ... each is matched whole
		for (String keyword : List.of("yhteisrekisterinpitäjä", "joint-controller", "supervisory-authority")) {
			assertTrue(isKeyword(keyword + " X {", keyword), keyword);
		}
	}

	@Test
	void numbersDatesCommentsAndStrings() {
		Pattern date = single("dates");
		Pattern number = single("numbers");
		assertTrue(date.matcher("päivitetty 2026-04-23;").find());
		assertFalse(date.matcher("x2026-04-23").find());
		Matcher range = number.matcher("6-10 vuotta");
		assertTrue(range.find());
		assertEquals("6", range.group());
		assertTrue(range.find());
		assertEquals("10", range.group());
		assertFalse(number.matcher("art49 Nimi2").find(), "digits of a name are not a number");

		JsonObject lineComment = repository("comments").iterator().next().getAsJsonObject();
		assertEquals("comment.line.double-slash.seloste", lineComment.get("name").getAsString());
		Matcher comment = Pattern.compile(lineComment.get("match").getAsString()).matcher("x // kuvaus \"y\"");
		assertTrue(comment.find());
		assertEquals("// kuvaus \"y\"", comment.group());

		JsonObject string = repository("strings").iterator().next().getAsJsonObject();
		assertEquals("\"", string.get("begin").getAsString());
		Pattern escape = Pattern.compile(string.getAsJsonArray("patterns").get(0).getAsJsonObject().get("match").getAsString());
		assertTrue(escape.matcher("\\\"").matches(), "an escaped quote does not end the string");
	}

	@Test
	void everyPatternCompiles() {
		List<String> patterns = new ArrayList<>();
		collectPatterns(json, patterns);
		for (String pattern : patterns) {
			Pattern.compile(pattern);
		}
		assertTrue(patterns.size() >= 10, "patterns: " + patterns.size());
		assertEquals("source.seloste", json.get("scopeName").getAsString());
	}

	private static void collectPatterns(JsonElement element, List<String> into) {
		if (element.isJsonObject()) {
			for (var entry : element.getAsJsonObject().entrySet()) {
				if (Set.of("match", "begin", "end").contains(entry.getKey())) {
					into.add(entry.getValue().getAsString());
				} else {
					collectPatterns(entry.getValue(), into);
				}
			}
		} else if (element.isJsonArray()) {
			element.getAsJsonArray().forEach(child -> collectPatterns(child, into));
		}
	}
}
