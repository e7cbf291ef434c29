package fi.seloste.tests.random;

import fi.seloste.seloste.Language;

/** A text of a generated notice in each of the three output languages; the writer picks the declared ones. */
record Phrase(String fi, String en, String sv) {

	String in(Language language) {
		return switch (language) {
			case FI -> fi;
			case EN -> en;
			case SV -> sv;
		};
	}

	/** The phrase with a word appended in every language (a token that makes it unique in the notice). */
	Phrase with(String word) {
		return new Phrase(fi + " " + word, en + " " + word, sv + " " + word);
	}

	/** The same string in every language (names, codes). */
	static Phrase same(String text) {
		return new Phrase(text, text, text);
	}
}
