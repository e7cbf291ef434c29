package fi.seloste.tests.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fi.seloste.law.NonPartySubjects;
import fi.seloste.law.SpecialCategoryTerms;
import fi.seloste.law.StatuteMentions;
import fi.seloste.law.VagueRetention;

/** The word lists the completeness checks read texts with: laws named, special data, vague retention, non-parties. */
class TermsTest {

	@ParameterizedTest
	@ValueSource(strings = { "kirjanpitolaki (1336/1997)", "kirjanpitolain 2 luvun 10 §", "tietosuojalain 6 §", "1336/1997",
			"laki sähköisen viestinnän palveluista", "arvonlisäverolaissa", "valtioneuvoston asetus", "bokföringslagen",
			"Accounting Act", "Regulation (EU) 2016/679", "työturvallisuuslaki" })
	void textsThatNameALaw(String text) {
		assertTrue(StatuteMentions.namesLaw(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "esimerkiksi kirjanpito", "lain mukainen aika", "lakisääteiset velvoitteet", "laki edellyttää",
			"as required by law", "lainsäädännön edellyttämällä tavalla", "" })
	void textsThatNameNoLaw(String text) {
		assertFalse(StatuteMentions.namesLaw(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sairauspoissaolot", "lääkärintodistukset", "ammattiliiton jäsenyys", "terveydentila",
			"työterveyshuollon lausunnot", "uskonnollinen vakaumus", "etninen alkuperä", "biometriset tunnisteet",
			"geneettiset tiedot", "seksuaalinen suuntautuminen", "poliittiset mielipiteet", "health data", "sick leave",
			"trade union membership", "sjukfrånvaro", "politiska åsikter" })
	void specialCategoryWords(String text) {
		assertTrue(SpecialCategoryTerms.find(text).isPresent(), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "asiakasuskollisuuspisteet", "nimi ja sähköpostiosoite", "tervehdyksen kieli",
			"raskauttavat seikat", "politiikka-asiakirjat", "yrityksen toimiala" })
	void ordinaryWords(String text) {
		assertEquals(Optional.empty(), SpecialCategoryTerms.find(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "niin kauan kuin on tarpeen", "tarpeellisen ajan", "lain mukainen aika", "lakisääteisen ajan",
			"siltä osin, kuin on välttämätöntä laillisten velvoitteiden täyttämiseksi", "as long as necessary",
			"the statutory period", "så länge det behövs" })
	void vagueRetention(String text) {
		assertTrue(VagueRetention.isVague(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "kunnes luottopäätös on tehty", "kirjanpitolain (1336/1997) mukainen aika",
			"niin kauan kuin kirjanpitolaki edellyttää", "kunnes asiakas peruu tilauksensa" })
	void retentionThatSaysHowLong(String text) {
		assertFalse(VagueRetention.isVague(text), text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "yritysasiakkaiden yhteyshenkilöt", "asiakkaat ja heidän yhteyshenkilönsä", "suosittelijat",
			"huoltajat", "contact persons of customers", "referees", "guardians" })
	void groupsThatAreNoContractParties(String label) {
		assertTrue(NonPartySubjects.find(label).isPresent(), label);
	}

	@ParameterizedTest
	@ValueSource(strings = { "asiakkaat", "verkkokaupan asiakkaat", "työntekijät", "customers" })
	void groupsThatMayBeParties(String label) {
		assertFalse(NonPartySubjects.find(label).isPresent(), label);
	}
}
