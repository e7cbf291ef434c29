package fi.seloste.law;

import java.util.regex.Pattern;

/**
 * Words that name the Finnish personal identity code (henkilötunnus, tietosuojalaki 1050/2018 29 §)
 * in Finnish, Swedish and English, as data category labels write them.
 */
public final class PersonalIdentityCodes {

	private static final Pattern NAMES = Pattern.compile("(?iuU)henkilötunnu|henkilotunnu|\\bhetu(?:n|t|ja|a)?\\b"
			+ "|sosiaaliturvatunnu|\\bsotu\\b|personbeteckning|personnummer"
			+ "|personal identity (?:code|number)|personal identification (?:code|number)|social security number"
			+ "|national identity number");

	/** A label that says the category does not hold the codes ("ei henkilötunnusta", "without …"). */
	private static final Pattern NEGATION = Pattern.compile("(?iuU)\\b(?:ei|ilman|without|no|not|excluding|utan|inte)\\b");

	private PersonalIdentityCodes() {
	}

	/** Whether a label names personal identity codes (and does not deny holding them). */
	public static boolean named(String label) {
		return NAMES.matcher(label).find() && !NEGATION.matcher(label).find();
	}
}
