package fi.seloste.law;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words in Finnish, English and Swedish that say a data category belongs to the special categories of
 * GDPR Art 9(1): health (sick leave, medical certificates, diagnoses), trade-union membership, religious
 * or philosophical beliefs, racial or ethnic origin, biometric and genetic data, sex life or sexual
 * orientation, political opinions. Stems, matched at the start of a word or inside a compound.
 */
public final class SpecialCategoryTerms {

	private static final Pattern TERMS = Pattern.compile("(?iu)("
			// health
			+ "terveys|terveyd\\p{L}*|sairau\\p{L}*|sairas\\p{L}*|sairauspoissa\\p{L}*|lääkär\\p{L}*|diagnoos\\p{L}*"
			+ "|raskaus\\p{L}*|raskauden|allergi\\p{L}*|vammai\\p{L}*|health|medical|sick[- ]?leave|sickness|diagnos\\p{L}*"
			+ "|disabilit\\p{L}*|hälsa|hälso\\p{L}*|sjuk\\p{L}*|läkarintyg\\p{L}*"
			// trade-union membership
			+ "|ammattiliit\\p{L}*|ammattiyhdisty\\p{L}*|trade[- ]union\\p{L}*|fackförening\\p{L}*|fackligt?"
			// beliefs
			+ "|uskonto\\p{L}*|uskonnol\\p{L}*|vakaumu\\p{L}*|religio\\p{L}*|religiö\\p{L}*"
			// origin
			+ "|etnin\\p{L}*|etnis\\p{L}*|rodull\\p{L}*|ethnic\\p{L}*|racial|etnisk\\p{L}*"
			// biometric and genetic
			+ "|biometri\\p{L}*|biometric\\p{L}*|biometrisk\\p{L}*|geneet\\p{L}*|genetic\\p{L}*|genetisk\\p{L}*"
			// sex life, sexual orientation
			+ "|seksuaal\\p{L}*|sexual\\p{L}*|sexuell\\p{L}*"
			// political opinions
			+ "|poliitti\\p{L}*|political|politisk\\p{L}*"
			+ ")");

	private SpecialCategoryTerms() {
	}

	/** The first special-category word in the text, as written. */
	public static Optional<String> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = TERMS.matcher(text);
		while (matcher.find()) {
			if (startsWord(text, matcher.start()) || isCompoundStem(matcher.group(1))) {
				return Optional.of(wordAt(text, matcher.start()));
			}
		}
		return Optional.empty();
	}

	private static boolean startsWord(String text, int index) {
		return index == 0 || !Character.isLetter(text.charAt(index - 1));
	}

	/**
	 * Inside a compound only unambiguous stems count: health, union, biometric and genetic
	 * ("työterveyshuolto", "pitkäaikaissairaudet", "sjukfrånvaro"); other stems only start a word.
	 */
	private static boolean isCompoundStem(String match) {
		String lower = match.toLowerCase(java.util.Locale.ROOT);
		return lower.startsWith("terve") || lower.startsWith("saira") || lower.startsWith("lääkär")
				|| lower.startsWith("ammattiliit") || lower.startsWith("ammattiyhdisty") || lower.startsWith("hälso")
				|| lower.startsWith("sjuk") || lower.startsWith("biometri") || lower.startsWith("geneet");
	}

	private static String wordAt(String text, int index) {
		int start = index;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		int end = index;
		while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
			end++;
		}
		return text.substring(start, end);
	}
}
