package fi.seloste.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to the Personal Data Act (henkilötietolaki 523/1999), repealed on 1 January 2019 and
 * replaced by the Data Protection Act (tietosuojalaki 1050/2018) and the GDPR. "Henkilötieto-
 * lainsäädäntö" (data protection legislation in general) is not a reference to the act.
 * <p>
 * A reference is the act's name or number; a {@link Citation} is the reference with the act's
 * number and the provisions cited with it ("henkilötietolain (523/1999) 8 § 1 momentin 2 kohta"),
 * which a fix must replace as a whole: section numbers do not carry over to the laws in force.
 */
public final class RepealedLaw {

	private static final Pattern REFERENCE = Pattern.compile(
			"(?iuU)\\bhenkilötietola(ki|in|issa|ista|kiin|kia|iksi)\\b|\\b523/1999\\b|\\bpersonuppgiftslag(en)?\\b|\\bPersonal Data Act\\b");

	/** The act's number written beside its name: "(523/1999)", ", 523/1999," or " 523/1999". */
	private static final String NUMBER = "(?:\\s*\\(\\s*523/1999\\s*\\)|\\s*,\\s*523/1999(?:\\s*,(?=\\s*\\d))?|\\s+523/1999)?";

	/**
	 * The provisions cited after the act: numbers, section signs (with a case ending), chapters,
	 * moments, points (a dot only after an abbreviation: it may end the sentence) and the words that
	 * list them. It starts with a number, so "henkilötietolain
	 * mukaisesti" cites no provision.
	 */
	private static final String PROVISIONS = "(?<provisions>\\s*,?\\s+(?=\\d)(?:\\s*(?:\\d+(?:\\s?[a-zåäö](?![\\p{L}.]))?"
			+ "|§(?::\\p{L}+)?|(?:luvu|luku|moment|kohd|koht|alakoh|kappal)\\p{L}*|(?:mom|st|p|k|kpl)\\.|(?:,|ja|tai|och|and)(?=\\s*\\d)))+)?";

	private static final Pattern FINNISH = Pattern.compile(
			"(?iuU)\\bhenkilötietola(?<form>ki|in|issa|ista|kiin|kia|iksi)\\b" + NUMBER + PROVISIONS);

	private static final Pattern SWEDISH = Pattern.compile("(?iuU)\\bpersonuppgiftslag(?:en)?\\b" + NUMBER + PROVISIONS);

	private static final Pattern ENGLISH = Pattern.compile(
			"(?iuU)\\bPersonal Data Act\\b" + NUMBER + "(?<provisions>,?\\s*(?:section|§)\\s*\\d[\\w()]*(?:\\s*(?:,|and)\\s*\\d[\\w()]*)*)?");

	/** Provisions written before the act: Swedish "10 § personuppgiftslagen", English "section 10 of the Personal Data Act". */
	private static final Pattern PROVISIONS_BEFORE = Pattern.compile(
			"(?iuU)(?:\\d+\\s?[a-z]?\\s*§(?:\\s*\\d+\\s*(?:mom|st|p)\\.?)*\\s*|(?:section|§)\\s*\\d[\\w()]*(?:\\s*(?:,|and)\\s*\\d[\\w()]*)*\\s+of\\s+(?:the\\s+)?)$");

	/** Provisions that are only sections, "10 ja 24 §:n": the one form with a certain successor. */
	private static final Pattern SECTIONS = Pattern.compile(
			"(?iuU)\\s*,?\\s*(?<numbers>\\d+(?:\\s*,\\s*\\d+)*(?:\\s+ja\\s+\\d+)?)\\s*§(?::(?<suffix>\\p{L}+))?\\s*");

	/** The language a citation is written in; NUMBER is the act's number alone ("laki 523/1999"). */
	public enum Act {
		FINNISH, SWEDISH, ENGLISH, NUMBER
	}

	/**
	 * A citation of the repealed act in a text.
	 *
	 * @param start where it starts in the text
	 * @param end where it ends
	 * @param act the language it is written in
	 * @param form the case ending of the Finnish name ("in" for "henkilötietolain"), else empty
	 * @param provisions the provisions cited, as written ("8 § 1 momentin 2 kohta"), or empty
	 * @param sections the sections, when the provisions are sections alone ("10 ja 24 §"), else empty
	 * @param suffix the case ending after the section sign ("n" for "§:n"), or empty
	 */
	public record Citation(int start, int end, String written, Act act, String form, String provisions,
			List<Integer> sections, String suffix) {

		public boolean citesProvisions() {
			return !provisions.isEmpty();
		}
	}

	private RepealedLaw() {
	}

	/** Each reference in the text, as written. */
	public static List<String> references(String text) {
		List<String> found = new ArrayList<>();
		if (!mayMention(text)) {
			return found;
		}
		Matcher matcher = REFERENCE.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	/**
	 * Whether the text holds a word the reference starts with: every text of a notice is checked, and the
	 * Unicode-aware pattern is slow on long ones that mention no act at all.
	 */
	private static boolean mayMention(String text) {
		return MENTION.matcher(text).find();
	}

	/** The words {@link #REFERENCE} starts with, folded as it folds case, without its slower word boundaries. */
	private static final Pattern MENTION = Pattern.compile("henkilötietola|523/1999|personuppgiftslag|personal data act",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The first citation in the text that holds the reference (as {@link #references} gives it). */
	public static Optional<Citation> citation(String text, String reference) {
		Matcher matcher = REFERENCE.matcher(text);
		while (matcher.find()) {
			if (matcher.group().equalsIgnoreCase(reference)) {
				return Optional.of(citationAt(text, matcher.start()));
			}
		}
		return Optional.empty();
	}

	/** The citation holding the reference that starts at {@code offset}. */
	private static Citation citationAt(String text, int offset) {
		for (Pattern pattern : List.of(FINNISH, SWEDISH, ENGLISH)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find() && matcher.start() <= offset) {
				if (offset < matcher.end()) {
					return citation(text, matcher, pattern);
				}
			}
		}
		int end = offset + "523/1999".length();
		return new Citation(offset, end, text.substring(offset, end), Act.NUMBER, "", "", List.of(), "");
	}

	private static Citation citation(String text, Matcher matcher, Pattern pattern) {
		Act act = pattern == FINNISH ? Act.FINNISH : pattern == SWEDISH ? Act.SWEDISH : Act.ENGLISH;
		String form = act == Act.FINNISH ? matcher.group("form").toLowerCase(Locale.ROOT) : "";
		int start = matcher.start();
		String provisions = matcher.group("provisions") == null ? "" : matcher.group("provisions");
		Matcher before = PROVISIONS_BEFORE.matcher(text.substring(0, start));
		if (act != Act.FINNISH && before.find()) {
			start = before.start();
			provisions = before.group().replaceFirst("(?iu)\\s+of\\s+(?:the\\s+)?$", "") + provisions;
		}
		List<Integer> sections = new ArrayList<>();
		String suffix = "";
		Matcher plain = SECTIONS.matcher(provisions);
		if (act == Act.FINNISH && plain.matches()) {
			for (String number : plain.group("numbers").split("\\D+")) {
				sections.add(Integer.parseInt(number));
			}
			suffix = plain.group("suffix") == null ? "" : plain.group("suffix").toLowerCase(Locale.ROOT);
		}
		return new Citation(start, matcher.end(), text.substring(start, matcher.end()), act, form,
				provisions.strip().replaceFirst("^,\\s*", ""), List.copyOf(sections), suffix);
	}
}
