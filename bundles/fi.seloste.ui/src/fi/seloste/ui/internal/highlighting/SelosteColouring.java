package fi.seloste.ui.internal.highlighting;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/** The lexical colouring of a text outside an editor, with given styles (the preference page's preview). */
public final class SelosteColouring {

	/** Told of each coloured token. */
	public interface Sink {
		void token(int offset, int length, TextAttribute attribute);
	}

	private SelosteColouring() {
	}

	public static void colour(String text, Function<TokenStyle, TextAttribute> styles, Sink sink) {
		Map<TokenStyle, IToken> tokens = new EnumMap<>(TokenStyle.class);
		for (TokenStyle style : TokenStyle.values()) {
			tokens.put(style, new Token(styles.apply(style)));
		}
		SelosteScanner scanner = new SelosteScanner(SelosteKeywords.all(), tokens::get);
		scanner.setRange(new Document(text), 0, text.length());
		for (IToken token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
			if (token.getData() instanceof TextAttribute attribute && attribute.getForeground() != null) {
				sink.token(scanner.getTokenOffset(), scanner.getTokenLength(), attribute);
			}
		}
	}
}
