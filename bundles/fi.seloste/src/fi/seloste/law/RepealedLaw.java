package fi.seloste.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to the Personal Data Act (henkilötietolaki 523/1999), repealed on 1 January 2019 and
 * replaced by the Data Protection Act (tietosuojalaki 1050/2018) and the GDPR. "Henkilötieto-
 * lainsäädäntö" (data protection legislation in general) is not a reference to the act.
 */
public final class RepealedLaw {

	private static final Pattern REFERENCE = Pattern.compile(
			"(?iuU)\\bhenkilötietola(ki|in|issa|ista|kiin|kia|iksi)\\b|\\b523/1999\\b|\\bpersonuppgiftslag(en)?\\b|\\bPersonal Data Act\\b");

	private static final Map<String, String> REPLACEMENTS = Map.of(
			"henkilötietolaki", "tietosuojalaki", "henkilötietolain", "tietosuojalain",
			"henkilötietolaissa", "tietosuojalaissa", "henkilötietolaista", "tietosuojalaista",
			"henkilötietolakiin", "tietosuojalakiin", "henkilötietolakia", "tietosuojalakia",
			"henkilötietolaiksi", "tietosuojalaiksi", "523/1999", "1050/2018",
			"personuppgiftslagen", "dataskyddslagen", "personuppgiftslag", "dataskyddslag");

	private RepealedLaw() {
	}

	/** Each reference in the text, as written. */
	public static List<String> references(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = REFERENCE.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	/** The text with each reference replaced by the law in force, keeping an initial capital. */
	public static String replaceReferences(String text) {
		Matcher matcher = REFERENCE.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement(matcher.group())));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String replacement(String reference) {
		if (reference.equalsIgnoreCase("Personal Data Act")) {
			return "Data Protection Act (1050/2018)";
		}
		String replaced = REPLACEMENTS.getOrDefault(reference.toLowerCase(Locale.ROOT), reference);
		return Character.isUpperCase(reference.charAt(0))
				? Character.toUpperCase(replaced.charAt(0)) + replaced.substring(1) : replaced;
	}
}
