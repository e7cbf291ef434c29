package fi.seloste.tests.random;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Made-up words that name one thing each in a generated notice ("Kavetox"), so that a test can find
 * exactly that thing in any output by a substring search. All have the same length and a rare ending,
 * so that no token is part of another, of a word of the outputs' own labels or of a country name.
 */
final class Tokens {

	private static final String CONSONANTS = "bdfghjklmnprstv";
	private static final String VOWELS = "aeiou";

	private final Random random;
	private final Set<String> used = new HashSet<>();

	Tokens(Random random) {
		this.random = random;
	}

	String next() {
		while (true) {
			StringBuilder word = new StringBuilder();
			for (int i = 0; i < 3; i++) {
				word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
				word.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
			}
			word.append('x');
			word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
			if (used.add(word.toString().toLowerCase(Locale.ROOT))) {
				return word.toString();
			}
		}
	}
}
