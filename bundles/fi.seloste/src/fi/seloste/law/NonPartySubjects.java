package fi.seloste.law;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups of data subjects who are, as a rule, not parties to the controller's contract: contact persons
 * of corporate customers, referees, guardians, beneficiaries, next of kin. GDPR Art 6(1)(b) covers only
 * a contract to which the data subject is party (EDPB Guidelines 2/2019).
 */
public final class NonPartySubjects {

	private static final Pattern TERMS = Pattern.compile("(?iu)("
			+ "yhteyshenkilö\\p{L}*|suosittelij\\p{L}*|huoltaj\\p{L}*|edunsaaj\\p{L}*|lähiomai\\p{L}*|omaise\\p{L}*"
			+ "|contact\\s+persons?|referees?|guardians?|beneficiar\\p{L}*|next\\s+of\\s+kin"
			+ "|kontaktperson\\p{L}*|referens\\p{L}*|vårdnadshavar\\p{L}*|förmånstagar\\p{L}*|anhörig\\p{L}*)");

	private NonPartySubjects() {
	}

	/** The word of the label that names such a group, as written. */
	public static Optional<String> find(String label) {
		if (label == null) {
			return Optional.empty();
		}
		Matcher matcher = TERMS.matcher(label);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}
}
