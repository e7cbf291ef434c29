package fi.seloste.law;

import java.util.regex.Pattern;

/**
 * Whether a text names a law: a statute by number ({@code 1336/1997}, {@code (EU) 2016/679}), a section
 * ({@code §}), a named act ("kirjanpitolaki", "tietosuojalain", "bokföringslagen", "Accounting Act",
 * "valtioneuvoston asetus") or an EU regulation or directive. Words that only say "the law" or "statutory"
 * ("lain mukaan", "lakisääteinen", "as required by law") name no law. The one test of "does this text
 * name a law" (GDPR Art 6(3), 9(2)(b), (g)–(j); tietosuojalaki 4 §, 6 §), so that a structured law slot
 * can be added here in one place.
 */
public final class StatuteMentions {

	/** A compound that ends in a form of "laki" or "lag": a specific act, not the word "law" alone. */
	private static final String NAMED_ACT = "\\p{L}{3,}-?la(?:ki|kia|kiin|in|issa|ista|illa|ille|it|kien|eissa|eihin)(?!\\p{L})"
			+ "|\\p{L}{3,}lag(?:en|ar|arna)?(?!\\p{L})";

	/** "laki … -sta/-stä": the long title of an act ("laki sähköisen viestinnän palveluista"). */
	private static final String TITLED_ACT = "(?<!\\p{L})la(?:ki|in|issa|kiin)\\s+(?:\\p{L}+\\s+){0,6}\\p{L}+(?:sta|stä)(?!\\p{L})";

	private static final Pattern LAW = Pattern.compile("(?iu)" + NAMED_ACT + "|" + TITLED_ACT
			+ "|\\d+\\s*/\\s*\\d{4}|§|(?<!\\p{L})\\p{L}*asetu(?:s|ksen|ksessa|sta|ksella)(?!\\p{L})"
			+ "|(?<!\\p{L})(?:regulation|directive|direktiivi\\p{L}*|förordning\\p{L}*|gdpr)(?!\\p{L})");

	/** English names of acts are capitalised: "Accounting Act", "Data Protection Act". */
	private static final Pattern ENGLISH_ACT = Pattern.compile("\\p{Lu}\\p{L}*\\s+Act(?!\\p{L})");

	private StatuteMentions() {
	}

	/** Whether the text names a law; {@code false} for {@code null}. */
	public static boolean namesLaw(String text) {
		return text != null && (LAW.matcher(text).find() || ENGLISH_ACT.matcher(text).find());
	}
}
