package fi.seloste.law;

import java.util.regex.Pattern;

/**
 * Retention criteria that do not let the data subject work out how long data is kept (GDPR Art
 * 13(2)(a); WP260 rev.01, Annex: "it is not sufficient … to generally state that personal data will be
 * kept as long as necessary"): "as long as necessary" and "the time the law requires" when no law is
 * named ({@link StatuteMentions}).
 */
public final class VagueRetention {

	private static final Pattern VAGUE = Pattern.compile("(?iu)"
			// as long as necessary
			+ "(?:niin\\s+kauan|niin\\s+pitkään|siltä\\s+osin)\\s*,?\\s+kuin\\s+(?:se\\s+)?(?:on\\s+)?"
			+ "(?:tarpeen|tarpeellista|tarpeellinen|tarvitaan|välttämätöntä)"
			+ "|(?:tarpeellisen|tarvittavan|tarpeen\\s+vaatiman)\\s+ajan"
			+ "|as\\s+long\\s+as\\s+(?:is\\s+|it\\s+is\\s+)?(?:necessary|needed|required)"
			+ "|så\\s+länge\\s+(?:som\\s+)?(?:det\\s+)?(?:är\\s+)?(?:nödvändigt|behövs)"
			// the time the law requires, no law named
			+ "|lain\\s+(?:mukai|edellyttäm|vaatim|määräämä)\\p{L}*|lakisäätei\\p{L}*|lainsäädännön\\s+(?:mukai|edellyttäm|vaatim)\\p{L}*"
			+ "|(?:required|prescribed)\\s+by\\s+law|statutory\\s+(?:period|time|retention)|legal\\s+retention\\s+period"
			+ "|enligt\\s+lag(?!\\p{L})|lagstadgad\\p{L}*");

	private VagueRetention() {
	}

	/** Whether the criteria say no more than "as long as necessary" or "as long as the law requires". */
	public static boolean isVague(String criteria) {
		return criteria != null && VAGUE.matcher(criteria).find() && !StatuteMentions.namesLaw(criteria);
	}
}
