package fi.seloste.law;

import java.util.Collection;
import java.util.Optional;

/**
 * Words of cookie texts that matter for consent under the Act on Electronic Communications Services
 * (917/2014) 205 § and the GDPR standard of consent (Art 4(11), 7), as Traficom's cookie guidance reads
 * them: browser settings and continuing to use a site are no consent; words of tracking, analytics or
 * marketing show a cookie that is not strictly necessary.
 */
public final class CookieConsentSigns {

	/** Continuing to use or browse the site treated as consent: never a valid consent. */
	private static final TextSigns CONTINUED_USE = TextSigns.of(
			"jatkamalla\\s+(?:\\w+\\s+){0,2}(?:käyttöä|käyttämistä|selaamista|selailua)",
			"käyttämällä\\s+(?:tätä\\s+|meidän\\s+)?(?:verkko)?sivusto\\w*\\s+(?:\\w+\\s+)?hyväksy\\w*",
			"continu\\w*\\s+to\\s+(?:use|browse)", "continu\\w*\\s+(?:using|browsing)",
			"by\\s+using\\s+(?:this|our|the)\\s+(?:web)?site",
			"fortsätt\\w*\\s+(?:att\\s+)?(?:använda|surfa)", "genom\\s+att\\s+använda\\s+(?:webbplatsen|sajten)");

	/** Browser settings as the way to refuse cookies: an opt-out, no consent. */
	private static final TextSigns BROWSER_SETTINGS = TextSigns.of("selai\\w*\\s+asetu\\w*", "selainasetu\\w*",
			"browser\\s+settings?", "settings\\s+of\\s+(?:your|the)\\s+browser", "webbläsar\\w*\\s+inställning\\w*",
			"webbläsarinställning\\w*");

	/** Words of tracking, analytics or marketing. */
	private static final TextSigns TRACKING = TextSigns.of("analytiik\\w*", "analysoi\\w*", "tilastoi\\w*",
			"tilastollis\\w*", "seuranta\\w*", "seurata\\w*", "seurataan", "seuraami\\w*", "kävijämäär\\w*",
			"yhdistelmätie\\w*", "mainon\\w*", "mainos\\w*", "markkinoin\\w*", "kohdenn\\w*", "profiloi\\w*",
			"analytic\\w*", "statistic\\w*", "track\\w*", "advertis\\w*", "marketing", "targeted", "profiling",
			"analys\\w*", "statistik\\w*", "spårning\\w*", "marknadsför\\w*", "annons\\w*", "riktad\\w*");

	private CookieConsentSigns() {
	}

	/** Words that treat continuing to use the site as consent. */
	public static Optional<String> continuedUse(Collection<String> texts) {
		return CONTINUED_USE.find(texts);
	}

	/** Words that point to browser settings as the way to refuse cookies. */
	public static Optional<String> browserSettings(Collection<String> texts) {
		return BROWSER_SETTINGS.find(texts);
	}

	/** Words that show tracking, analytics or marketing. */
	public static Optional<String> tracking(Collection<String> texts) {
		return TRACKING.find(texts);
	}
}
