package fi.seloste.law;

import java.util.Collection;
import java.util.Optional;

/**
 * Words that describe recipients too vaguely for GDPR Art 13(1)(e) and 14(1)(e): "partners" as a
 * category, or disclosure at the controller's discretion. WP260 (Annex) expects the recipients named,
 * or their categories made specific (sector, industry, service, location).
 */
public final class VagueRecipients {

	private static final TextSigns VAGUE = TextSigns.of("yhteistyökumppan\\w*", "kumppane\\w*", "harkinna\\w*",
			"(?:our|business|selected|trusted|marketing|cooperation)\\s+partners?", "discretion",
			"samarbetspartner\\w*", "gottfinnande");

	private VagueRecipients() {
	}

	/** The first vague words in the texts. */
	public static Optional<String> find(Collection<String> texts) {
		return VAGUE.find(texts);
	}
}
