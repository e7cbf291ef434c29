package fi.seloste.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.highlighting.SelosteScanner;
import fi.seloste.ui.internal.highlighting.TokenStyle;

/**
 * A restored editor is drawn before the language is ready (its injector is made in the background, not
 * on the UI thread of a starting workbench): its words are read whole, uncoloured, and its keywords are
 * coloured as soon as they are known.
 */
public class DeferredKeywordsTest {

	@Test
	public void keywordsKnownLaterAreColouredFromThenOn() {
		AtomicReference<Set<String>> known = new AtomicReference<>();
		SelosteScanner scanner = new SelosteScanner(known::get, style -> new Token(style));

		assertEquals(List.of("other seloste", "other Kahvila2"), tokens(scanner, "seloste Kahvila2"),
				"before the keywords are known a word is read whole (no number inside a name), uncoloured");

		known.set(Set.of("seloste"));
		assertEquals(List.of("KEYWORD seloste", "other Kahvila2"), tokens(scanner, "seloste Kahvila2"));
	}

	private static List<String> tokens(SelosteScanner scanner, String text) {
		scanner.setRange(new Document(text), 0, text.length());
		List<String> tokens = new ArrayList<>();
		for (IToken token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
			if (token.isWhitespace()) {
				continue;
			}
			String word = text.substring(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
			tokens.add((token.getData() instanceof TokenStyle style ? style.name() : "other") + " " + word);
		}
		return tokens;
	}
}
