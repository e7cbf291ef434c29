package fi.seloste.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.highlighting.SelosteKeywords;

/** The editor colours every word the grammar reserves, and nothing else. */
public class KeywordListTest {

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*");

	@Test
	public void theColouredKeywordsAreExactlyTheGrammarsWords() {
		Set<String> grammarWords = new TreeSet<>();
		for (String keyword : GrammarUtil
				.getAllKeywords(SelosteInjector.get().getInstance(IGrammarAccess.class).getGrammar())) {
			if (WORD.matcher(keyword).matches()) {
				grammarWords.add(keyword);
			}
		}
		assertEquals(grammarWords, new TreeSet<>(SelosteKeywords.all()));
	}
}
