package fi.seloste.ide.contentassist;

import java.util.Map;

import fi.seloste.law.LegalWording;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Language;

/**
 * What a closed-set keyword means in law, worded as the generated notices word it (the one catalogue
 * of legal wording, {@link LegalWording}): "sopimus (EU:n tietosuoja-asetuksen 6 artiklan
 * 1 kohdan b alakohta)". Shared by content assist (descriptions) and the hover.
 */
public final class LegalTerms {

	/** The enum rules whose literals have a legal meaning, and their prefix in the label bundles. */
	private static final Map<String, String> PREFIXES = Map.of("BasisKind", "basis", "SpecialConditionKind", "special",
			"RightKind", "right", "SafeguardKind", "safeguard");

	private LegalTerms() {
	}

	/** The label prefix of an enum rule ({@code basis}, {@code right} …), or {@code null}. */
	public static String prefix(String enumRuleName) {
		return PREFIXES.get(enumRuleName);
	}

	/** The legal meaning of an enum literal of such a rule, or {@code null}. */
	public static String meaning(String enumRuleName, String literalName, KeywordLanguage language) {
		String prefix = prefix(enumRuleName);
		return prefix == null ? null : wording(language).get(prefix + "." + literalName);
	}

	public static LegalWording wording(KeywordLanguage language) {
		return LegalWording.of(language == KeywordLanguage.FINNISH ? Language.FI : Language.EN);
	}
}
