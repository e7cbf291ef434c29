package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
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
import fi.seloste.seloste.SelosteFile;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.tests.validation.NoticeEdit;

/**
 * Notices other than the examples, derived from the validation tests' base notice: what TILT holds
 * where the notice lacks a value TILT requires, and that both JSON formats stay schema-valid.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class GeneratorEdgeCasesTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private SelosteJsonFormat json;

	@Inject
	private TiltFormat tilt;

	private Notice parse(NoticeEdit edit) {
		XtextResource resource = models.parse(edit.text());
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		return (Notice) ((SelosteFile) resource.getContents().get(0)).getElements().get(0);
	}

	private JsonNode tiltOf(Notice notice) {
		JsonNode document = JsonSchemas.parse(GeneratedExamples.utf8(tilt.render(notice, Texts.outputLanguages(notice)).get(0).content()));
		assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.tilt(), document));
		JsonNode own = JsonSchemas.parse(GeneratedExamples.utf8(json.render(notice, Texts.outputLanguages(notice)).get(0).content()));
		assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.seloste(), own));
		return document;
	}

	@Test
	void baseNotice() {
		JsonNode doc = tiltOf(parse(NoticeEdit.base()));
		assertEquals("Maija Meikäläinen", doc.get("dataProtectionOfficer").get("name").asText());
		assertEquals("FI", doc.get("controller").get("country").asText(), "a Finnish business ID");
		assertEquals(1, doc.get("meta").get("version").asInt(), "version \"1.1\"");
		assertEquals("fi", doc.get("meta").get("language").asText());
		assertEquals(false, doc.get("automatedDecisionMaking").get("inUse").asBoolean());
		assertEquals("US", doc.get("thirdCountryTransfers").get(0).get("country").asText());
		assertTrue(doc.get("thirdCountryTransfers").get(0).get("standardDataProtectionClause").get("available").asBoolean());
	}

	@Test
	void withoutDpoNoOneIsNamedAndThePrivacyContactIsGiven() {
		JsonNode dpo = tiltOf(parse(NoticeEdit.base().removeBlock("tietosuojavastaava Vastaava"))).get("dataProtectionOfficer");
		assertEquals("", dpo.get("name").asText());
		assertEquals("tietosuoja@testiyhtio.fi", dpo.get("email").asText());
	}

	@Test
	void unknownCountryIsZz() {
		JsonNode doc = tiltOf(parse(NoticeEdit.base().removeLine("y-tunnus \"2701131-6\"")));
		assertEquals("ZZ", doc.get("controller").get("country").asText());
	}

	@Test
	void automatedDecisionsInUseCarryLogicAndEffects() {
		JsonNode adm = tiltOf(parse(NoticeEdit.base().replace(
				"automaattinen-päätöksenteko ei-käytössä \"Emme tee päätöksiä pelkästään automaattisen käsittelyn perusteella.\"",
				"automaattinen-päätöksenteko käytössä \"Luottopäätös.\" {\n\t\tlogiikka \"pisteytys\"\n\t\tmerkitys \"laskulla maksaminen\"\n\t}")))
				.get("automatedDecisionMaking");
		assertTrue(adm.get("inUse").asBoolean());
		assertEquals("pisteytys", adm.get("logicInvolved").asText());
		assertEquals("laskulla maksaminen", adm.get("scopeAndIntendedEffects").asText());
	}

	@Test
	void admNotStatedIsAnEmptyObject() {
		JsonNode adm = tiltOf(parse(NoticeEdit.base().removeLine("automaattinen-päätöksenteko ei-käytössä"))).get("automatedDecisionMaking");
		assertEquals(0, adm.size());
	}
}
