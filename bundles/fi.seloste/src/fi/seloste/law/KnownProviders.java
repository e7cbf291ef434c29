package fi.seloste.law;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Well-known service providers whose processing takes place outside the EU/EEA. Notices often name
 * the service ("Google Analytics") without its country; the validator still sees the transfer.
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
