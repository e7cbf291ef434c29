package fi.seloste.law;

import java.util.Collection;
import java.util.Optional;

/**
 * Words that describe targeting, segmentation or profiling (GDPR Art 4(4)): a purpose or data category
 * worded so tells that personal aspects are evaluated, which the notice must then state (Art 13(2)(f),
 * 21(2)). Analysing alone is not profiling (visitor statistics are not), so it is not among them.
 */
public final class ProfilingSigns {

	private static final TextSigns PROFILING = TextSigns.of("kohdenn\\w*", "kohdent\\w*", "profiloi\\w*",
			"profilointi\\w*", "segment\\w*", "targeted", "targeting", "profiling", "riktad\\w*", "profilering\\w*");

	/** A text that says profiling is not done ("emme profiloi", "no targeting"). */
	private static final TextSigns DENIAL = TextSigns.of(
			"(?:ei|emme|eikä|not|no|never|inte|ingen|aldrig)\\s+(?:\\w+\\s+)?(?:kohden|kohdis|profil|segment|target|riktad)");

	private ProfilingSigns() {
	}

	/** The words of the first text that describe profiling; a text that denies it does not count. */
	public static Optional<String> find(Collection<String> texts) {
		return texts.stream().filter(t -> !DENIAL.matches(t)).map(PROFILING::find).flatMap(Optional::stream).findFirst();
	}
}
