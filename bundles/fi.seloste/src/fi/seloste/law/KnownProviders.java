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

	private static final List<Provider> PROVIDERS = List.of(
			new Provider(Pattern.compile("(?i)\\bgoogle\\b"), "US"),
			new Provider(Pattern.compile("(?i)\\bmailchimp\\b"), "US"),
			new Provider(Pattern.compile("(?i)\\bfacebook\\b|\\bmeta platforms\\b|\\binstagram\\b"), "US"),
			new Provider(Pattern.compile("(?i)\\bmicrosoft\\b|\\bazure\\b"), "US"),
			new Provider(Pattern.compile("(?i)\\bamazon web services\\b|\\baws\\b"), "US"),
			new Provider(Pattern.compile("(?i)\\bhubspot\\b"), "US"),
			new Provider(Pattern.compile("(?i)\\bsalesforce\\b"), "US"),
			new Provider(Pattern.compile("(?i)\\blinkedin\\b"), "US"),
			new Provider(Pattern.compile("(?i)\\bzoom\\b"), "US"));

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
