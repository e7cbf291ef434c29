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

import fi.seloste.generator.SelosteJsonFormat;
import fi.seloste.generator.TiltFormat;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Notice;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.tests.generator.TiltOutputs.Tilt;
import fi.seloste.tests.validation.NoticeEdit;

/**
 * Notices other than the examples, derived from the validation tests' base notice: what TILT holds
 * where the notice lacks a value TILT requires (the schema's empty form, never someone else's
 * details), the loss reported for it, and that both JSON formats stay schema-valid.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class GeneratorEdgeCasesTest {

	/** The empty form of a required e-mail (see TiltContext.NO_EMAIL). */
	private static final String NO_EMAIL = "\"\"@invalid";

	@Inject
	private SelosteTestModels models;

	@Inject
	private SelosteJsonFormat json;

	@Inject
	private TiltFormat tilt;

	private Tilt tiltOf(NoticeEdit edit) {
		Notice notice = models.notice(edit.text());
		JsonNode own = JsonSchemas.parse(GeneratedExamples.utf8(json.render(notice, Texts.outputLanguages(notice)).get(0).content()));
		assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.seloste(), own));
		return TiltOutputs.render(tilt, notice);
	}

	@Test
	void baseNotice() {
		Tilt doc = tiltOf(NoticeEdit.base());
		assertEquals("Maija Meikäläinen", doc.get("dataProtectionOfficer").get("name").asText());
		assertEquals("FI", doc.get("controller").get("country").asText(), "a Finnish business ID");
		assertEquals(1, doc.get("meta").get("version").asInt(), "version \"1.1\"");
		assertEquals("fi", doc.get("meta").get("language").asText());
		assertEquals(false, doc.get("automatedDecisionMaking").get("inUse").asBoolean());
		assertEquals("US", doc.get("thirdCountryTransfers").get(0).get("country").asText());
		assertTrue(doc.get("thirdCountryTransfers").get(0).get("standardDataProtectionClause").get("available").asBoolean());
	}

	@Test
	void theDpoHoldsOnlyWhatTheNoticeStatesOfTheDpo() {
		Tilt doc = tiltOf(NoticeEdit.base());
		JsonNode dpo = doc.get("dataProtectionOfficer");
		assertEquals("dpo@testiyhtio.fi", dpo.get("email").asText());
		assertEquals("", dpo.get("address").asText(), "the controller's address is not the DPO's");
		assertEquals("ZZ", dpo.get("country").asText(), "the controller's country is not the DPO's");
		assertTrue(doc.losses().contains("dataProtectionOfficer.address (no address of the DPO stated)"), doc.losses()::toString);
		assertTrue(doc.losses().contains("dataProtectionOfficer.country (no country of the DPO stated)"), doc.losses()::toString);
		assertFalse(doc.losses().contains("dataProtectionOfficer (no DPO stated)"), doc.losses()::toString);
	}

	@Test
	void withoutDpoNoOneIsNamedAndNoOnesContactDetailsStandIn() {
		Tilt doc = tiltOf(NoticeEdit.base().removeBlock("tietosuojavastaava Vastaava").insertBefore("rekisteri Asiakasrekisteri",
				"yhteyshenkilö Yhteys {\n\tnimi \"Matti Virtanen\"\n\tsähköposti \"matti@testiyhtio.fi\"\n}\n"));
		JsonNode dpo = doc.get("dataProtectionOfficer");
		assertEquals("", dpo.get("name").asText());
		assertEquals("", dpo.get("address").asText());
		assertEquals("ZZ", dpo.get("country").asText());
		assertEquals(NO_EMAIL, dpo.get("email").asText(), "neither the controller's nor the contact person's e-mail");
		assertFalse(dpo.has("phone"));
		assertTrue(doc.losses().contains("dataProtectionOfficer (no DPO stated)"), doc.losses()::toString);
	}

	@Test
	void aStatementThatNoDpoIsAppointedIsReportedAsSuch() {
		Tilt doc = tiltOf(NoticeEdit.base().removeBlock("tietosuojavastaava Vastaava")
				.insertAfter("kuvaus \"Kerromme", "ei-tietosuojavastaavaa \"Edellytykset eivät täyty.\""));
		assertEquals("", doc.get("dataProtectionOfficer").get("name").asText());
		assertTrue(doc.losses().contains("dataProtectionOfficer (the notice states that no DPO is appointed)"), doc.losses()::toString);
	}

	@Test
	void theContactPersonIsNotTheControllersRepresentative() {
		Tilt doc = tiltOf(NoticeEdit.base().insertBefore("rekisteri Asiakasrekisteri",
				"yhteyshenkilö Yhteys {\n\tnimi \"Matti Virtanen\"\n\tsähköposti \"matti@testiyhtio.fi\"\n\tpuhelin \"+358 40 123 4567\"\n}\n"));
		JsonNode representative = doc.get("controller").get("representative");
		assertEquals("", representative.get("name").asText());
		assertEquals(NO_EMAIL, representative.get("email").asText(), "neither the contact person's nor the controller's e-mail");
		assertFalse(representative.has("phone"));
		assertFalse(doc.document().toString().contains("Matti Virtanen"));
		assertTrue(doc.losses().contains("controller.representative (no EU representative stated)"), doc.losses()::toString);
	}

	@Test
	void theEuRepresentativeIsTheControllersRepresentative() {
		Tilt doc = tiltOf(NoticeEdit.base().insertBefore("rekisteri Asiakasrekisteri",
				"edustaja Edustaja {\n\tnimi \"EU-Vertreter GmbH\"\n\tsähköposti \"gdpr@eu-vertreter.de\"\n\tpuhelin \"+49 30 123456\"\n}\n"));
		JsonNode representative = doc.get("controller").get("representative");
		assertEquals("EU-Vertreter GmbH", representative.get("name").asText());
		assertEquals("gdpr@eu-vertreter.de", representative.get("email").asText());
		assertEquals("+49 30 123456", representative.get("phone").asText());
		assertTrue(doc.losses().stream().noneMatch(l -> l.startsWith("controller.representative")), doc.losses()::toString);
	}

	@Test
	void aFurtherControllerIsReportedAsLostNotMergedIntoTheFirst() {
		Tilt doc = tiltOf(NoticeEdit.base().insertBefore("tietosuojavastaava Vastaava",
				"rekisterinpitäjä Tytaryhtio {\n\tnimi \"Testiyhtiö Logistiikka Oy\"\n\ty-tunnus \"3412801-0\"\n}\n"));
		assertEquals("Testiyhtiö Oy", doc.get("controller").get("name").asText());
		assertFalse(doc.document().toString().contains("Logistiikka"));
		assertTrue(doc.losses().contains("controller (controller Tytaryhtio not exported: TILT has one controller)"),
				doc.losses()::toString);
		assertTrue(tiltOf(NoticeEdit.base()).losses().stream().noneMatch(l -> l.startsWith("controller (")));
	}

	@Test
	void theLawAStatutoryBasisRestsOnIsInTheDescriptionOfTheBasis() {
		Tilt doc = tiltOf(NoticeEdit.base().replace("peruste lakisääteinen-velvoite \"kirjanpitolaki (1336/1997)\"",
				"peruste lakisääteinen-velvoite \"Kirjanpito on lakisääteistä.\" laki \"kirjanpitolaki (1336/1997) 2 luku 10 §\""));
		List<String> descriptions = new java.util.ArrayList<>();
		doc.get("dataDisclosed").forEach(d -> d.get("legalBases").forEach(b -> {
			if (b.get("reference").asText().equals("GDPR-6-1-c")) {
				descriptions.add(b.get("description").asText());
			}
		}));
		assertFalse(descriptions.isEmpty());
		descriptions.forEach(d -> assertEquals("Kirjanpito on lakisääteistä. Laki, johon käsittely perustuu"
				+ " (EU:n tietosuoja-asetuksen 6 artiklan 3 kohta): kirjanpitolaki (1336/1997) 2 luku 10 §", d));
	}

	@Test
	void withoutAnyDateTheDatesHaveTheEmptyFormAndAreReported() {
		Tilt doc = tiltOf(NoticeEdit.base().removeLine("laadittu 2025-01-15").removeLine("voimassa 2025-02-01")
				.removeLine("päivitetty 2025-06-01"));
		assertEquals("0000", doc.get("meta").get("created").asText());
		assertEquals("0000", doc.get("meta").get("modified").asText());
		assertTrue(doc.losses().containsAll(List.of("meta.created (no date stated)", "meta.modified (no date stated)")),
				doc.losses()::toString);
	}

	@Test
	void withOnlyTheUpdatedDateBothDatesAreIt() {
		Tilt doc = tiltOf(NoticeEdit.base().removeLine("laadittu 2025-01-15").removeLine("voimassa 2025-02-01"));
		assertEquals("2025-06-01", doc.get("meta").get("created").asText());
		assertEquals("2025-06-01", doc.get("meta").get("modified").asText());
		assertTrue(doc.losses().stream().noneMatch(l -> l.startsWith("meta.created") || l.startsWith("meta.modified")));
	}

	@Test
	void withoutVersionOrWebAddressTheEmptyFormsAreReported() {
		Tilt doc = tiltOf(NoticeEdit.base().removeLine("versio \"1.1\""));
		assertEquals(1, doc.get("meta").get("version").asInt());
		assertEquals("", doc.get("meta").get("url").asText(), "the controller's web site is not the notice's address");
		assertTrue(doc.losses().containsAll(List.of("meta.version (no version stated)", "meta.url (no web address of the notice stated)")),
				doc.losses()::toString);
	}

	@Test
	void unknownCountryIsZz() {
		Tilt doc = tiltOf(NoticeEdit.base().removeLine("y-tunnus \"2701131-6\""));
		assertEquals("ZZ", doc.get("controller").get("country").asText());
		assertTrue(doc.losses().contains("controller.country (no controller country stated)"), doc.losses()::toString);
	}

	@Test
	void automatedDecisionsInUseCarryLogicAndEffects() {
		JsonNode adm = tiltOf(NoticeEdit.base().replace(
				"automaattinen-päätöksenteko ei-käytössä \"Emme tee päätöksiä pelkästään automaattisen käsittelyn perusteella.\"",
				"automaattinen-päätöksenteko käytössä \"Luottopäätös.\" {\n\t\tlogiikka \"pisteytys\"\n\t\tmerkitys \"laskulla maksaminen\"\n\t}"))
				.get("automatedDecisionMaking");
		assertTrue(adm.get("inUse").asBoolean());
		assertEquals("pisteytys", adm.get("logicInvolved").asText());
		assertEquals("laskulla maksaminen", adm.get("scopeAndIntendedEffects").asText());
	}

	@Test
	void automatedDecisionsInUseWithoutLogicAreReported() {
		Tilt doc = tiltOf(NoticeEdit.base().replace(
				"automaattinen-päätöksenteko ei-käytössä \"Emme tee päätöksiä pelkästään automaattisen käsittelyn perusteella.\"",
				"automaattinen-päätöksenteko käytössä \"Luottopäätös.\""));
		assertEquals("", doc.get("automatedDecisionMaking").get("logicInvolved").asText());
		assertTrue(doc.losses().contains("automatedDecisionMaking.logicInvolved (no logic of the automated decisions stated)"),
				doc.losses()::toString);
	}

	@Test
	void admNotStatedIsAnEmptyObject() {
		JsonNode adm = tiltOf(NoticeEdit.base().removeLine("automaattinen-päätöksenteko ei-käytössä")).get("automatedDecisionMaking");
		assertEquals(0, adm.size());
	}

	/**
	 * Review of issue 16: an e-mail at an internationalised domain is an address; the TILT schema's
	 * validator (networknt, {@code "format": "email"}) accepts it as written, so it is written as written.
	 */
	@Test
	void anEmailAtAnInternationalisedDomainGoesIntoTilt() {
		Tilt doc = tiltOf(NoticeEdit.base().replace("dpo@testiyhtio.fi", "dpo@testiyhtiö.fi"));
		assertEquals("dpo@testiyhtiö.fi", doc.get("dataProtectionOfficer").get("email").asText());
		assertTrue(doc.losses().stream().noneMatch(l -> l.startsWith("dataProtectionOfficer.email")), doc.losses()::toString);
	}

	/** A domain the IDN conversion would have to change (a full-width letter) or cannot convert is not written. */
	@Test
	void anEmailWhoseDomainIsNotAHostNameIsLeftOut() {
		for (String email : List.of("dpo@testiyhtｉo.fi", "dpo@testi_yhtiö.fi", "dpo@-testiyhtiö.fi")) {
			Tilt doc = tiltOf(NoticeEdit.base().replace("dpo@testiyhtio.fi", email));
			assertEquals(NO_EMAIL, doc.get("dataProtectionOfficer").get("email").asText(), email);
			assertTrue(doc.losses().contains("dataProtectionOfficer.email (e-mail of the DPO not an address)"), doc.losses()::toString);
		}
	}
}
