package fi.seloste.keywords;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The Finnish and English twin of every keyword, read from the grammar itself so that it cannot
 * drift: the grammar writes each keyword as an alternative {@code ('finnish' | 'english')}, and each
 * enum literal as its Finnish keywords followed by as many English ones.
 */
@Singleton
public class BilingualKeywords {

	/** One Finnish keyword and its English twin. */
	public record Pair(String finnish, String english) {
		public String in(KeywordLanguage language) {
			return language == KeywordLanguage.FINNISH ? finnish : english;
		}
	}

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*");

	private final List<Pair> pairs;
	private final Map<String, Pair> byKeyword = new LinkedHashMap<>();
	private final List<String> conflicts = new ArrayList<>();

	@Inject
	public BilingualKeywords(IGrammarAccess grammarAccess) {
		this(grammarAccess.getGrammar());
	}

	public BilingualKeywords(Grammar grammar) {
		Map<String, Pair> unique = new LinkedHashMap<>();
		for (AbstractRule rule : grammar.getRules()) {
			if (rule instanceof EnumRule enumRule) {
				collectEnumPairs(enumRule, unique);
			} else {
				rule.eAllContents().forEachRemaining(element -> collectAlternativePair(element, unique));
			}
		}
		this.pairs = List.copyOf(unique.values());
		for (Pair pair : pairs) {
			register(pair.finnish(), pair);
			register(pair.english(), pair);
		}
	}

	private void register(String keyword, Pair pair) {
		Pair previous = byKeyword.putIfAbsent(keyword, pair);
		if (previous != null && !previous.equals(pair)) {
			conflicts.add(keyword + ": " + previous + " vs " + pair);
		}
	}

	private static void collectAlternativePair(EObject element, Map<String, Pair> into) {
		if (element instanceof Alternatives alternatives && alternatives.getElements().size() == 2
				&& alternatives.getElements().get(0) instanceof Keyword finnish
				&& alternatives.getElements().get(1) instanceof Keyword english
				&& isWord(finnish.getValue()) && isWord(english.getValue())) {
			add(finnish.getValue(), english.getValue(), into);
		}
	}

	private static void collectEnumPairs(EnumRule rule, Map<String, Pair> into) {
		Map<String, List<String>> keywordsByLiteral = new LinkedHashMap<>();
		rule.eAllContents().forEachRemaining(element -> {
			if (element instanceof EnumLiteralDeclaration declaration) {
				keywordsByLiteral.computeIfAbsent(declaration.getEnumLiteral().getName(), k -> new ArrayList<>())
						.add(declaration.getLiteral().getValue());
			}
		});
		for (List<String> keywords : keywordsByLiteral.values()) {
			int half = keywords.size() / 2;
			if (keywords.size() % 2 != 0) {
				continue; // language codes (fi, en, sv) are the same in every language
			}
			for (int i = 0; i < half; i++) {
				add(keywords.get(i), keywords.get(half + i), into);
			}
		}
	}

	private static void add(String finnish, String english, Map<String, Pair> into) {
		into.putIfAbsent(finnish + "\u0000" + english, new Pair(finnish, english));
	}

	private static boolean isWord(String keyword) {
		return WORD.matcher(keyword).matches();
	}

	/** All pairs in grammar order, each once. */
	public List<Pair> pairs() {
		return pairs;
	}

	/** Keywords that were paired with two different twins; empty in a well-formed grammar. */
	public List<String> conflicts() {
		return Collections.unmodifiableList(conflicts);
	}

	/** The language a keyword belongs to, or {@code null} for punctuation and language codes. */
	public KeywordLanguage languageOf(String keyword) {
		Pair pair = byKeyword.get(keyword);
		if (pair == null) {
			return null;
		}
		return pair.finnish().equals(keyword) ? KeywordLanguage.FINNISH : KeywordLanguage.ENGLISH;
	}

	/** The keyword in the given language, or the keyword itself when it has no twin. */
	public String in(String keyword, KeywordLanguage language) {
		Pair pair = byKeyword.get(keyword);
		return pair == null ? keyword : pair.in(language);
	}
}
