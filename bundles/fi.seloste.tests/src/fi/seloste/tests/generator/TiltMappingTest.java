package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Inject;

import fi.seloste.generator.TiltFormat;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.tests.generator.TiltOutputs.Tilt;
import fi.seloste.tests.validation.NoticeEdit;

/**
 * How TILT states what the notice says, on edits of the validation tests' base notice: the provision
 * of data per category ({@code nonDisclosure}), retention with its anchor ({@code storage}), transfer
 * safeguards including Art 49 derogations, recipients per category, and rights.
 * <p>
 * In the base notice the one provision statement ({@code sopimuksen-edellytys}, on the notice) and the
 * purposes give: Yhteystiedot (contract, legal obligation, consent), Tilaustiedot (contract),
 * Laskutustiedot (legal obligation), Hetu (contract), Markkinointiluvat (consent), Kayttotiedot
 * (legitimate interests, consent).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class TiltMappingTest {

	private static final String PROVISION = "tietojen-antaminen sopimuksen-edellytys \"Tilaus edellyttää yhteystietoja.\" seuraukset \"Ilman yhteystietoja emme voi toimittaa tilausta.\"";
	private static final String SCC = "suojatoimi vakiolausekkeet \"komission vakiosopimuslausekkeet (EU) 2021/914\" kopio \"Jäljennöksen saa pyytämällä osoitteesta tietosuoja@testiyhtio.fi.\"";

	@Inject
	private SelosteTestModels models;

	@Inject
	private TiltFormat tilt;

	private Tilt tiltOf(NoticeEdit edit) {
		return TiltOutputs.render(tilt, models.notice(edit.text()));
	}

	private static void assertNonDisclosure(JsonNode category, boolean legal, boolean contractual, boolean obligation,
			String consequences) {
		JsonNode n = category.get("nonDisclosure");
		String id = category.get("_id").asText();
		assertEquals(legal, n.get("legalRequirement").asBoolean(), id + " legalRequirement");
		assertEquals(contractual, n.get("contractualRegulation").asBoolean(), id + " contractualRegulation");
		assertEquals(obligation, n.get("obligationToProvide").asBoolean(), id + " obligationToProvide");
		assertEquals(consequences, n.get("consequences").asText(), id + " consequences");
	}

	// ---------------------------------------------------------------- nonDisclosure

	@Test
	void aContractRequirementCoversTheCategoriesUsedForAContract() {
		Tilt doc = tiltOf(NoticeEdit.base());
		String consequences = "Ilman yhteystietoja emme voi toimittaa tilausta.";
		assertNonDisclosure(doc.category("Asiakasrekisteri.Yhteystiedot"), false, true, true, consequences);
		assertNonDisclosure(doc.category("Asiakasrekisteri.Tilaustiedot"), false, true, true, consequences);
		assertNonDisclosure(doc.category("Asiakasrekisteri.Hetu"), false, true, true, consequences);
	}

	@Test
	void dataUsedOnlyOnConsentOrOnOtherBasesIsNotObligatoryAndTheGapIsReported() {
		Tilt doc = tiltOf(NoticeEdit.base());
		assertNonDisclosure(doc.category("Asiakasrekisteri.Markkinointiluvat"), false, false, false, "");
		assertNonDisclosure(doc.category("Asiakasrekisteri.Kayttotiedot"), false, false, false, "");
		assertNonDisclosure(doc.category("Asiakasrekisteri.Laskutustiedot"), false, false, false, "");
		assertTrue(doc.losses().contains("dataDisclosed[].nonDisclosure (no provision of data stated for some categories)"),
				doc.losses()::toString);
	}

	@Test
	void aVoluntaryProvisionCoversTheOtherCategoriesWithItsOwnConsequences() {
		Tilt doc = tiltOf(NoticeEdit.base().insertAfter(PROVISION,
				"tietojen-antaminen vapaaehtoinen \"Uutiskirjeen tilaaminen on vapaaehtoista.\" seuraukset \"Ilman tilausta et saa uutiskirjettä.\""));
		assertNonDisclosure(doc.category("Asiakasrekisteri.Markkinointiluvat"), false, false, false,
				"Ilman tilausta et saa uutiskirjettä.");
		assertNonDisclosure(doc.category("Asiakasrekisteri.Yhteystiedot"), false, true, true,
				"Ilman yhteystietoja emme voi toimittaa tilausta.");
		assertTrue(doc.losses().stream().noneMatch(l -> l.startsWith("dataDisclosed[].nonDisclosure")), doc.losses()::toString);
	}

	@Test
	void aStatutoryRequirementCoversTheCategoriesUsedForALegalObligation() {
		Tilt doc = tiltOf(NoticeEdit.base().replace(PROVISION,
				"tietojen-antaminen lakisääteinen \"Kirjanpitolaki edellyttää laskutustietoja.\" seuraukset \"Ilman niitä emme voi laskuttaa.\""));
		assertNonDisclosure(doc.category("Asiakasrekisteri.Laskutustiedot"), true, false, true, "Ilman niitä emme voi laskuttaa.");
		assertNonDisclosure(doc.category("Asiakasrekisteri.Yhteystiedot"), true, false, true, "Ilman niitä emme voi laskuttaa.");
		assertNonDisclosure(doc.category("Asiakasrekisteri.Tilaustiedot"), false, false, false, "");
	}

	@Test
	void aContractualRequirementIsAContractualRegulation() {
		Tilt doc = tiltOf(NoticeEdit.base().replace("tietojen-antaminen sopimuksen-edellytys", "tietojen-antaminen sopimusperusteinen"));
		assertNonDisclosure(doc.category("Asiakasrekisteri.Tilaustiedot"), false, true, true,
				"Ilman yhteystietoja emme voi toimittaa tilausta.");
	}

	/** A contact person's data: required by the contract with the employer, processed on legitimate interests. */
	private static NoticeEdit withoutContractBasis() {
		return NoticeEdit.base()
				.replace("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"",
						"peruste oikeutettu-etu \"Toimitamme työnantajasi tilaukset.\"")
				.replace("peruste sopimus \"Tarkistus on tarpeen ennen laskulla maksamisen hyväksymistä.\"",
						"peruste oikeutettu-etu \"Työnantajasi maksaa laskulla.\"");
	}

	@Test
	void aRequirementMatchingNoBasisCoversTheRegisterWhenNothingIsVoluntary() {
		Tilt doc = tiltOf(withoutContractBasis());
		assertNonDisclosure(doc.category("Asiakasrekisteri.Tilaustiedot"), false, true, true,
				"Ilman yhteystietoja emme voi toimittaa tilausta.");
		assertNonDisclosure(doc.category("Asiakasrekisteri.Markkinointiluvat"), false, false, false, "");
	}

	@Test
	void aRequirementMatchingNoBasisBesideAVoluntaryStatementCannotBePlaced() {
		Tilt doc = tiltOf(withoutContractBasis().insertAfter(PROVISION,
				"tietojen-antaminen vapaaehtoinen \"Uutiskirjeen tilaaminen on vapaaehtoista.\" seuraukset \"Ilman tilausta et saa uutiskirjettä.\""));
		assertNonDisclosure(doc.category("Asiakasrekisteri.Tilaustiedot"), false, false, false, "");
		assertNonDisclosure(doc.category("Asiakasrekisteri.Markkinointiluvat"), false, false, false,
				"Ilman tilausta et saa uutiskirjettä.");
		assertTrue(doc.losses().contains("dataDisclosed[].nonDisclosure (the statements on the provision of data do not tell "
				+ "which covers some categories)"), doc.losses()::toString);
	}

	@Test
	void withoutAnyProvisionNothingIsObligatoryAndItIsReported() {
		Tilt doc = tiltOf(NoticeEdit.base().removeLine(PROVISION));
		assertNonDisclosure(doc.category("Asiakasrekisteri.Yhteystiedot"), false, false, false, "");
		assertTrue(doc.losses().contains("dataDisclosed[].nonDisclosure (no provision of data stated)"), doc.losses()::toString);
	}

	// ---------------------------------------------------------------- storage

	@Test
	void anUntilPeriodWithAnExtensionKeepsItsAnchorInTheDescription() {
		JsonNode storage = tiltOf(NoticeEdit.base()).category("Asiakasrekisteri.Tilaustiedot").get("storage");
		assertEquals(1, storage.size());
		JsonNode temporal = storage.get(0).get("temporal");
		assertEquals(1, temporal.size());
		assertEquals("P3Y", temporal.get(0).get("ttl").asText());
		assertEquals("asiakassuhteen päättymiseen asti ja sen jälkeen 3 vuotta", temporal.get(0).get("description").asText());
		assertEquals("tilausten käsittely ja toimitus", storage.get(0).get("purposeConditional").get(0).asText());
	}

	@Test
	void aDurationFromAnAnchorKeepsTheAnchorAndTheRationaleFollows() {
		JsonNode storage = tiltOf(NoticeEdit.base().replace("säilytys 10 vuotta alkaen tilikauden-päättyminen",
				"säilytys 10 vuotta alkaen tilikauden-päättyminen perustelu \"kirjanpitolaki 2:10\""))
				.category("Asiakasrekisteri.Laskutustiedot").get("storage");
		JsonNode entry = storage.get(storage.size() - 1).get("temporal").get(0);
		assertEquals("P10Y", entry.get("ttl").asText());
		assertEquals("10 vuotta tilikauden päättymisestä: kirjanpitolaki 2:10", entry.get("description").asText());
	}

	@Test
	void aPeriodWithoutDurationIsAStorageEntryWithADescription() {
		Tilt doc = tiltOf(NoticeEdit.base().replace("säilytys kunnes suostumuksen-peruuttaminen", "säilytys kunnes tilin-sulkeminen"));
		JsonNode entry = doc.category("Asiakasrekisteri.Markkinointiluvat").get("storage").get(0);
		assertEquals(0, entry.get("temporal").size());
		assertEquals("kunnes tili suljetaan", entry.get("description").asText());
		JsonNode criteria = doc.category("Asiakasrekisteri.Hetu").get("storage").get(0);
		assertEquals(0, criteria.get("temporal").size());
		assertEquals("kunnes luottopäätös on tehty", criteria.get("description").asText());
	}

	@Test
	void retentionStatedOnTheRegisterAppliesToPurposesWithoutTheirOwnAndSaysSo() {
		Tilt doc = tiltOf(NoticeEdit.base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.insertAfter("rooli rekisterinpitäjä", "säilytys 5 vuotta"));
		JsonNode storage = doc.category("Asiakasrekisteri.Tilaustiedot").get("storage");
		assertEquals(1, storage.size(), storage::toString);
		assertEquals("P5Y", storage.get(0).get("temporal").get(0).get("ttl").asText());
		assertEquals("5 vuotta (ilmoitettu koko rekisterille)", storage.get(0).get("temporal").get(0).get("description").asText());
		assertEquals("tilausten käsittely ja toimitus", storage.get(0).get("purposeConditional").get(0).asText());
		assertEquals("GDPR-6-1-b", storage.get(0).get("legalBasisConditional").get(0).asText());
		assertEquals(3, doc.category("Asiakasrekisteri.Yhteystiedot").get("storage").size(),
				"the register's period for orders, the purposes' own for bookkeeping and the newsletter");
	}

	@Test
	void retentionStatedOnTheNoticeSaysSo() {
		JsonNode storage = tiltOf(NoticeEdit.base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.insertAfter("kuvaus \"Kerromme", "säilytys 5 vuotta")).category("Asiakasrekisteri.Tilaustiedot").get("storage");
		assertEquals("5 vuotta (ilmoitettu koko selosteelle)", storage.get(0).get("temporal").get(0).get("description").asText());
	}

	// ---------------------------------------------------------------- recipients

	private static List<String> recipients(JsonNode category) {
		List<String> names = new java.util.ArrayList<>();
		category.get("recipients").forEach(r -> names.add(r.get("name").asText()));
		return names;
	}

	@Test
	void aRecipientOfTheWholeRegisterWithoutStatedDataIsARecipientOfEachCategory() {
		Tilt doc = tiltOf(NoticeEdit.base());
		for (String category : List.of("Yhteystiedot", "Tilaustiedot", "Laskutustiedot", "Hetu", "Markkinointiluvat", "Kayttotiedot")) {
			assertTrue(recipients(doc.category("Asiakasrekisteri." + category)).contains("Pilvi Oy"), category);
		}
		assertEquals(List.of("Kuljetusliike Oy", "Pilvi Oy", "Tuki Inc."), recipients(doc.category("Asiakasrekisteri.Yhteystiedot")),
				"the stated data decide for the others");
	}

	@Test
	void aRecipientOfNamedPurposesIsARecipientOfTheirDataOnly() {
		Tilt doc = tiltOf(NoticeEdit.base().insertAfter("nimi \"Pilvi Oy\"", "tarkoituksiin Uutiskirje"));
		assertTrue(recipients(doc.category("Asiakasrekisteri.Markkinointiluvat")).contains("Pilvi Oy"));
		assertTrue(recipients(doc.category("Asiakasrekisteri.Yhteystiedot")).contains("Pilvi Oy"));
		for (String category : List.of("Tilaustiedot", "Laskutustiedot", "Hetu", "Kayttotiedot")) {
			assertFalse(recipients(doc.category("Asiakasrekisteri." + category)).contains("Pilvi Oy"), category);
		}
	}

	// ---------------------------------------------------------------- transfers

	@Test
	void onlyTheStatedSafeguardIsWritten() {
		JsonNode transfer = tiltOf(NoticeEdit.base()).get("thirdCountryTransfers").get(0);
		assertEquals("komission vakiosopimuslausekkeet (EU) 2021/914", transfer.get("standardDataProtectionClause").get("description").asText());
		for (String unstated : List.of("adequacyDecision", "appropriateGuarantees", "presenceOfEnforceableRightsAndEffectiveRemedies")) {
			assertFalse(transfer.has(unstated), unstated + " is not stated, so it is not written as unavailable");
		}
	}

	@Test
	void anArt49DerogationKeepsItsLegalGround() {
		JsonNode transfer = tiltOf(NoticeEdit.base().replace(SCC,
				"suojatoimi poikkeus \"nimenomainen suostumus siirtoon (49 artiklan 1 kohdan a alakohta)\"")).get("thirdCountryTransfers").get(0);
		JsonNode guarantees = transfer.get("appropriateGuarantees");
		assertFalse(guarantees.get("available").asBoolean(), "Art 49 applies in the absence of appropriate safeguards");
		assertEquals("erityistilanteita koskeva poikkeus (EU:n tietosuoja-asetuksen 49 artikla): "
				+ "nimenomainen suostumus siirtoon (49 artiklan 1 kohdan a alakohta)", guarantees.get("description").asText());
		assertFalse(transfer.has("standardDataProtectionClause"));
	}

	@Test
	void aSafeguardWithoutTextIsDescribedByItsName() {
		JsonNode transfer = tiltOf(NoticeEdit.base().replace(SCC, "suojatoimi yrityksen-sitovat-säännöt")).get("thirdCountryTransfers").get(0);
		assertTrue(transfer.get("appropriateGuarantees").get("available").asBoolean());
		assertEquals("yritystä koskevat sitovat säännöt (EU:n tietosuoja-asetuksen 47 artikla)",
				transfer.get("appropriateGuarantees").get("description").asText());
	}

	// ---------------------------------------------------------------- rights

	@Test
	void aRightNotStatedIsNotWrittenAsUnavailable() {
		Tilt doc = tiltOf(NoticeEdit.base().removeLine("oikeus siirrettävyys"));
		assertEquals(0, doc.get("rightToDataPortability").size());
		assertTrue(doc.get("accessAndDataPortability").get("available").asBoolean(), "access is stated");
	}

	@Test
	void withoutAccessOrPortabilityTheRequiredFlagIsFalseAndReported() {
		Tilt doc = tiltOf(NoticeEdit.base().removeLine("oikeus siirrettävyys").removeLine("oikeus tarkastus"));
		assertFalse(doc.get("accessAndDataPortability").get("available").asBoolean());
		assertEquals(0, doc.get("rightToInformation").size());
		assertTrue(doc.losses().contains("accessAndDataPortability (no right of access or portability stated)"), doc.losses()::toString);
	}
}
