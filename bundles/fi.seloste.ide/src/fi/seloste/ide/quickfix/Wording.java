package fi.seloste.ide.quickfix;

import java.util.EnumMap;
import java.util.Map;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.law.DataProtectionOmbudsman;
import fi.seloste.law.LegalWording;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.RightKind;
import fi.seloste.validation.Placeholders;

/**
 * The texts quick fixes insert, in Finnish, English and Swedish: the standard wording of the
 * rights and statements the GDPR requires (worded in the catalogue {@link LegalWording}), and the
 * placeholders for what only a lawyer can write
 * (the PLACEHOLDER check reports those as errors until they are replaced).
 */
public final class Wording {

	private Wording() {
	}

	private static Map<Language, String> of(String fi, String en, String sv) {
		Map<Language, String> wording = new EnumMap<>(Language.class);
		wording.put(Language.FI, fi);
		wording.put(Language.EN, en);
		wording.put(Language.SV, sv);
		return wording;
	}

	private static final String OMBUDSMAN_DETAILS = DataProtectionOmbudsman.ADDRESS + "; "
			+ DataProtectionOmbudsman.POSTAL_ADDRESS + "; " + DataProtectionOmbudsman.PHONE + "; "
			+ DataProtectionOmbudsman.EMAIL + "; " + DataProtectionOmbudsman.WEBSITE;

