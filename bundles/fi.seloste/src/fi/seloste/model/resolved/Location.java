package fi.seloste.model.resolved;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.seloste.law.Countries;
import fi.seloste.law.KnownProviders;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Party;

/**
 * Where a party processes the data, as far as the notice tells: a country it states (inside or outside
 * the EU/EEA), a third country only inferred from a well-known provider's name, or nothing. The one
 * place that decides a party's third-country status.
 *
 * @param code the ISO 3166 code as written (stated) or inferred; {@code null} when not stated
 */
public record Location(Status status, String code) {

	public enum Status {
		/** The notice states a country in the EU/EEA. */
		STATED_EEA,
		/** The notice states a country outside the EU/EEA. */
		STATED_THIRD_COUNTRY,
		/** The notice states something that is not an ISO 3166 code. */
		STATED_UNKNOWN_CODE,
		/** No country stated; the party is named after a provider known to process outside the EU/EEA. */
		INFERRED_THIRD_COUNTRY,
		/** No country stated. */
		NOT_STATED
	}

	public static Location of(Party party) {
		Optional<String> stated = Selostes.detail(party.getMembers(), DetailKind.COUNTRY).map(String::strip);
		if (stated.isPresent()) {
			return stated(stated.get());
		}
		List<String> names = new ArrayList<>(Texts.allValues(party.getLabel()));
		names.add(party.getName());
		Selostes.details(party.getMembers(), DetailKind.NAME).forEach(d -> names.addAll(Texts.allValues(d.getValue())));
		return KnownProviders.countryOf(names).map(code -> new Location(Status.INFERRED_THIRD_COUNTRY, code))
				.orElse(new Location(Status.NOT_STATED, null));
	}

	/**
	 * A country the notice states (for a controller, a party or a transfer): inside or outside the
	 * EU/EEA, or not an ISO 3166 code.
	 */
	public static Location stated(String code) {
		String stripped = code.strip();
		Status status = !Countries.isCode(stripped) ? Status.STATED_UNKNOWN_CODE
				: Countries.isThirdCountry(stripped) ? Status.STATED_THIRD_COUNTRY : Status.STATED_EEA;
		return new Location(status, stripped);
	}

	/**
	 * A third country the notice states. A country only inferred from a provider's name is no fact (the
	 * provider may well process the data in the EU, e.g. in an EU region or under an EU data boundary):
	 * see {@link #isInferredThirdCountry()}.
	 */
	public boolean isThirdCountry() {
		return status == Status.STATED_THIRD_COUNTRY;
	}

	/** No country stated, but the party is named after a provider known to process data outside the EU/EEA. */
	public boolean isInferredThirdCountry() {
		return status == Status.INFERRED_THIRD_COUNTRY;
	}

	public boolean isStated() {
		return status == Status.STATED_EEA || status == Status.STATED_THIRD_COUNTRY || status == Status.STATED_UNKNOWN_CODE;
	}
}
