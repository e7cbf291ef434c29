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
		assertTrue(text.contains("**Oikeusperuste (kaikki rekisterin tarkoitukset)**"), text);
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
