package fi.seloste.ui.internal.highlighting;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * Numbers ({@code 6}), ranges ({@code 6-10}) and ISO dates ({@code 2026-04-23}) as one token each:
 * digits, then any number of '-' followed by more digits. A '-' not followed by a digit is left alone.
 */
final class NumberOrDateRule implements IRule {

	private final IToken token;

	NumberOrDateRule(IToken token) {
		this.token = token;
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner) {
		if (!isDigit(scanner.read())) {
			scanner.unread();
			return Token.UNDEFINED;
		}
		readDigits(scanner);
		while (true) {
			if (scanner.read() != '-') {
				scanner.unread();
				break;
			}
			if (!isDigit(scanner.read())) {
				scanner.unread();
				scanner.unread();
				break;
			}
			readDigits(scanner);
		}
		return token;
	}

	private static void readDigits(ICharacterScanner scanner) {
		while (isDigit(scanner.read())) {
			// consumed
		}
		scanner.unread();
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}
}
