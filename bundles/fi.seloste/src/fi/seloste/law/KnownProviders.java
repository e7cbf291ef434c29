package fi.seloste.law;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Well-known service providers that often process data outside the EU/EEA. Notices often name the
 * service ("Google Analytics") without its country. The country found here is a guess, never a fact:
 * the same provider may process the data in the EU (an EU region, an EU data boundary), so the checks
 * only ask the author to find out and state the country, and no output states it.
 */
public final class KnownProviders {

	private record Provider(Pattern name, String country) {
	}

	/**
	 * Finnish case endings a brand name takes in running text ("Googlen", "Facebookissa",
	 * "Microsoftille"), so that the names are found in Finnish notices too.
	 */
	private static final String FINNISH_ENDING = "(?:n|in|ia|iä|iin|issa|issä|ista|istä|illa|illä|ilta|iltä|ille"
			+ "|ina|inä|iksi|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|na|nä|ksi)?\\b";

	private static final List<Provider> PROVIDERS = List.of(
			provider("google", "US"),
			provider("mailchimp", "US"),
			provider("facebook|meta platforms|instagram", "US"),
			provider("microsoft|azure", "US"),
			provider("amazon web services|aws", "US"),
			provider("hubspot", "US"),
			provider("salesforce", "US"),
			provider("linkedin", "US"),
			provider("zoom", "US"));

	private static Provider provider(String names, String country) {
		return new Provider(Pattern.compile("(?iuU)\\b(?:" + names + ")" + FINNISH_ENDING), country);
	}

	private KnownProviders() {
	}

	/** The country of a provider named in any of the texts, if it is a known one. */
	public static Optional<String> countryOf(List<String> texts) {
		for (Provider provider : PROVIDERS) {
			if (texts.stream().anyMatch(t -> provider.name().matcher(t).find())) {
				return Optional.of(provider.country());
			}
		}
		return Optional.empty();
	}
}
