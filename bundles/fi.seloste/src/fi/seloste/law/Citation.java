package fi.seloste.law;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.seloste.seloste.Language;

/**
 * The legal source of a check, written once in a compact form and worded per language in the
 * citation style of that language. The form is a list of parts separated by {@code ;}:
 * <ul>
 * <li>{@code GDPR 13(1)(c), 6(1)}: articles of the GDPR, with paragraph, point or ranges
 * ({@code 44-49}, {@code 21(2)-(4)}, {@code 9(2)(g)-(j)}); in Finnish
 * "tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohta ja 6 artiklan 1 kohta", in English
 * "GDPR Art 13(1)(c), 6(1)";</li>
 * <li>{@code LAW 1050/2018 29}: a Finnish statute by its number and section(s): {@code 29},
 * {@code 2:10} (chapter 2, section 10), {@code 200.2} (section 200, subsection 2), {@code 4, 5};
 * its name comes from the wording catalogue ({@code statute.1050/2018}): "tietosuojalaki
 * (1050/2018) 29 §", "Data Protection Act (1050/2018) s 29";</li>
 * <li>any other word: a key {@code citation.WORD} of the wording catalogue, e.g. {@code practice}
 * (good practice), {@code wp260} (guidelines) or {@code seloste.style} (a rule of the language).</li>
 * </ul>
 */
public final class Citation {

	private static final Pattern GDPR_REFERENCE = Pattern.compile(
			"(\\d+)(?:-(\\d+))?(?:\\((\\d+)\\)(?:-\\((\\d+)\\))?)?(?:\\(([a-z])\\)(?:-\\(([a-z])\\))?)?");

	private static final Pattern SECTION = Pattern.compile("(?:(\\d+):)?(\\d+[a-z]?)(?:\\.(\\d+))?");

	private static final Pattern STATUTE_NUMBER = Pattern.compile("LAW (\\d{1,4})/(\\d{4})");

	private static final String GDPR_OFFICIAL_TEXT = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";

	private final String spec;

	private Citation(String spec) {
		this.spec = spec;
	}

	/** A citation in the compact form; {@link #in(Language)} fails on a form it cannot read. */
	public static Citation of(String spec) {
		return new Citation(spec);
	}

	/** The compact form, as declared. */
	public String spec() {
		return spec;
	}

	/** The citation worded in the given language. */
	public String in(Language language) {
		LegalWording wording = LegalWording.of(language);
		List<String> parts = new ArrayList<>();
		for (String part : spec.split(";")) {
			String trimmed = part.strip();
			if (trimmed.startsWith("GDPR ")) {
				parts.add(gdpr(trimmed.substring(5), language, wording));
			} else if (trimmed.startsWith("LAW ")) {
				parts.add(statute(trimmed.substring(4).strip(), language, wording));
			} else {
				parts.add(wording.get("citation." + trimmed));
			}
		}
		return String.join("; ", parts);
	}

	/**
	 * The address of the official text of the citation's first statute, for an editor to link: the GDPR's
	 * European Legislation Identifier on EUR-Lex, a Finnish statute's consolidated text on Finlex; none for
	 * guidance and good practice, which have no one official text.
	 */
	public java.util.Optional<String> officialText() {
		String first = spec.split(";")[0].strip();
		if (first.startsWith("GDPR ")) {
			return java.util.Optional.of(GDPR_OFFICIAL_TEXT);
		}
		Matcher statute = STATUTE_NUMBER.matcher(first);
		if (statute.lookingAt()) {
			String number = "0".repeat(4 - statute.group(1).length()) + statute.group(1);
			return java.util.Optional.of("https://www.finlex.fi/fi/laki/ajantasa/" + statute.group(2) + "/"
					+ statute.group(2) + number);
		}
		return java.util.Optional.empty();
	}

	@Override
	public String toString() {
		return spec;
	}

	// ------------------------------------------------------------------ GDPR articles

