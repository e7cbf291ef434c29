package fi.seloste.law;

import java.util.Optional;

/**
 * Known misstatements of the data subject's rights in the texts of a notice's rights (Finnish, English,
 * Swedish): the right to object limited to unlawful processing (Art 21(1) has no such condition), and
 * requests limited to a signed letter or a visit to the office (Art 12(2): the controller facilitates
 * the exercise of the rights; recital 59: requests also by electronic means).
 * <p>
 * References to the rights of the repealed Personal Data Act are not here: {@code repealedLawReference}
 * reports them in every text, rights included.
 */
public final class RightsMisstatements {

	/** The kind of a misstatement; the check's message explains it ({@code misstatement.KIND} in the messages). */
	public enum Kind {
		OBJECTION_ONLY_IF_UNLAWFUL, FORMAL_REQUEST_ONLY
	}

	/** A misstatement found: its kind and the words that make it, as written. */
	public record Found(Kind kind, String words) {
	}

	private static final TextSigns UNLAWFUL = TextSigns.of("lainvastai\\w*", "lain\\s+vastai\\w*", "laiton\\w*",
			"laittom\\w*", "unlawful\\w*", "illegal\\w*", "olaglig\\w*", "lagstridig\\w*");

	private static final TextSigns FORMAL_REQUEST = TextSigns.of("omakätise\\w*(?:\\s+allekirjoit\\w*)?",
			"allekirjoit\\w*",
			"henkilökohtaisesti\\s+(?:\\w+\\s+){0,3}(?:toimipist\\w*|toimisto\\w*|toimitilo\\w*|konttori\\w*)",
			"signed\\s+(?:letter|request|document|form)", "in\\s+person\\s+at\\s+(?:our|the)\\s+offices?",
			"egenhändigt\\s+undertecknad\\w*", "undertecknad\\w*", "personligen\\s+på\\s+(?:vårt|kontoret)");

	/** A channel that is not paper or a visit: with it, a signed letter is one way among others. */
	private static final TextSigns ELECTRONIC = TextSigns.of("sähköpost\\w*", "sähköisesti", "sähköise\\w*",
			"verkkolomak\\w*", "e-?mail\\w*", "electronic\\w*", "online", "e-post\\w*", "elektronisk\\w*",
			"webbformulär\\w*");

	private RightsMisstatements() {
	}

	/** A misstatement of the right to object in its text. */
	public static Optional<Found> inObjection(String text) {
		return UNLAWFUL.find(text).map(words -> new Found(Kind.OBJECTION_ONLY_IF_UNLAWFUL, words));
	}

	/** Requests limited to a signed letter or a visit to the office, in any text on exercising the rights. */
	public static Optional<Found> inExercise(String text) {
		if (ELECTRONIC.matches(text) || text.contains("@")) {
			return Optional.empty();
		}
		return FORMAL_REQUEST.find(text).map(words -> new Found(Kind.FORMAL_REQUEST_ONLY, words));
	}
}
