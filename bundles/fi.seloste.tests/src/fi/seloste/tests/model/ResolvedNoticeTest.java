package fi.seloste.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.model.Texts;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.model.resolved.Location;
import fi.seloste.model.resolved.Origin;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRecipient;
import fi.seloste.model.resolved.RetentionFact;
import fi.seloste.model.resolved.Statement;
import fi.seloste.seloste.Notice;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.tests.validation.NoticeEdit;

/**
 * The resolved model decides what a notice means, once: which retention applies to a purpose and
 * where it was stated, which recipients and transfers serve it, a party's third-country status, and
 * whether a notice states a thing, states its absence or says nothing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class ResolvedNoticeTest {

	@Inject
	private SelosteTestModels models;

	private ResolvedNotice resolve(NoticeEdit edit) {
		return ResolvedNotice.of(models.notice(edit.text()));
	}

	private static ResolvedPurpose purpose(ResolvedNotice notice, String name) {
		return notice.purposes().stream().filter(p -> p.purpose().getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> recipients(ResolvedPurpose purpose) {
		return purpose.recipients().stream().map(r -> r.party().getName()).toList();
	}

	@Test
	void retentionOfThePurposeItself() {
		List<RetentionFact> facts = purpose(resolve(NoticeEdit.base()), "Tilaukset").retention();
		assertEquals(1, facts.size());
		assertEquals(Origin.PURPOSE, facts.get(0).origin());
		assertTrue(purpose(resolve(NoticeEdit.base()), "Tilaukset").retentionCovered());
	}

	@Test
	void retentionStatedOnceForTheRegisterAppliesToEachPurposeWithoutItsOwn() {
		ResolvedNotice notice = resolve(NoticeEdit.base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.insertAfter("rooli rekisterinpitäjä", "säilytys 5 vuotta"));
		ResolvedPurpose orders = purpose(notice, "Tilaukset");
		assertEquals(List.of(Origin.REGISTER), orders.retention().stream().map(RetentionFact::origin).toList());
		assertSame(notice.registers().get(0).register(), orders.retention().get(0).holder());
		assertTrue(orders.retentionCovered());
		assertEquals(Origin.PURPOSE, purpose(notice, "Kirjanpito").retention().get(0).origin(), "its own wins");
	}

	@Test
	void retentionOfTheNoticeWhenTheRegisterStatesNone() {
		ResolvedNotice notice = resolve(NoticeEdit.base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.insertAfter("versio \"1.1\"", "säilytys 4 vuotta"));
		ResolvedPurpose orders = purpose(notice, "Tilaukset");
		assertEquals(List.of(Origin.NOTICE), orders.retention().stream().map(RetentionFact::origin).toList());
		assertTrue(orders.retentionCovered());
	}

	@Test
	void retentionOfEachCategoryTheRegisterCompletesForTheOthers() {
		NoticeEdit oneCategory = NoticeEdit.base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.replace("tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\"",
						"tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\" {\n\t\t\tsäilytys 2 vuotta\n\t\t}");
		ResolvedPurpose orders = purpose(resolve(oneCategory), "Tilaukset");
		assertEquals(List.of(Origin.CATEGORY), orders.retention().stream().map(RetentionFact::origin).toList());
		assertFalse(orders.retentionCovered(), "Yhteystiedot has no retention that applies");

		ResolvedPurpose completed = purpose(resolve(oneCategory.insertAfter("rooli rekisterinpitäjä", "säilytys 5 vuotta")),
				"Tilaukset");
		assertEquals(List.of(Origin.CATEGORY, Origin.REGISTER),
				completed.retention().stream().map(RetentionFact::origin).toList());
		assertTrue(completed.retentionCovered());
	}

	@Test
	void recipientsServeTheirNamedPurposesOrTheWholeRegister() {
		ResolvedNotice notice = resolve(NoticeEdit.base().insertAfter("nimi \"Kuljetusliike Oy\"", "tarkoituksiin Tilaukset"));
		assertEquals(List.of("Kuljetus", "Pilvipalvelu", "Mittaus", "Tukipalvelu"), recipients(purpose(notice, "Tilaukset")));
		assertEquals(List.of("Pilvipalvelu", "Mittaus", "Tukipalvelu"), recipients(purpose(notice, "Uutiskirje")),
				"sharing a data category does not make Kuljetus a recipient of the newsletter");
		ResolvedRecipient transport = notice.registers().get(0).recipients().items().get(0);
		assertEquals(Origin.PURPOSE, transport.scope());
		assertEquals(Origin.REGISTER, notice.registers().get(0).recipients().items().get(1).scope());
	}

	@Test
	void aTransferServesThePurposesItsRecipientsServe() {
		ResolvedNotice notice = resolve(NoticeEdit.base().insertAfter("nimi \"Tuki Inc.\"", "tarkoituksiin Tilaukset"));
		assertEquals(1, purpose(notice, "Tilaukset").transfers().size());
		assertEquals(List.of(), purpose(notice, "Uutiskirje").transfers());
		assertEquals(List.of("US"), purpose(notice, "Tilaukset").transfers().get(0).countries());
	}

	@Test
	void thirdCountryStatusIsStatedInferredOrUnknown() {
		ResolvedNotice notice = resolve(NoticeEdit.base().removeLine("maa \"US\"")
				.replace("nimi \"Tuki Inc.\"", "nimi \"Google Ireland Ltd\"").replace("maa \"FI\"\n\t\t\ttiedot Kayttotiedot",
						"tiedot Kayttotiedot"));
		List<ResolvedRecipient> parties = notice.registers().get(0).recipients().items();
		assertEquals(Location.Status.STATED_EEA, parties.get(0).location().status());
		assertEquals(Location.Status.NOT_STATED, parties.get(2).location().status());
		assertEquals(Location.Status.INFERRED_THIRD_COUNTRY, parties.get(3).location().status());
		assertEquals("US", parties.get(3).location().code());
		assertFalse(parties.get(3).location().isThirdCountry(), "a country guessed from a name is no fact");
		assertTrue(parties.get(3).location().isInferredThirdCountry());
	}

	@Test
	void alandAndTheOutermostRegionsAreStatedEeaGreenlandIsAThirdCountry() {
		for (String code : List.of("AX", "GF", "GP", "MQ", "RE", "YT", "MF", "FI")) {
			ResolvedNotice notice = resolve(NoticeEdit.base().replace("maa \"US\"", "maa \"" + code + "\""));
			Location location = notice.registers().get(0).recipients().items().get(3).location();
			assertEquals(Location.Status.STATED_EEA, location.status(), code);
			assertFalse(location.isThirdCountry(), code);
		}
		ResolvedNotice greenland = resolve(NoticeEdit.base().replace("maa \"US\"", "maa \"GL\""));
		assertTrue(greenland.registers().get(0).recipients().items().get(3).location().isThirdCountry());
	}

	@Test
	void statedStatedAbsentAndNotStatedAreThreeFacts() {
		assertEquals(Statement.Kind.STATED, resolve(NoticeEdit.base()).dataProtectionOfficers().kind());
		NoticeEdit withoutDpo = NoticeEdit.base().removeBlock("tietosuojavastaava Vastaava");
		assertEquals(Statement.Kind.NOT_STATED, resolve(withoutDpo).dataProtectionOfficers().kind());
		assertEquals(Statement.Kind.STATED_ABSENT, resolve(withoutDpo.insertAfter("kuvaus \"Kerromme",
				"ei-tietosuojavastaavaa \"Nimeämisen edellytykset eivät täyty.\"")).dataProtectionOfficers().kind());

		assertEquals(Statement.Kind.STATED, resolve(NoticeEdit.base()).registers().get(0).transfers().kind());
		NoticeEdit withoutTransfer = NoticeEdit.base().removeBlock("siirto Tukisiirto");
		assertEquals(Statement.Kind.NOT_STATED, resolve(withoutTransfer).registers().get(0).transfers().kind());
		assertEquals(Statement.Kind.STATED_ABSENT, resolve(withoutTransfer.insertAfter("rooli rekisterinpitäjä", "ei-siirtoja"))
				.registers().get(0).transfers().kind());
		Statement<ResolvedRecipient> contradicted = resolve(NoticeEdit.base().insertAfter("rooli rekisterinpitäjä",
				"ei-vastaanottajia")).registers().get(0).recipients();
		assertEquals(Statement.Kind.STATED, contradicted.kind());
		assertTrue(contradicted.isContradicted());
	}

	@Test
	void oneBasisOfTheRegisterAppliesToItsPurposesSeveralDoNot() {
		NoticeEdit withoutOwn = NoticeEdit.base().removeLine("peruste sopimus \"Käsittely on tarpeen");
		assertEquals(List.of(), purpose(resolve(withoutOwn), "Tilaukset").bases());
		ResolvedPurpose one = purpose(resolve(withoutOwn.insertAfter("rooli rekisterinpitäjä", "peruste sopimus")), "Tilaukset");
		assertEquals(List.of(Origin.REGISTER), one.bases().stream().map(b -> b.origin()).toList());
		ResolvedPurpose several = purpose(resolve(withoutOwn.insertAfter("rooli rekisterinpitäjä",
				"peruste sopimus\nperuste oikeutettu-etu \"asiakassuhde\"")), "Tilaukset");
		assertEquals(List.of(), several.bases(), "several bases of a register are linked to no one purpose");
		assertEquals(Origin.PURPOSE, purpose(resolve(NoticeEdit.base()), "Kirjanpito").bases().get(0).origin());
	}

	@Test
	void aStatutoryBasisNamesTheLawItRestsOnOrNone() {
		NoticeEdit withLaw = NoticeEdit.base().replace("peruste lakisääteinen-velvoite \"kirjanpitolaki (1336/1997)\"",
				"peruste lakisääteinen-velvoite laki \"kirjanpitolaki (1336/1997) 2 luku 10 §\"");
		ResolvedPurpose bookkeeping = purpose(resolve(withLaw), "Kirjanpito");
		assertEquals(1, bookkeeping.statutoryBases().size());
		assertEquals("kirjanpitolaki (1336/1997) 2 luku 10 §",
				LegalBases.statute(bookkeeping.statutoryBases().get(0).value()).map(Texts::firstValue).orElseThrow());
		assertEquals(null, bookkeeping.statutoryBases().get(0).value().getText(), "the law is not the basis's text");

		ResolvedPurpose unnamed = purpose(resolve(NoticeEdit.base()), "Kirjanpito");
		assertEquals(1, unnamed.statutoryBases().size(), "6(1)(c) rests on law (Art 6(3))");
		assertTrue(LegalBases.statute(unnamed.statutoryBases().get(0).value()).isEmpty(), "a text is not a named law");
		assertEquals(List.of(), purpose(resolve(NoticeEdit.base()), "Tilaukset").statutoryBases(), "6(1)(b) does not");

		ResolvedPurpose fromRegister = purpose(resolve(NoticeEdit.base().removeLine("peruste sopimus \"Käsittely on tarpeen")
				.insertAfter("rooli rekisterinpitäjä", "peruste yleisen-edun-tehtävä laki \"laki X\"")), "Tilaukset");
		assertEquals(Origin.REGISTER, fromRegister.statutoryBases().get(0).origin());
		assertEquals("laki X", LegalBases.statute(fromRegister.statutoryBases().get(0).value()).map(Texts::firstValue)
				.orElseThrow(), "the register's basis brings its law");
	}

	@Test
	void theResultIsComputedOncePerResource() {
		Notice notice = models.notice(NoticeEdit.base().text());
		assertSame(ResolvedNotice.of(notice), ResolvedNotice.of(notice));
	}
}