	private static String gdpr(String references, Language language, LegalWording wording) {
		List<String> worded = new ArrayList<>();
		for (String reference : references.split(",")) {
			Matcher m = GDPR_REFERENCE.matcher(reference.strip());
			if (!m.matches()) {
				throw new IllegalArgumentException("not a GDPR reference: " + reference);
			}
			worded.add(language == Language.EN ? english(m) : finnishOrSwedish(m, language));
		}
		if (language == Language.EN) {
			return wording.get("citation.gdpr") + " " + String.join(", ", worded);
		}
		return wording.get("citation.gdpr") + " " + list(worded, wording.get("citation.and"));
	}

	private static String english(Matcher m) {
		StringBuilder text = new StringBuilder(m.group(1));
		range(text, m.group(2), "–", "");
		if (m.group(3) != null) {
			text.append('(').append(m.group(3)).append(')');
			range(text, m.group(4), "–(", ")");
		}
		if (m.group(5) != null) {
			text.append('(').append(m.group(5)).append(')');
			range(text, m.group(6), "–(", ")");
		}
		return text.toString();
	}

	/** "13 artiklan 1 kohdan a alakohta" / "artikel 13.1 a": the last unit is in the nominative. */
	private static String finnishOrSwedish(Matcher m, Language language) {
		String article = m.group(1) + (m.group(2) == null ? "" : "–" + m.group(2));
		String paragraph = m.group(3) == null ? null : m.group(3) + (m.group(4) == null ? "" : "–" + m.group(4));
		String point = m.group(5) == null ? null : m.group(5) + (m.group(6) == null ? "" : "–" + m.group(6));
		if (language == Language.SV) {
			return "artikel " + article + (paragraph == null ? "" : "." + paragraph) + (point == null ? "" : " " + point);
		}
		if (paragraph == null) {
			return article + " artikla";
		}
		if (point == null) {
			return article + " artiklan " + paragraph + " kohta";
		}
		return article + " artiklan " + paragraph + " kohdan " + point + " alakohta";
	}

	private static void range(StringBuilder text, String end, String before, String after) {
		if (end != null) {
			text.append(before).append(end).append(after);
		}
	}

	// ------------------------------------------------------------------ Finnish statutes

	private static String statute(String text, Language language, LegalWording wording) {
		int space = text.indexOf(' ');
		String number = space < 0 ? text : text.substring(0, space);
		String name = wording.get("statute." + number) + " (" + number + ")";
		if (space < 0) {
			return name;
		}
		List<Matcher> sections = new ArrayList<>();
		for (String section : text.substring(space + 1).split(",")) {
			Matcher m = SECTION.matcher(section.strip());
			if (!m.matches()) {
				throw new IllegalArgumentException("not a section: " + section);
			}
			sections.add(m);
		}
		return name + " " + sections(sections, language, wording);
	}

	private static String sections(List<Matcher> sections, Language language, LegalWording wording) {
		boolean plain = sections.stream().allMatch(m -> m.group(1) == null && m.group(3) == null);
		List<String> numbers = sections.stream().map(m -> m.group(2)).toList();
		if (language == Language.EN) {
			if (plain) {
				return (numbers.size() == 1 ? "s " : "ss ") + list(numbers, "and");
			}
			return String.join(", ", sections.stream().map(m -> (m.group(1) == null ? "" : "ch " + m.group(1) + " ")
					+ "s " + m.group(2) + (m.group(3) == null ? "" : "(" + m.group(3) + ")")).toList());
		}
		if (plain) {
			return list(numbers, wording.get("citation.and")) + " §";
		}
		List<String> worded = new ArrayList<>();
		for (Matcher m : sections) {
			String chapter = m.group(1) == null ? "" : m.group(1) + " " + wording.get("citation.chapter") + " ";
			String subsection = m.group(3) == null ? "" : wording.format("citation.subsection", m.group(3));
			worded.add(chapter + m.group(2) + " §" + subsection);
		}
		return list(worded, wording.get("citation.and"));
	}

	/** "a, b ja c". */
	private static String list(List<String> items, String and) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
	}
}
