package fi.seloste.tests.random;

import java.util.List;

/**
 * The wording of generated notices in Finnish, English and Swedish. No digit (a digit could read as a
 * retention period), no semicolon (the RoPA joins the items of a cell with "; "), no quote, and nothing
 * a check reacts to (accounting, a repealed law, an http:// address, a well-known provider).
 */
final class Phrases {

	private Phrases() {
	}

	static final List<Phrase> TITLES = List.of(
			new Phrase("Tietosuojaseloste", "Privacy notice", "Dataskyddsbeskrivning"),
			new Phrase("Seloste henkilötietojen käsittelystä", "Notice on the processing of personal data",
					"Beskrivning av behandlingen av personuppgifter"));

	static final List<Phrase> DESCRIPTIONS = List.of(
			new Phrase("Kerromme, miten käsittelemme henkilötietoja.", "We explain how we process personal data.",
					"Vi berättar hur vi behandlar personuppgifter."));

	static final List<Phrase> REGISTERS = List.of(
			new Phrase("asiakasrekisteri", "customer register", "kundregister"),
			new Phrase("jäsenrekisteri", "member register", "medlemsregister"),
			new Phrase("rekrytointirekisteri", "recruitment register", "rekryteringsregister"),
			new Phrase("tapahtumarekisteri", "event register", "evenemangsregister"),
			new Phrase("palauterekisteri", "feedback register", "responsregister"));

	static final List<Phrase> GROUPS = List.of(
			new Phrase("asiakkaat", "customers", "kunder"),
			new Phrase("jäsenet", "members", "medlemmar"),
			new Phrase("työnhakijat", "job applicants", "arbetssökande"),
			new Phrase("verkkosivuston kävijät", "website visitors", "besökare på webbplatsen"));

	static final List<Phrase> CATEGORIES = List.of(
			new Phrase("yhteystiedot", "contact details", "kontaktuppgifter"),
			new Phrase("tilaustiedot", "order details", "orderuppgifter"),
			new Phrase("käyttötiedot", "usage data", "användningsdata"),
			new Phrase("maksutiedot", "payment data", "betalningsuppgifter"),
			new Phrase("palautteet", "feedback", "respons"));

	static final Phrase SPECIAL_CATEGORY = new Phrase("terveystiedot", "health data", "hälsouppgifter");
	static final Phrase CRIMINAL_CATEGORY = new Phrase("rikostaustatiedot", "criminal record data", "uppgifter om brott");
	static final Phrase ID_CODE_CATEGORY = new Phrase("henkilötunnus", "personal identity code", "personbeteckning");

	static final List<Phrase> PURPOSES = List.of(
			new Phrase("asiakassuhteen hoito", "managing the customer relationship", "hantering av kundrelationen"),
			new Phrase("uutiskirjeen lähettäminen", "sending the newsletter", "utskick av nyhetsbrevet"),
			new Phrase("palvelun kehittäminen", "developing the service", "utveckling av tjänsten"),
			new Phrase("tietoturvan varmistaminen", "ensuring information security",
					"säkerställande av informationssäkerheten"),
			new Phrase("tapahtumien järjestäminen", "organising events", "anordnande av evenemang"),
			new Phrase("rekrytointi", "recruitment", "rekrytering"));

	static final Phrase LEGITIMATE_INTEREST = new Phrase("Oikeutettu etumme on palvella asiakkaitamme.",
			"Our legitimate interest is to serve our customers.", "Vårt berättigade intresse är att betjäna våra kunder.");

	static final Phrase STATUTE = new Phrase("kirjanpitolaki (1336/1997)", "Accounting Act (1336/1997)",
			"bokföringslagen (1336/1997)");

	static final Phrase BASIS_TEXT = new Phrase("Käsittely on tarpeen palvelun tarjoamiseksi.",
			"The processing is necessary to provide the service.", "Behandlingen är nödvändig för att tillhandahålla tjänsten.");

	static final List<Phrase> RATIONALES = List.of(
			new Phrase("Tiedot tarvitaan mahdollisten reklamaatioiden käsittelyyn.", "The data is needed to handle complaints.",
					"Uppgifterna behövs för att hantera reklamationer."),
			new Phrase("Säilytämme tiedot vain niin kauan kuin niitä tarvitaan.", "We keep the data only as long as needed.",
					"Vi sparar uppgifterna bara så länge som de behövs."));

