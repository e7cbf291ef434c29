package fi.seloste.ide.quickfix;

import java.util.EnumMap;
import java.util.Map;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.law.DataProtectionOmbudsman;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.RightKind;
import fi.seloste.validation.Placeholders;

/**
 * The texts quick fixes insert, in Finnish, English and Swedish: the standard wording of the
 * rights and statements the GDPR requires, and the placeholders for what only a lawyer can write
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

	/** The standard wording of a right of the data subject (GDPR Art 7(3), 15–18, 20, 21, 77). */
	public static Map<Language, String> right(RightKind right) {
		return switch (right) {
			case ACCESS -> of(
					"Rekisteröidyllä on oikeus saada vahvistus siitä, käsitelläänkö hänen henkilötietojaan, sekä oikeus tarkastaa tietonsa ja saada niistä jäljennös.",
					"The data subject has the right to obtain confirmation as to whether their personal data is processed, and to access the data and receive a copy of it.",
					"Den registrerade har rätt att få bekräftelse på om hans eller hennes personuppgifter behandlas samt att få tillgång till uppgifterna och en kopia av dem.");
			case RECTIFICATION -> of(
					"Rekisteröidyllä on oikeus vaatia, että häntä koskevat virheelliset henkilötiedot oikaistaan ja puutteelliset tiedot täydennetään ilman aiheetonta viivytystä.",
					"The data subject has the right to have inaccurate personal data concerning them rectified and incomplete data completed without undue delay.",
					"Den registrerade har rätt att utan onödigt dröjsmål få felaktiga personuppgifter om sig rättade och ofullständiga uppgifter kompletterade.");
			case ERASURE -> of(
					"Rekisteröidyllä on oikeus vaatia henkilötietojensa poistamista, kun tietoja ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin, tai kun niiden käsittelylle ei ole muuta laillista perustetta.",
					"The data subject has the right to have their personal data erased when it is no longer needed for the purpose for which it was collected or when there is no other lawful ground for processing it.",
					"Den registrerade har rätt att få sina personuppgifter raderade när de inte längre behövs för det ändamål för vilket de samlades in eller när det inte finns någon annan rättslig grund för behandlingen.");
			case RESTRICTION -> of(
					"Rekisteröidyllä on oikeus vaatia henkilötietojensa käsittelyn rajoittamista esimerkiksi silloin, kun hän kiistää tietojen paikkansapitävyyden.",
					"The data subject has the right to restrict the processing of their personal data, for example while they contest the accuracy of the data.",
					"Den registrerade har rätt att begränsa behandlingen av sina personuppgifter, till exempel medan han eller hon bestrider uppgifternas riktighet.");
			case OBJECTION -> of(
					"Rekisteröidyllä on oikeus henkilökohtaiseen erityiseen tilanteeseensa liittyvällä perusteella vastustaa henkilötietojensa käsittelyä, joka perustuu oikeutettuun etuun tai yleisen edun mukaiseen tehtävään.",
					"The data subject has the right to object, on grounds relating to their particular situation, to processing of their personal data that is based on legitimate interests or on a task carried out in the public interest.",
					"Den registrerade har rätt att av skäl som hänför sig till hans eller hennes specifika situation invända mot behandling av sina personuppgifter som grundar sig på berättigat intresse eller på en uppgift av allmänt intresse.");
			case DIRECT_MARKETING_OBJECTION -> of(
					"Rekisteröidyllä on oikeus milloin tahansa kieltää henkilötietojensa käsittely suoramarkkinointia varten, mukaan lukien siihen liittyvä profilointi.",
					"The data subject has the right to object at any time to processing of their personal data for direct marketing, including profiling related to it.",
					"Den registrerade har rätt att när som helst invända mot behandling av sina personuppgifter för direktmarknadsföring, inklusive profilering som hänger samman med sådan marknadsföring.");
			case PORTABILITY -> of(
					"Rekisteröidyllä on oikeus saada itse toimittamansa henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle, kun käsittely perustuu suostumukseen tai sopimukseen ja suoritetaan automaattisesti.",
					"The data subject has the right to receive the personal data they have provided in a structured, commonly used and machine-readable format and to transmit it to another controller, where processing is based on consent or a contract and carried out by automated means.",
					"Den registrerade har rätt att få ut de personuppgifter som han eller hon har lämnat i ett strukturerat, allmänt använt och maskinläsbart format och överföra dem till en annan personuppgiftsansvarig, när behandlingen grundar sig på samtycke eller avtal och sker automatiserat.");
			case WITHDRAW_CONSENT -> of(
					"Kun käsittely perustuu suostumukseen, rekisteröidyllä on oikeus peruuttaa suostumuksensa milloin tahansa. Peruuttaminen ei vaikuta ennen sitä suoritetun käsittelyn lainmukaisuuteen.",
					"Where processing is based on consent, the data subject has the right to withdraw consent at any time. Withdrawal does not affect the lawfulness of processing carried out before it.",
					"När behandlingen grundar sig på samtycke har den registrerade rätt att när som helst återkalla sitt samtycke. Återkallandet påverkar inte lagligheten av behandling som skett innan samtycket återkallades.");
			case COMPLAINT -> of(
					"Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, erityisesti vakinaisen asuinpaikkansa tai työpaikkansa jäsenvaltiossa, jos hän katsoo, että hänen henkilötietojensa käsittely rikkoo tietosuoja-asetusta. Suomessa valvontaviranomainen on "
							+ DataProtectionOmbudsman.NAME_FI.toLowerCase(java.util.Locale.ROOT) + " (" + OMBUDSMAN_DETAILS + ").",
					"The data subject has the right to lodge a complaint with a supervisory authority, in particular in the Member State of their habitual residence or place of work, if they consider that the processing of their personal data infringes the GDPR. In Finland the supervisory authority is the "
							+ DataProtectionOmbudsman.NAME_EN + " (" + OMBUDSMAN_DETAILS + ").",
					"Den registrerade har rätt att lämna in klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där han eller hon har sin hemvist eller sin arbetsplats, om han eller hon anser att behandlingen av personuppgifterna strider mot dataskyddsförordningen. I Finland är tillsynsmyndigheten "
							+ DataProtectionOmbudsman.NAME_SV + " (" + OMBUDSMAN_DETAILS + ").");
		};
	}

	/** The supervisory authority's name per language. */
	public static Map<Language, String> ombudsmanName() {
		return of(DataProtectionOmbudsman.NAME_FI, DataProtectionOmbudsman.NAME_EN, DataProtectionOmbudsman.NAME_SV);
	}

	/** Art 13(2)(f): no automated decision-making within the meaning of Art 22. */
	public static Map<Language, String> noAutomatedDecisions() {
		return of(
				"Henkilötietoja ei käytetä automaattiseen päätöksentekoon, jolla olisi rekisteröityä koskevia oikeusvaikutuksia tai joka vaikuttaisi häneen vastaavalla tavalla merkittävästi.",
				"Personal data is not used for automated decision-making that produces legal effects concerning the data subject or similarly significantly affects them.",
				"Personuppgifterna används inte för automatiserat beslutsfattande som har rättsliga följder för den registrerade eller på liknande sätt i betydande grad påverkar honom eller henne.");
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
		ON_BEHALF_OF("kirjoita rekisterinpitäjä, jonka lukuun tietoja käsitellään", "state the controller on whose behalf the data is processed",
				"ange den personuppgiftsansvarige för vars räkning uppgifterna behandlas"),
		LOGIC("kuvaa käsittelyn logiikka", "describe the logic involved", "beskriv den logik som används"),
		SIGNIFICANCE("kuvaa käsittelyn merkitys rekisteröidylle", "describe the significance for the data subject",
				"beskriv betydelsen för den registrerade"),
		ENVISAGED_CONSEQUENCES("kuvaa käsittelyn seuraukset rekisteröidylle", "describe the envisaged consequences for the data subject",
				"beskriv de förutsedda följderna för den registrerade"),
		RECIPIENT("kuvaa vastaanottaja", "describe the recipient", "beskriv mottagaren"),
		TRANSLATION("käännös", "translation", "översättning"),
		TEXT("kirjoita teksti", "write the text", "skriv texten");

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
