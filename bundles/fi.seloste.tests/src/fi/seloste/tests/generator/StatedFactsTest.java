package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.generator.MarkdownFormat;
import fi.seloste.generator.RopaFormat;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.tests.validation.NoticeEdit;

/**
 * The generated notice says only what the source says: no sentence from the absence of a fact, no
 * recipient attached to a purpose through a shared data category, fixed legal text right for the
 * stated fact. Each case is a defect that was once in the output.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class StatedFactsTest {

	private static final String NO_DPO = "Tietosuojavastaavaa ei ole nimetty.";
	private static final String NOT_DISCLOSED = "Henkilötietoja ei luovuteta kenellekään.";

	@Inject
	private SelosteTestModels models;

	@Inject
	private MarkdownFormat markdown;

	private Notice parse(NoticeEdit edit) {
		return models.notice(edit.text());
	}

	private String notice(NoticeEdit edit) {
		return GeneratedExamples.utf8(markdown.render(parse(edit), List.of(Language.FI)).get(0).content());
	}

	@Test
	void noSentenceAboutADataProtectionOfficerTheSourceDoesNotMention() {
		NoticeEdit silent = NoticeEdit.base().removeBlock("tietosuojavastaava Vastaava");
		assertFalse(notice(silent).contains(NO_DPO));
		assertFalse(notice(silent).contains("## Tietosuojavastaava"), "no section at all");
		String stated = notice(silent.insertAfter("kuvaus \"Kerromme", "ei-tietosuojavastaavaa \"Edellytykset eivät täyty.\""));
		assertTrue(stated.contains(NO_DPO + " Edellytykset eivät täyty."), stated);
	}

	@Test
	void noRecipientsIsNotPrintedAboveProcessors() {
		NoticeEdit processorsOnly = NoticeEdit.base().removeBlock("vastaanottaja Kuljetus")
				.insertAfter("rooli rekisterinpitäjä", "ei-vastaanottajia");
		String text = notice(processorsOnly);
		assertFalse(text.contains(NOT_DISCLOSED), text);
		assertTrue(text.contains("Henkilötietoja ei luovuteta muille kuin edellä mainituille käsittelijöille."));

		NoticeEdit nobody = NoticeEdit.base().removeBlock("vastaanottaja Kuljetus").removeBlock("käsittelijä Pilvipalvelu")
				.removeBlock("käsittelijä Mittaus").removeBlock("käsittelijä Tukipalvelu").removeBlock("siirto Tukisiirto")
				.replace("tarjoaja Asiakasrekisteri.Mittaus", "").insertAfter("rooli rekisterinpitäjä", "ei-vastaanottajia");
		assertTrue(notice(nobody).contains(NOT_DISCLOSED));
	}

	@Test
	void criminalOffenceDataIsNotASpecialCategory() {
		String text = notice(NoticeEdit.base().replace("tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\"",
				"tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\" rikostieto")
				.insertAfter("peruste sopimus \"Käsittely on tarpeen", "erityisperuste rikostietolupa \"laki\""));
		assertTrue(text.contains("Rikostuomioihin ja rikkomuksiin liittyvien tietojen käsittelyn peruste"), text);
		assertTrue(text.contains("tietosuojalaki (1050/2018) 7 §"));
		assertFalse(text.contains("Erityisten henkilötietoryhmien käsittelyperuste"), "Art 10 data is not an Art 9 category");
	}

	@Test
	void theRightToObjectIsPresentedSeparately() {
		String text = notice(NoticeEdit.base());
		int objection = text.indexOf("### Oikeus vastustaa käsittelyä");
		assertTrue(objection >= 0, text);
		int list = text.indexOf("- **Oikeus tarkastaa tiedot");
		assertTrue(objection < list, "before the other rights (Art 21(4))");
		assertFalse(text.contains("- **Oikeus vastustaa käsittelyä"), "not one item among the others");
		assertFalse(text.contains("- **Oikeus kieltää suoramarkkinointi"));
	}

	@Test
	void theResponseTimeSentenceStatesTheExtension() {
		String text = notice(NoticeEdit.base());
		assertTrue(text.contains("viimeistään 1 kuukauden kuluessa"));
		assertTrue(text.contains("enintään kahdella lisäkuukaudella"), "Art 12(3)");
	}

	@Test
	void aRegisterBasisIsShownAsTheRegisters() {
		String text = notice(NoticeEdit.base().removeLine("peruste sopimus \"Käsittely on tarpeen")
				.insertAfter("rooli rekisterinpitäjä", "peruste sopimus"));
		assertTrue(text.contains("**Oikeusperuste (kaikki rekisterin tarkoitukset)**: sopimus (EU:n"), text);
		assertTrue(text.contains("(rekisterille ilmoitettu peruste)"));
	}

	@Test
	void theRecordAttachesRecipientsToPurposesOnlyAsStated() {
		Notice notice = parse(NoticeEdit.base().insertAfter("nimi \"Kuljetusliike Oy\"", "tarkoituksiin Tilaukset"));
		List<RopaFormat.Row> rows = RopaFormat.rows(notice, Language.FI);
		RopaFormat.Row newsletter = rows.stream()
				.filter(r -> r.cell(RopaFormat.Column.PURPOSE).get(0).text().equals("uutiskirjeen lähettäminen")).findFirst()
				.orElseThrow();
		List<String> recipients = newsletter.cell(RopaFormat.Column.RECIPIENTS).stream().map(RopaFormat.Item::text).toList();
		assertFalse(recipients.stream().anyMatch(r -> r.contains("Kuljetusliike")), recipients.toString());
		assertTrue(recipients.stream().allMatch(r -> r.endsWith("(ilmoitettu koko rekisterille)")), recipients.toString());
		RopaFormat.Row orders = rows.get(0);
		assertEquals("Vastaanottaja: Kuljetusliike Oy, tilausten toimitus, Suomi (FI)",
				orders.cell(RopaFormat.Column.RECIPIENTS).get(0).text());
		assertTrue(orders.cell(RopaFormat.Column.TRANSFERS).isEmpty() == false, "the register's transfer serves every purpose");
	}

	@Test
	void theRecordStatesRetentionOfTheRegisterForPurposesWithoutTheirOwn() {
		Notice notice = parse(NoticeEdit.base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.insertAfter("rooli rekisterinpitäjä", "säilytys 5 vuotta"));
		RopaFormat.Row orders = RopaFormat.rows(notice, Language.FI).get(0);
		assertEquals(List.of("5 vuotta (ilmoitettu koko rekisterille)"),
				orders.cell(RopaFormat.Column.RETENTION).stream().map(RopaFormat.Item::text).toList());
	}

	private static final String BOOKKEEPING_BASIS = "peruste lakisääteinen-velvoite \"kirjanpitolaki (1336/1997)\"";
	private static final String OBLIGATION = "lakisääteinen velvoite (EU:n tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta)";
	private static final String RESTS_ON = "laki, johon käsittely perustuu (EU:n tietosuoja-asetuksen 6 artiklan 3 kohta)";

	private static List<String> cell(Notice notice, String purpose, RopaFormat.Column column) {
		return RopaFormat.rows(notice, Language.FI).stream()
				.filter(r -> r.cell(RopaFormat.Column.PURPOSE).get(0).text().equals(purpose)).findFirst().orElseThrow()
				.cell(column).stream().map(RopaFormat.Item::text).toList();
	}

	@Test
	void theLawAStatutoryBasisRestsOnIsShownBesideTheBasis() {
		NoticeEdit named = NoticeEdit.base().replace(BOOKKEEPING_BASIS,
				"peruste lakisääteinen-velvoite laki \"kirjanpitolaki (1336/1997) 2 luku 10 §\"");
		String text = notice(named);
		assertTrue(text.contains("- **Oikeusperuste:** " + OBLIGATION + "; " + RESTS_ON + ": kirjanpitolaki (1336/1997) 2 luku 10 §\n"),
				text);
		assertEquals(List.of(OBLIGATION + "; " + RESTS_ON + ": kirjanpitolaki (1336/1997) 2 luku 10 §"),
				cell(parse(named), "kirjanpitovelvoitteiden täyttäminen", RopaFormat.Column.BASIS));
		assertFalse(notice(NoticeEdit.base()).contains(RESTS_ON), "no law named, nothing said of one");

		// after a sentence of the basis, a sentence; Art 6(3) is cited only for 6(1)(c) and (e)
		String contract = notice(NoticeEdit.base().replace("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"",
				"peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\" laki \"kauppalaki (355/1987)\""));
		assertTrue(contract.contains("Käsittely on tarpeen kauppasopimuksen täyttämiseksi. Laki: kauppalaki (355/1987)\n"), contract);

		// the register's one basis brings its law to each purpose it applies to
		String register = notice(NoticeEdit.base().removeLine("peruste sopimus \"Käsittely on tarpeen")
				.insertAfter("rooli rekisterinpitäjä", "peruste yleisen-edun-tehtävä laki \"laki X (1/2020)\""));
		assertTrue(register.contains("(rekisterille ilmoitettu peruste); " + RESTS_ON + ": laki X (1/2020)\n"), register);
		assertTrue(register.contains("**Oikeusperuste (kaikki rekisterin tarkoitukset)**: yleistä etua koskeva tehtävä"
				+ " tai julkisen vallan käyttäminen (EU:n tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta); " + RESTS_ON
				+ ": laki X (1/2020)"), register);
	}

	@Test
	void everyControllerIsNamedAndAPersonWithTheirPositionAndOrganisation() {
		NoticeEdit edit = NoticeEdit.base().insertBefore("tietosuojavastaava Vastaava",
				"rekisterinpitäjä Tytaryhtio {\n\tnimi \"Testiyhtiö Logistiikka Oy\"\n\ty-tunnus \"3412801-0\"\n}\n")
				.insertAfter("nimi \"Maija Meikäläinen\"", "asema \"tietosuojavastaava\"\norganisaatio \"Tietosuojakumppanit Oy\"");
		String text = notice(edit);
		int first = text.indexOf("### **Rekisterinpitäjä**: Testiyhtiö Oy");
		int second = text.indexOf("### **Rekisterinpitäjä**: Testiyhtiö Logistiikka Oy");
		assertTrue(first >= 0 && first < second, text);
		assertTrue(text.indexOf("- **Y-tunnus:** 3412801-0") > second);
		assertTrue(text.contains("### **Tietosuojavastaava**: Maija Meikäläinen\n\n- **Nimi:** Maija Meikäläinen\n"
				+ "- **Asema:** tietosuojavastaava\n- **Organisaatio:** Tietosuojakumppanit Oy\n"), text);
		List<String> controller = cell(parse(edit), "tilausten käsittely ja toimitus", RopaFormat.Column.CONTROLLER);
		assertTrue(controller.contains("Rekisterinpitäjä: Testiyhtiö Logistiikka Oy, Y-tunnus: 3412801-0"), controller::toString);
		assertTrue(controller.contains("Tietosuojavastaava: Maija Meikäläinen, Asema: tietosuojavastaava, "
				+ "Organisaatio: Tietosuojakumppanit Oy, Sähköposti: dpo@testiyhtio.fi"), controller::toString);
	}

	@Test
	void theEuRepresentativeIsPresentedWithTheControllerAsTheArticle27Representative() {
		NoticeEdit edit = NoticeEdit.base().insertBefore("rekisteri Asiakasrekisteri",
				"edustaja Edustaja {\n\tnimi \"EU-Vertreter GmbH\"\n\tsähköposti \"gdpr@eu-vertreter.de\"\n}\n");
		String text = notice(edit);
		int section = text.indexOf("## Rekisterinpitäjä ja yhteystiedot");
		int representative = text.indexOf("### **Edustaja EU:ssa (EU:n tietosuoja-asetuksen 27 artikla)**: EU-Vertreter GmbH");
		int next = text.indexOf("\n## ", section + 1);
		assertTrue(section >= 0 && section < representative && representative < next, "Art 13(1)(a): " + text);
		assertTrue(cell(parse(edit), "tilausten käsittely ja toimitus", RopaFormat.Column.CONTROLLER).contains(
				"Edustaja EU:ssa (EU:n tietosuoja-asetuksen 27 artikla): EU-Vertreter GmbH, Sähköposti: gdpr@eu-vertreter.de"),
				"Art 30(1)(a)");
		assertFalse(notice(NoticeEdit.base()).contains("Edustaja EU:ssa"), "no representative stated, none presented");
	}

	@Test
	void aCountryGuessedFromAProvidersNameIsNeverStated() {
		NoticeEdit guessed = NoticeEdit.base().replace("nimi \"Tuki Inc.\"", "nimi \"Google Cloud\"").removeLine("maa \"US\"");
		String text = notice(guessed);
		assertFalse(text.contains("Yhdysvallat"), text);
		RopaFormat.Row orders = RopaFormat.rows(parse(guessed), Language.FI).get(0);
		List<RopaFormat.Item> recipients = orders.cell(RopaFormat.Column.RECIPIENTS);
		assertTrue(recipients.stream().noneMatch(r -> r.text().contains("Yhdysvallat") || r.mark() != null),
				recipients.toString());
		assertTrue(orders.cell(RopaFormat.Column.TRANSFERS).stream().noneMatch(t -> t.text().contains("Yhdysvallat")));
	}

	@Test
	void alandIsNamedAsStatedAndNotMarkedAThirdCountry() {
		Notice notice = parse(NoticeEdit.base().replace("maa \"US\"", "maa \"AX\""));
		List<RopaFormat.Item> recipients = RopaFormat.rows(notice, Language.FI).get(0).cell(RopaFormat.Column.RECIPIENTS);
		RopaFormat.Item support = recipients.stream().filter(r -> r.text().contains("Tuki Inc.")).findFirst().orElseThrow();
		assertTrue(support.text().contains("(AX)"), support.text());
		assertEquals(null, support.mark(), "Åland is in the EU");
	}
}