	static final List<Phrase> CRITERIA = List.of(
			new Phrase("kunnes asia on käsitelty, viite", "until the matter has been handled, reference",
					"tills ärendet har behandlats, referens"),
			new Phrase("niin kauan kuin jäsenyys jatkuu, viite", "as long as the membership lasts, reference",
					"så länge medlemskapet pågår, referens"));

	static final List<Phrase> PARTY_ROLES = List.of(
			new Phrase("kuljetuspalvelu", "delivery service", "leveranstjänst"),
			new Phrase("palvelinpalvelu", "hosting service", "servertjänst"),
			new Phrase("asiakastuki", "customer support", "kundtjänst"),
			new Phrase("maksunvälitys", "payment service", "betaltjänst"),
			new Phrase("viranomaiset lain niin vaatiessa", "authorities where required by law",
					"myndigheter när lagen kräver det"));

	static final Phrase SOURCE_SUBJECT = new Phrase("rekisteröidyltä itseltään", "from the data subject",
			"från den registrerade");
	static final Phrase SOURCE_OTHER = new Phrase("yhteistyökumppaneilta", "from our partners", "från våra partner");

	static final Phrase SAFEGUARD_TEXT = new Phrase("komission hyväksymät ehdot", "the terms approved by the Commission",
			"de villkor som kommissionen godkänt");
	static final Phrase SAFEGUARD_COPY = new Phrase("Jäljennöksen saa pyytämällä sähköpostilla.",
			"You can get a copy by e-mail.", "Du får en kopia per e-post.");
	static final Phrase DEROGATION = new Phrase("nimenomainen suostumus siirtoon", "explicit consent to the move",
			"uttryckligt samtycke");

	static final Phrase NO_RECIPIENTS = new Phrase("Emme luovuta tietoja.", "We do not disclose the data.",
			"Vi lämnar inte ut uppgifterna.");
	static final Phrase NO_TRANSFERS = new Phrase("Tiedot pysyvät Suomessa.", "The data stays in Finland.",
			"Uppgifterna stannar i Finland.");
	static final Phrase NO_DPO = new Phrase("Emme ole velvollisia nimeämään tietosuojavastaavaa.",
			"We are not required to appoint one.", "Vi är inte skyldiga att utse ett ombud.");

	static final Phrase RIGHT_TEXT = new Phrase("Voit käyttää tätä oikeutta ottamalla yhteyttä.",
			"You can use this right by contacting us.", "Du kan använda denna rättighet genom att kontakta oss.");
	static final Phrase EXERCISE = new Phrase("Lähetä pyyntösi sähköpostilla.", "Send your request by e-mail.",
			"Skicka din begäran per e-post.");

	static final Phrase PROVISION = new Phrase("Tiedot tarvitaan palvelun tarjoamiseen.",
			"The data is needed to provide the service.", "Uppgifterna behövs för att tillhandahålla tjänsten.");
	static final Phrase CONSEQUENCES = new Phrase("Ilman tietoja emme voi palvella sinua.",
			"Without the data we cannot serve you.", "Utan uppgifterna kan vi inte betjäna dig.");

	static final Phrase ADM_NOT_USED = new Phrase("Emme tee automaattisia päätöksiä.", "We make no automated decisions.",
			"Vi fattar inga automatiserade beslut.");
	static final Phrase ADM_USED = new Phrase("Teemme automaattisia päätöksiä.", "We make automated decisions.",
			"Vi fattar automatiserade beslut.");
	static final Phrase LOGIC = new Phrase("pisteytys", "scoring", "poängsättning");
	static final Phrase SIGNIFICANCE = new Phrase("hakemuksen hyväksyminen", "approval of the application",
			"godkännande av ansökan");
	static final Phrase PROFILING_NOT_USED = new Phrase("Emme profiloi.", "We do not profile.", "Vi profilerar inte.");
	static final Phrase PROFILING_USED = new Phrase("Profiloimme markkinointia varten.", "We profile for marketing.",
			"Vi profilerar för marknadsföring.");

	static final Phrase TECHNICAL = new Phrase("Yhteydet on salattu.", "Connections are encrypted.",
			"Förbindelserna är krypterade.");
	static final Phrase ORGANISATIONAL = new Phrase("Pääsy vain tarvitseville.", "Access only for those who need it.",
			"Åtkomst endast för dem som behöver den.");
	static final Phrase CHANGE = new Phrase("Seloste päivitetty.", "Notice updated.", "Beskrivningen uppdaterad.");
}