	/**
	 * The standard wording of a right of the data subject (GDPR Art 7(3), 15–18, 20, 21, 77), from the
	 * catalogue of legal wording; the complaint names the Finnish supervisory authority and its details.
	 */
	public static Map<Language, String> right(RightKind right) {
		Map<Language, String> wording = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			wording.put(language, LegalWording.of(language).format("standard.right." + right.name(),
					ombudsmanName(language), OMBUDSMAN_DETAILS));
		}
		return wording;
	}

	private static String ombudsmanName(Language language) {
		return switch (language) {
			case FI -> DataProtectionOmbudsman.NAME_FI.toLowerCase(java.util.Locale.ROOT);
			case EN -> DataProtectionOmbudsman.NAME_EN;
			case SV -> DataProtectionOmbudsman.NAME_SV;
		};
	}

	/** The supervisory authority's name per language. */
	public static Map<Language, String> ombudsmanName() {
		return of(DataProtectionOmbudsman.NAME_FI, DataProtectionOmbudsman.NAME_EN, DataProtectionOmbudsman.NAME_SV);
	}

	/** Art 13(2)(f): no automated decision-making within the meaning of Art 22. */
	public static Map<Language, String> noAutomatedDecisions() {
		Map<Language, String> wording = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			wording.put(language, LegalWording.of(language).get("standard.noAutomatedDecisions"));
		}
		return wording;
	}

	/**
	 * The placeholder for a citation of the repealed Personal Data Act that has no certain successor,
	 * naming the provisions it cited (never the act, which would be reported again).
	 */
	public static String provisionInForce(Language language, String provisions) {
		String was = provisions.isEmpty() ? "" : switch (language) {
			case FI -> " (kumottu laki: " + provisions + ")";
			case SV -> " (upphävd lag: " + provisions + ")";
			default -> " (repealed act: " + provisions + ")";
		};
		return Placeholders.of(switch (language) {
			case FI -> "kirjoita voimassa oleva säännös";
			case SV -> "ange gällande bestämmelse";
			default -> "cite the provision in force";
		} + was);
	}

	/** What a lawyer has to write, by kind; inserted as a {@link Placeholders placeholder}. */
	public enum Missing {
		LEGITIMATE_INTEREST("kirjoita oikeutettu etu", "state the legitimate interest", "ange det berättigade intresset"),
		CONSEQUENCES("kirjoita seuraukset, jos tietoja ei anneta", "state the consequences of not providing the data",
				"ange följderna om uppgifterna inte lämnas"),
		SAFEGUARD_COPY("kerro, miten jäljennöksen suojatoimista saa", "state how to obtain a copy of the safeguards",
				"ange hur man får en kopia av skyddsåtgärderna"),
		DEROGATION("kerro, mihin 49 artiklan poikkeukseen siirto perustuu", "state the Article 49 derogation the transfer relies on",
				"ange vilket undantag enligt artikel 49 överföringen grundar sig på"),
		RETENTION_CRITERIA("kirjoita säilytysajan määrittämisen kriteerit", "state the criteria used to determine the retention period",
				"ange kriterierna för att fastställa lagringstiden"),
		CRIMINAL_DATA_LAW("kirjoita laki, joka sallii rikostietojen käsittelyn", "state the law that authorises processing the criminal data",
				"ange den lag som tillåter behandlingen av uppgifter om brott"),
		SPECIAL_CONDITION_LAW("kirjoita laki, johon käsittely perustuu", "state the law the processing rests on",
				"ange den lag som behandlingen grundar sig på"),
		STATUTORY_BASIS_LAW("kirjoita laki, josta velvoite tai tehtävä johtuu", "state the law that lays down the obligation or task",
				"ange den lag som föreskriver förpliktelsen eller uppgiften"),
		REPRESENTATIVE("kirjoita edustajan nimi ja yhteystiedot unionissa", "state the name and contact details of the representative in the Union",
				"ange företrädarens namn och kontaktuppgifter i unionen"),
		JOINT_ARRANGEMENT("kirjoita yhteisrekisterinpitäjien järjestelyn keskeinen sisältö",
				"state the essence of the joint controllers' arrangement",
				"ange det väsentliga innehållet i de gemensamt personuppgiftsansvarigas arrangemang"),
		ON_BEHALF_OF("kirjoita rekisterinpitäjä, jonka lukuun tietoja käsitellään", "state the controller on whose behalf the data is processed",
				"ange den personuppgiftsansvarige för vars räkning uppgifterna behandlas"),
		LOGIC("kuvaa käsittelyn logiikka", "describe the logic involved", "beskriv den logik som används"),
		SIGNIFICANCE("kuvaa käsittelyn merkitys rekisteröidylle", "describe the significance for the data subject",
				"beskriv betydelsen för den registrerade"),
		ENVISAGED_CONSEQUENCES("kuvaa käsittelyn seuraukset rekisteröidylle", "describe the envisaged consequences for the data subject",
				"beskriv de förutsedda följderna för den registrerade"),
		RECIPIENT("kuvaa vastaanottaja", "describe the recipient", "beskriv mottagaren"),
		PERSONAL_ID_LAW("kirjoita laki, jossa henkilötunnuksen käsittelystä säädetään",
				"state the act that provides for processing the personal identity code",
				"ange den lag som föreskriver om behandlingen av personbeteckningen"),
		CHILD_CONSENT_GIVER("kerro, antaako tai hyväksyykö huoltaja alle 13-vuotiaan suostumuksen",
				"state whether the holder of parental responsibility gives or authorises the consent of a child under 13",
				"ange om vårdnadshavaren ger eller godkänner samtycket för ett barn under 13 år"),
		PERSONAL_ID_TASK("kirjoita tehtävä, jossa rekisteröidyn yksiselitteinen yksilöinti on tarpeen",
				"state the task in which the data subject must be identified unambiguously",
				"ange den uppgift där den registrerade måste identifieras entydigt"),
		TRANSLATION("käännös", "translation", "översättning"),
		TEXT("kirjoita teksti", "write the text", "skriv texten"),
		DATA_CATEGORY("kuvaa tietoryhmä", "describe the data category", "beskriv kategorin av personuppgifter"),
		SUBJECT_GROUP("kuvaa rekisteröityjen ryhmä", "describe the group of data subjects",
				"beskriv gruppen av registrerade");

		private final Map<Language, String> wording;

		Missing(String fi, String en, String sv) {
			this.wording = of(fi, en, sv);
		}

		/** The placeholder in an output language. */
		public String in(Language language) {
			return Placeholders.of(wording.get(language));
		}

		public Map<Language, String> placeholders() {
			Map<Language, String> result = new EnumMap<>(Language.class);
			wording.forEach((language, text) -> result.put(language, Placeholders.of(text)));
			return result;
		}
	}

	/** Details that are the same in every language, whose placeholder is in the author's language. */
	public enum MissingDetail {
		CONTROLLER_NAME("rekisterinpitäjän nimi", "name of the controller"),
		ADDRESS("osoite", "address"),
		CONTACT_ADDRESS("yhteydenottojen osoite", "address for contacts");

		private final String finnish;
		private final String english;

		MissingDetail(String finnish, String english) {
			this.finnish = finnish;
			this.english = english;
		}

		public String in(KeywordLanguage language) {
			return Placeholders.of(language == KeywordLanguage.FINNISH ? finnish : english);
		}
	}
}
