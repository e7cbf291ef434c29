package fi.seloste.tests.validation;

import static fi.seloste.tests.validation.NoticeEdit.base;
import static fi.seloste.tests.validation.ValidationAssert.assertData;
import static fi.seloste.tests.validation.ValidationAssert.assertIssues;
import static fi.seloste.tests.validation.ValidationAssert.assertLine;
import static fi.seloste.tests.validation.ValidationAssert.single;
import static fi.seloste.tests.validation.ValidationAssert.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.validation.SelosteIssueCodes;

/**
 * {@code CompletenessValidator}, GDPR Art 12–14: does the notice say everything the data subject must
 * be told? Every case is the clean base notice ({@code fixtures/validation/base.seloste}) with one small
 * edit, and asserts the exact codes of all its diagnostics.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class CompletenessValidatorTest {

	@Inject
	private SelosteTestModels models;

	private List<Issue> assertIssuesOf(NoticeEdit notice, String... codes) {
		return assertIssues(models.parse(notice.text()), codes);
	}

	/** The full safeguard line of the base notice's transfer. */
	private static final String SAFEGUARD = "suojatoimi vakiolausekkeet \"komission vakiosopimuslausekkeet (EU) 2021/914\" "
			+ "kopio \"Jäljennöksen saa pyytämällä osoitteesta tietosuoja@testiyhtio.fi.\"";

	/** The base notice with a second, controller register holding these members. */
	private static NoticeEdit withSecondRegister(String members) {
		String body = members.stripTrailing().lines().map(l -> l.isEmpty() ? l : "\t" + l)
				.collect(java.util.stream.Collectors.joining("\n"));
		return base().insertBefore("tietojen-antaminen sopimuksen-edellytys",
				"rekisteri Toinen \"toinen rekisteri\" {\n" + body + "\n}\n");
	}

	@Test
	void baseNoticeIsCompleteAndClean() {
		assertIssuesOf(base());
	}

	// ------------------------------------------------------------------ controller and contacts

	@Test
	@Covers(SelosteIssueCodes.CONTROLLER_MISSING)
	void noticeWithoutControllerIsReportedOnTheNoticeName() {
		NoticeEdit notice = base().removeBlock("rekisterinpitäjä Testiyhtio {");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.CONTROLLER_MISSING), SelosteIssueCodes.CONTROLLER_MISSING);
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
		assertEquals(Severity.ERROR, issue.getSeverity());
	}

	@Test
	@Covers(SelosteIssueCodes.CONTROLLER_MISSING)
	void jointControllerAloneIsNoController() {
		assertIssuesOf(base().replace("rekisterinpitäjä Testiyhtio {", "yhteisrekisterinpitäjä Testiyhtio {"),
				SelosteIssueCodes.CONTROLLER_MISSING);
	}

	@Test
	@Covers(SelosteIssueCodes.CONTROLLER_NAME_MISSING)
	void controllerWithoutNameIsReportedOnTheController() {
		NoticeEdit notice = base().removeLine("nimi \"Testiyhtiö Oy\"");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.CONTROLLER_NAME_MISSING),
				SelosteIssueCodes.CONTROLLER_NAME_MISSING);
		assertLine(notice.lineOf("rekisterinpitäjä Testiyhtio {"), issue);
		assertTrue(issue.getMessage().contains("'Testiyhtio'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteIssueCodes.CONTROLLER_CONTACT_MISSING)
	void controllerWithOnlyAWebsiteHasNoContactDetails() {
		NoticeEdit notice = base().removeLine("osoite \"Esimerkkikatu 1, 00100 Helsinki\"")
				.removeLine("puhelin \"+358 9 123 4567\"").removeLine("sähköposti \"tietosuoja@testiyhtio.fi\"");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.CONTROLLER_CONTACT_MISSING),
				SelosteIssueCodes.CONTROLLER_CONTACT_MISSING);
		assertLine(notice.lineOf("rekisterinpitäjä Testiyhtio {"), issue);
	}

	@Test
	@Covers(SelosteIssueCodes.CONTROLLER_CONTACT_MISSING)
	void anyOneOfAddressEmailAndPhoneIsEnoughContact() {
		assertIssuesOf(base().removeLine("osoite \"Esimerkkikatu 1, 00100 Helsinki\"")
				.removeLine("puhelin \"+358 9 123 4567\""));
		assertIssuesOf(base().removeLine("osoite \"Esimerkkikatu 1, 00100 Helsinki\"")
				.removeLine("sähköposti \"tietosuoja@testiyhtio.fi\""));
	}

	@Test
	@Covers(SelosteIssueCodes.DPO_CONTACT_MISSING)
	void dataProtectionOfficerWithoutContactIsReported() {
		NoticeEdit notice = base().removeLine("sähköposti \"dpo@testiyhtio.fi\"");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.DPO_CONTACT_MISSING),
				SelosteIssueCodes.DPO_CONTACT_MISSING);
		assertLine(notice.lineOf("tietosuojavastaava Vastaava {"), issue);
	}

	@Test
	@Covers(SelosteIssueCodes.DPO_CONTACT_MISSING)
	void contactPersonNeedsNoContactDetailsOfItsOwn() {
		assertIssuesOf(base().replace("tietosuojavastaava Vastaava {", "yhteyshenkilö Vastaava {")
				.removeLine("sähköposti \"dpo@testiyhtio.fi\""));
	}

	// ------------------------------------------------------------------ registers and purposes

	@Test
	@Covers(SelosteIssueCodes.REGISTER_MISSING)
	void noticeWithoutRegisterIsReported() {
		// the analytics cookie names a processor of the register, so it goes too
		NoticeEdit notice = base().removeBlock("rekisteri Asiakasrekisteri").removeBlock("eväste Analytiikkaeväste");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.REGISTER_MISSING), SelosteIssueCodes.REGISTER_MISSING);
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
	}

	@Test
	@Covers(SelosteIssueCodes.PURPOSE_MISSING)
	void registerWithoutPurposeIsReportedOnTheRegister() {
		NoticeEdit notice = withSecondRegister("""
				lähde rekisteröity "rekisteröidyltä itseltään"
				ei-vastaanottajia
				""");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.PURPOSE_MISSING), SelosteIssueCodes.PURPOSE_MISSING);
		assertLine(notice.lineOf("rekisteri Toinen"), issue);
		assertTrue(issue.getMessage().contains("'Toinen'"), issue.getMessage());
	}

	@Test
	@Covers({ SelosteIssueCodes.PURPOSE_MISSING, SelosteIssueCodes.PURPOSE_WITHOUT_BASIS,
			SelosteIssueCodes.RECIPIENTS_NOT_STATED, SelosteIssueCodes.SOURCES_MISSING, SelosteIssueCodes.RETENTION_MISSING })
	void processorRegisterNeedsNoPurposesBasesRecipientsSourcesOrRetention() {
		assertIssuesOf(base().insertBefore("tietojen-antaminen sopimuksen-edellytys", """
				rekisteri Palvelu "asiakkaiden lukuun käsiteltävät tiedot" {
					rooli käsittelijä lukuun "asiakasyritys"
					tarkoitus Ylläpito "asiakkaan järjestelmän ylläpito"
				}
				"""));
	}

	@Test
	@Covers(SelosteIssueCodes.PURPOSE_WITHOUT_BASIS)
	void purposeWithoutLegalBasisIsReportedOnThePurpose() {
		NoticeEdit notice = base().removeLine("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.PURPOSE_WITHOUT_BASIS),
				SelosteIssueCodes.PURPOSE_WITHOUT_BASIS);
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issue);
		assertTrue(issue.getMessage().contains("'Tilaukset'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteIssueCodes.PURPOSE_WITHOUT_BASIS)
	void oneBasisOfTheRegisterIsTheBasisOfItsPurposesWithoutTheirOwn() {
		assertIssuesOf(base().removeLine("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"")
				.insertAfter("rooli rekisterinpitäjä", "peruste sopimus"));
	}

	@Test
	@Covers(SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED)
	void aRegistersLegitimateInterestsWithoutTheInterestIsReportedForThePurposeItAppliesTo() {
		NoticeEdit notice = base().removeLine("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"")
				.insertAfter("rooli rekisterinpitäjä", "peruste oikeutettu-etu");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED),
				SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED);
		assertLine(notice.lineOf("rooli rekisterinpitäjä") + 1, issue);
		assertTrue(issue.getMessage().contains("'Tilaukset'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteIssueCodes.PURPOSE_WITHOUT_BASIS)
	void severalBasesOfTheRegisterLinkNoPurposeToABasis() {
		NoticeEdit notice = base().removeLine("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"")
				.insertAfter("rooli rekisterinpitäjä", "peruste sopimus\nperuste lakisääteinen-velvoite \"kirjanpitolaki\"");
		assertLine(notice.lineOf("tarkoitus Tilaukset"),
				single(assertIssuesOf(notice, SelosteIssueCodes.PURPOSE_WITHOUT_BASIS), SelosteIssueCodes.PURPOSE_WITHOUT_BASIS));
	}

	@Test
	@Covers(SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED)
	void legitimateInterestsWithoutTheInterestIsReportedOnTheBasis() {
		NoticeEdit notice = base().replace(
				"peruste oikeutettu-etu \"Oikeutettu etumme on suojata verkkokauppa ja asiakkaat väärinkäytöksiltä.\"",
				"peruste oikeutettu-etu");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED),
				SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED);
		assertLine(notice.lineOf("peruste oikeutettu-etu"), issue);
		assertTrue(issue.getMessage().contains("'Tietoturva'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED)
	void otherBasesNeedNoText() {
		assertIssuesOf(base().replace("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"",
				"peruste sopimus"));
	}

	@Test
	@Covers(SelosteIssueCodes.RECIPIENTS_NOT_STATED)
	void registerThatNeitherNamesRecipientsNorDeniesThemIsReported() {
		NoticeEdit notice = withSecondRegister("""
				tarkoitus Arvonta "arvonnan järjestäminen" {
					peruste suostumus "Osallistut arvontaan suostumuksellasi."
					säilytys 3 kuukautta
				}
				lähde rekisteröity "osallistujalta itseltään"
				""");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.RECIPIENTS_NOT_STATED),
				SelosteIssueCodes.RECIPIENTS_NOT_STATED);
		assertLine(notice.lineOf("rekisteri Toinen"), issue);
	}

	@Test
	@Covers(SelosteIssueCodes.RECIPIENTS_NOT_STATED)
	void noRecipientsStatementOrARecipientOfTheNoticeIsEnough() {
		String register = """
				tarkoitus Arvonta "arvonnan järjestäminen" {
					peruste suostumus "Osallistut arvontaan suostumuksellasi."
					säilytys 3 kuukautta
				}
				lähde rekisteröity "osallistujalta itseltään"
				""";
		assertIssuesOf(withSecondRegister(register + "ei-vastaanottajia \"Tietoja ei luovuteta.\"\n"));
		assertIssuesOf(withSecondRegister(register).insertBefore("tietojen-antaminen sopimuksen-edellytys",
				"vastaanottaja Tilintarkastaja \"tilintarkastaja\" {\n\tmaa \"FI\"\n}\n"));
	}

	// ------------------------------------------------------------------ transfers

	@Test
	@Covers(SelosteIssueCodes.TRANSFER_WITHOUT_SAFEGUARD)
	void transferWithoutSafeguardIsReportedOnTheTransfer() {
		NoticeEdit notice = base().removeLine("suojatoimi vakiolausekkeet");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.TRANSFER_WITHOUT_SAFEGUARD),
				SelosteIssueCodes.TRANSFER_WITHOUT_SAFEGUARD);
		assertLine(notice.lineOf("siirto Tukisiirto {"), issue);
	}

	@Test
	@Covers(SelosteIssueCodes.TRANSFER_WITHOUT_SAFEGUARD)
	void safeguardNoneStatedIsNoSafeguard() {
		NoticeEdit notice = base().replace(SAFEGUARD, "suojatoimi ei-ilmoitettu \"lainsäädännön edellyttämällä tavalla\"");
		assertIssuesOf(notice, SelosteIssueCodes.TRANSFER_WITHOUT_SAFEGUARD);
	}

	@Test
	@Covers(SelosteIssueCodes.TRANSFER_WITHOUT_SAFEGUARD)
	void namedSafeguardBesideNoneStatedIsEnough() {
		assertIssuesOf(base().insertAfter("suojatoimi vakiolausekkeet", "suojatoimi ei-ilmoitettu \"muut suojatoimet\""));
	}

	@Test
	@Covers(SelosteIssueCodes.SAFEGUARD_COPY_MISSING)
	void standardClausesWithoutCopyAreReportedOnTheSafeguard() {
		NoticeEdit notice = base().replace(
				" kopio \"Jäljennöksen saa pyytämällä osoitteesta tietosuoja@testiyhtio.fi.\"", "");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.SAFEGUARD_COPY_MISSING),
				SelosteIssueCodes.SAFEGUARD_COPY_MISSING);
		assertLine(notice.lineOf("suojatoimi vakiolausekkeet"), issue);
		assertTrue(issue.getMessage().contains("(vakiolausekkeet)"), issue.getMessage());
	}

	@Test
	@Covers(SelosteIssueCodes.SAFEGUARD_COPY_MISSING)
	void bindingCorporateRulesNeedACopyToo() {
		assertIssuesOf(base().replace(SAFEGUARD, "suojatoimi yrityksen-sitovat-säännöt"), SelosteIssueCodes.SAFEGUARD_COPY_MISSING);
	}

	@Test
	@Covers(SelosteIssueCodes.SAFEGUARD_COPY_MISSING)
	void adequacyDecisionNeedsNoCopy() {
		assertIssuesOf(base().replace(SAFEGUARD, "suojatoimi riittävyyspäätös"));
	}

	// ------------------------------------------------------------------ retention

	@Test
	@Covers(SelosteIssueCodes.RETENTION_MISSING)
	void purposeWithoutRetentionIsReportedOnThePurpose() {
		NoticeEdit notice = base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.RETENTION_MISSING), SelosteIssueCodes.RETENTION_MISSING);
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issue);
	}

	@Test
	@Covers(SelosteIssueCodes.RETENTION_MISSING)
	void retentionOfTheRegisterCoversItsPurposes() {
		assertIssuesOf(base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.insertAfter("rooli rekisterinpitäjä", "säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta"));
	}

	@Test
	@Covers(SelosteIssueCodes.RETENTION_MISSING)
	void retentionOfEveryCategoryThePurposeUsesCoversIt() {
		NoticeEdit withoutPurposeRetention = base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta");
		assertIssuesOf(withoutPurposeRetention
				.replace("tietoryhmä Yhteystiedot \"nimi, toimitusosoite, sähköpostiosoite ja puhelinnumero\"",
						"tietoryhmä Yhteystiedot \"nimi, toimitusosoite, sähköpostiosoite ja puhelinnumero\" {\n\t\t\tsäilytys 3 vuotta\n\t\t}")
				.replace("tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\"",
						"tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\" {\n\t\t\tsäilytys 3 vuotta\n\t\t}"));
		// one category without retention is not enough
		assertIssuesOf(withoutPurposeRetention
				.replace("tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\"",
						"tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\" {\n\t\t\tsäilytys 3 vuotta\n\t\t}"),
				SelosteIssueCodes.RETENTION_MISSING);
	}

	@Test
	@Covers(SelosteIssueCodes.RETENTION_MISSING)
	void retentionOfTheNoticeCoversPurposesWhenTheRegisterStatesNone() {
		assertIssuesOf(base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.insertAfter("versio \"1.1\"", "säilytys 4 vuotta"));
	}

	@Test
	@Covers(SelosteIssueCodes.RETENTION_MISSING)
	void retentionOfTheRegisterCoversTheCategoriesWithoutTheirOwn() {
		assertIssuesOf(base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.replace("tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\"",
						"tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\" {\n\t\t\tsäilytys 3 vuotta\n\t\t}")
				.insertAfter("rooli rekisterinpitäjä", "säilytys 5 vuotta"));
	}

	// ------------------------------------------------------------------ rights

	@ParameterizedTest
	@ValueSource(strings = { "tarkastus", "oikaisu", "poisto", "rajoitus" })
	@Covers(SelosteIssueCodes.RIGHT_MISSING)
	void rightThatAlwaysAppliesIsReportedOnTheRightsBlockWithItsKind(String right) {
		NoticeEdit notice = base().removeLine("oikeus " + right + " ");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.RIGHT_MISSING), SelosteIssueCodes.RIGHT_MISSING);
		assertLine(notice.lineOf("oikeudet {"), issue);
		String kind = switch (right) {
			case "tarkastus" -> "ACCESS";
			case "oikaisu" -> "RECTIFICATION";
			case "poisto" -> "ERASURE";
			default -> "RESTRICTION";
		};
		assertData(issue, kind);
	}

	@Test
	@Covers(SelosteIssueCodes.RIGHT_MISSING)
	void rightMissingNamesTheRightInTheFilesLanguage() {
		Issue issue = single(assertIssuesOf(base().removeLine("oikeus poisto "), SelosteIssueCodes.RIGHT_MISSING),
				SelosteIssueCodes.RIGHT_MISSING);
		assertTrue(issue.getMessage().contains("oikeus tietojen poistamiseen"), issue.getMessage());
	}

	@Test
	@Covers({ SelosteIssueCodes.RIGHT_MISSING, SelosteIssueCodes.OBJECTION_RIGHT_MISSING,
			SelosteIssueCodes.PORTABILITY_RIGHT_MISSING, SelosteIssueCodes.WITHDRAW_CONSENT_RIGHT_MISSING,
			SelosteIssueCodes.COMPLAINT_RIGHT_MISSING, SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING,
			SelosteIssueCodes.RESPONSE_TIME_MISSING })
	void withoutRightsBlockEveryApplicableRightIsMissing() {
		NoticeEdit notice = base().removeBlock("oikeudet {");
		List<Issue> issues = assertIssuesOf(notice, SelosteIssueCodes.RIGHT_MISSING, SelosteIssueCodes.RIGHT_MISSING,
				SelosteIssueCodes.RIGHT_MISSING, SelosteIssueCodes.RIGHT_MISSING,
				SelosteIssueCodes.OBJECTION_RIGHT_MISSING, SelosteIssueCodes.PORTABILITY_RIGHT_MISSING,
				SelosteIssueCodes.WITHDRAW_CONSENT_RIGHT_MISSING, SelosteIssueCodes.COMPLAINT_RIGHT_MISSING,
				SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING, SelosteIssueCodes.RESPONSE_TIME_MISSING);
		int noticeLine = notice.lineOf("seloste Testiseloste {");
		issues.stream().filter(i -> !i.getCode().equals(SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING))
				.forEach(i -> assertLine(noticeLine, i));
		assertEquals(List.of("ACCESS", "ERASURE", "RECTIFICATION", "RESTRICTION"),
				withCode(issues, SelosteIssueCodes.RIGHT_MISSING).stream().map(i -> i.getData()[0]).sorted().toList());
	}

	@Test
	@Covers(SelosteIssueCodes.RIGHT_MISSING)
	void rightsOfARegisterCountForTheNotice() {
		NoticeEdit notice = base().removeLine("oikeus poisto ").insertAfter("rooli rekisterinpitäjä", """
				oikeudet {
					oikeus poisto "Voit pyytää asiakastietojesi poistamista."
				}
				""");
		assertIssuesOf(notice);
	}

	@Test
	@Covers(SelosteIssueCodes.OBJECTION_RIGHT_MISSING)
	void legitimateInterestsRequireTheRightToObject() {
		NoticeEdit notice = base().removeLine("oikeus vastustus ");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.OBJECTION_RIGHT_MISSING),
				SelosteIssueCodes.OBJECTION_RIGHT_MISSING);
		assertLine(notice.lineOf("oikeudet {"), issue);
		assertData(issue, "OBJECTION");
	}

	@Test
	@Covers(SelosteIssueCodes.OBJECTION_RIGHT_MISSING)
	void publicTaskRequiresTheRightToObject() {
		assertIssuesOf(base().removeLine("oikeus vastustus ").replace(
				"peruste oikeutettu-etu \"Oikeutettu etumme on suojata verkkokauppa ja asiakkaat väärinkäytöksiltä.\"",
				"peruste yleisen-edun-tehtävä \"kuluttajansuojalaki\""), SelosteIssueCodes.OBJECTION_RIGHT_MISSING);
	}

	@Test
	@Covers(SelosteIssueCodes.OBJECTION_RIGHT_MISSING)
	void withoutLegitimateInterestsOrPublicTaskTheRightToObjectIsNotRequired() {
		assertIssuesOf(base().removeLine("oikeus vastustus ").replace(
				"peruste oikeutettu-etu \"Oikeutettu etumme on suojata verkkokauppa ja asiakkaat väärinkäytöksiltä.\"",
				"peruste sopimus \"Tietoturva on osa sopimuksen täyttämistä.\""));
	}

	@Test
	@Covers(SelosteIssueCodes.PORTABILITY_RIGHT_MISSING)
	void consentOrContractRequireTheRightToPortability() {
		NoticeEdit notice = base().removeLine("oikeus siirrettävyys ");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.PORTABILITY_RIGHT_MISSING),
				SelosteIssueCodes.PORTABILITY_RIGHT_MISSING);
		assertData(issue, "PORTABILITY");
	}

	@Test
	@Covers(SelosteIssueCodes.WITHDRAW_CONSENT_RIGHT_MISSING)
	void consentRequiresTheRightToWithdrawIt() {
		NoticeEdit notice = base().removeLine("oikeus suostumuksen-peruutus ");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.WITHDRAW_CONSENT_RIGHT_MISSING),
				SelosteIssueCodes.WITHDRAW_CONSENT_RIGHT_MISSING);
		assertData(issue, "WITHDRAW_CONSENT");
	}

	@Test
	@Covers(SelosteIssueCodes.COMPLAINT_RIGHT_MISSING)
	void rightToComplainIsAlwaysRequired() {
		NoticeEdit notice = base().removeLine("oikeus valitus ");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.COMPLAINT_RIGHT_MISSING),
				SelosteIssueCodes.COMPLAINT_RIGHT_MISSING);
		assertLine(notice.lineOf("oikeudet {"), issue);
		assertData(issue, "COMPLAINT");
	}

	@Test
	@Covers(SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING)
	void directMarketingWithoutTheRightToObjectToItIsReportedOnThePurpose() {
		NoticeEdit notice = base().removeLine("oikeus suoramarkkinointikielto ");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING),
				SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING);
		assertLine(notice.lineOf("tarkoitus Uutiskirje"), issue);
		assertData(issue, "DIRECT_MARKETING_OBJECTION");
		assertTrue(issue.getMessage().contains("'Uutiskirje'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING)
	void withoutDirectMarketingTheRightToObjectToItIsNotRequired() {
		assertIssuesOf(base().removeLine("oikeus suoramarkkinointikielto ").removeLine("\t\t\tsuoramarkkinointi"));
	}

	@Test
	@Covers(SelosteIssueCodes.RESPONSE_TIME_MISSING)
	void missingResponseTimeIsAWarningOnTheRightsBlock() {
		NoticeEdit notice = base().removeLine("vastausaika 1 kuukausi");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.RESPONSE_TIME_MISSING),
				SelosteIssueCodes.RESPONSE_TIME_MISSING);
		assertLine(notice.lineOf("oikeudet {"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2 kuukautta", "32 päivää", "5 viikkoa", "1 vuosi" })
	@Covers(SelosteIssueCodes.RESPONSE_TIME_TOO_LONG)
	void responseTimeLongerThanOneMonthIsReported(String time) {
		NoticeEdit notice = base().replace("vastausaika 1 kuukausi", "vastausaika " + time);
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.RESPONSE_TIME_TOO_LONG),
				SelosteIssueCodes.RESPONSE_TIME_TOO_LONG);
		assertLine(notice.lineOf("vastausaika"), issue);
		assertTrue(issue.getMessage().contains(time), issue.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "31 päivää", "30 päivää", "14 päivää", "4 viikkoa", "1 kuukausi" })
	@Covers(SelosteIssueCodes.RESPONSE_TIME_TOO_LONG)
	void responseTimeOfAtMostOneMonthIsAccepted(String time) {
		assertIssuesOf(base().replace("vastausaika 1 kuukausi", "vastausaika " + time));
	}

	@Test
	@Covers(SelosteIssueCodes.SUPERVISORY_AUTHORITY_MISSING)
	void rightToComplainWithoutTheAuthorityIsReportedOnTheRight() {
		NoticeEdit notice = base().removeBlock("valvontaviranomainen Tietosuojavaltuutettu {");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.SUPERVISORY_AUTHORITY_MISSING),
				SelosteIssueCodes.SUPERVISORY_AUTHORITY_MISSING);
		assertLine(notice.lineOf("oikeus valitus"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	// ------------------------------------------------------------------ provision, automated decisions, sources

	@Test
	@Covers(SelosteIssueCodes.PROVISION_NOT_STATED)
	void noticeThatDoesNotSayWhetherDataMustBeProvidedIsReported() {
		NoticeEdit notice = base().removeLine("tietojen-antaminen sopimuksen-edellytys");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.PROVISION_NOT_STATED),
				SelosteIssueCodes.PROVISION_NOT_STATED);
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
	}

	@Test
	@Covers(SelosteIssueCodes.PROVISION_NOT_STATED)
	void provisionStatedInARegisterIsEnough() {
		assertIssuesOf(base().removeLine("tietojen-antaminen sopimuksen-edellytys").insertAfter("rooli rekisterinpitäjä",
				"tietojen-antaminen vapaaehtoinen \"Tietojen antaminen on vapaaehtoista.\""));
	}

	@Test
	@Covers(SelosteIssueCodes.PROVISION_CONSEQUENCES_MISSING)
	void requiredProvisionWithoutConsequencesIsReported() {
		NoticeEdit notice = base().replace(" seuraukset \"Ilman yhteystietoja emme voi toimittaa tilausta.\"", "");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.PROVISION_CONSEQUENCES_MISSING),
				SelosteIssueCodes.PROVISION_CONSEQUENCES_MISSING);
		assertLine(notice.lineOf("tietojen-antaminen"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteIssueCodes.PROVISION_CONSEQUENCES_MISSING)
	void voluntaryProvisionNeedsNoConsequences() {
		assertIssuesOf(base().replace(
				"tietojen-antaminen sopimuksen-edellytys \"Tilaus edellyttää yhteystietoja.\" seuraukset \"Ilman yhteystietoja emme voi toimittaa tilausta.\"",
				"tietojen-antaminen vapaaehtoinen \"Tietojen antaminen on vapaaehtoista.\""));
	}

	@Test
	@Covers(SelosteIssueCodes.ADM_NOT_STATED)
	void noticeWithoutStatementOnAutomatedDecisionsIsReported() {
		NoticeEdit notice = base().removeLine("automaattinen-päätöksenteko ei-käytössä");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.ADM_NOT_STATED), SelosteIssueCodes.ADM_NOT_STATED);
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteIssueCodes.ADM_NOT_STATED)
	void statementOnProfilingAloneIsNoStatementOnAutomatedDecisions() {
		assertIssuesOf(base().removeLine("automaattinen-päätöksenteko ei-käytössä"), SelosteIssueCodes.ADM_NOT_STATED);
		assertIssuesOf(base().removeLine("profilointi ei-käytössä"));
	}

	@Test
	@Covers(SelosteIssueCodes.ADM_DETAILS_MISSING)
	void automatedDecisionsInUseWithoutLogicAndConsequencesAreReported() {
		NoticeEdit notice = base().replace(
				"automaattinen-päätöksenteko ei-käytössä \"Emme tee päätöksiä pelkästään automaattisen käsittelyn perusteella.\"",
				"automaattinen-päätöksenteko käytössä \"Luottopäätös tehdään automaattisesti.\" {\n\t\tlogiikka \"luottotietojen pisteytys\"\n\t}");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.ADM_DETAILS_MISSING),
				SelosteIssueCodes.ADM_DETAILS_MISSING);
		assertLine(notice.lineOf("automaattinen-päätöksenteko käytössä"), issue);
		assertTrue(issue.getMessage().startsWith("Automaattinen päätöksenteko on käytössä"), issue.getMessage());
	}

	@Test
	@Covers(SelosteIssueCodes.ADM_DETAILS_MISSING)
	void automatedDecisionsWithLogicAndConsequencesAreComplete() {
		assertIssuesOf(base().replace(
				"automaattinen-päätöksenteko ei-käytössä \"Emme tee päätöksiä pelkästään automaattisen käsittelyn perusteella.\"",
				"automaattinen-päätöksenteko käytössä \"Luottopäätös tehdään automaattisesti.\" {\n\t\tlogiikka \"luottotietojen pisteytys\"\n\t\tseuraukset \"laskulla maksaminen voidaan evätä\"\n\t}"));
	}

	@Test
	@Covers(SelosteIssueCodes.SOURCES_MISSING)
	void registerWithoutSourcesIsAWarningOnTheRegister() {
		NoticeEdit notice = base().removeLine("lähde rekisteröity").removeLine("lähde kolmas-osapuoli")
				.removeLine("lähde havainnoitu");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.SOURCES_MISSING), SelosteIssueCodes.SOURCES_MISSING);
		assertLine(notice.lineOf("rekisteri Asiakasrekisteri"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteIssueCodes.SOURCE_CATEGORIES_MISSING)
	void thirdPartySourceMustNameItsData() {
		NoticeEdit notice = base().replace("lähde kolmas-osapuoli \"maksunvälittäjältä\" tiedot Laskutustiedot",
				"lähde kolmas-osapuoli \"maksunvälittäjältä\"");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.SOURCE_CATEGORIES_MISSING),
				SelosteIssueCodes.SOURCE_CATEGORIES_MISSING);
		assertLine(notice.lineOf("lähde kolmas-osapuoli"), issue);
		assertTrue(issue.getMessage().contains("(kolmas-osapuoli)"), issue.getMessage());
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "julkinen", "viranomainen", "asiakasorganisaatio" })
	@Covers(SelosteIssueCodes.SOURCE_CATEGORIES_MISSING)
	void everySourceBesidesTheDataSubjectAndObservationMustNameItsData(String kind) {
		assertIssuesOf(base().replace("lähde kolmas-osapuoli \"maksunvälittäjältä\" tiedot Laskutustiedot",
				"lähde " + kind + " \"maksunvälittäjältä\""), SelosteIssueCodes.SOURCE_CATEGORIES_MISSING);
	}

	/** Observed data is collected from the data subject (Art 13, WP260 rev.01 para 26), not under Art 14(1)(d). */
	@Test
	@Covers(SelosteIssueCodes.SOURCE_CATEGORIES_MISSING)
	void observationNeedNotNameItsData() {
		assertIssuesOf(base().replace("lähde havainnoitu \"verkkosivuston käytöstä\" tiedot Kayttotiedot",
				"lähde havainnoitu \"verkkosivuston käytöstä\""));
	}

	@Test
	@Covers(SelosteIssueCodes.SOURCE_CATEGORIES_MISSING)
	void dataSubjectAsSourceNeedNotNameTheData() {
		// the categories it named stay in use through the purposes
		assertIssuesOf(base().replace(" tiedot Yhteystiedot, Tilaustiedot, Hetu, Markkinointiluvat", ""));
	}

	// ------------------------------------------------------------------ special categories and criminal data

	private static NoticeEdit withCategoryInOrders(String category) {
		return base().insertAfter("tietoryhmä Kayttotiedot", category)
				.replace("tiedot Yhteystiedot, Tilaustiedot\n", "tiedot Yhteystiedot, Tilaustiedot, Erityiset\n");
	}

	@Test
	@Covers(SelosteIssueCodes.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	void specialCategoryWithoutArt9ConditionIsReportedOnThePurpose() {
		NoticeEdit notice = withCategoryInOrders("tietoryhmä Erityiset \"ruoka-aineallergiat\" erityinen");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.SPECIAL_CATEGORY_WITHOUT_CONDITION),
				SelosteIssueCodes.SPECIAL_CATEGORY_WITHOUT_CONDITION);
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issue);
		assertTrue(issue.getMessage().contains("(Erityiset)"), issue.getMessage());
	}

	@Test
	@Covers(SelosteIssueCodes.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	void art10AuthorisationIsNoArt9Condition() {
		assertIssuesOf(withCategoryInOrders("tietoryhmä Erityiset \"ruoka-aineallergiat\" erityinen")
				.insertAfter("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen", "erityisperuste rikostietolupa \"laki\""),
				SelosteIssueCodes.SPECIAL_CATEGORY_WITHOUT_CONDITION);
	}

	@Test
	@Covers(SelosteIssueCodes.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	void specialCategoryWithExplicitConsentIsAccepted() {
		assertIssuesOf(withCategoryInOrders("tietoryhmä Erityiset \"ruoka-aineallergiat\" erityinen")
				.insertAfter("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen",
						"erityisperuste nimenomainen-suostumus \"Kerrot allergiasi suostumuksellasi.\""));
	}

	@Test
	@Covers(SelosteIssueCodes.CRIMINAL_DATA_WITHOUT_AUTHORISATION)
	void criminalDataWithoutAuthorisingLawIsReportedOnThePurpose() {
		NoticeEdit notice = withCategoryInOrders("tietoryhmä Erityiset \"rikostaustaote\" rikostieto");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.CRIMINAL_DATA_WITHOUT_AUTHORISATION),
				SelosteIssueCodes.CRIMINAL_DATA_WITHOUT_AUTHORISATION);
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issue);
		assertTrue(issue.getMessage().contains("(Erityiset)"), issue.getMessage());
	}

	@Test
	@Covers(SelosteIssueCodes.CRIMINAL_DATA_WITHOUT_AUTHORISATION)
	void criminalDataWithAuthorisingLawIsAccepted() {
		assertIssuesOf(withCategoryInOrders("tietoryhmä Erityiset \"rikostaustaote\" rikostieto").insertAfter(
				"peruste sopimus \"Käsittely on tarpeen kauppasopimuksen",
				"erityisperuste rikostietolupa \"laki lasten kanssa työskentelevien rikostaustan selvittämisestä (504/2002)\""));
	}

	// ------------------------------------------------------------------ dates and languages

	@Test
	@Covers(SelosteIssueCodes.UPDATED_DATE_MISSING)
	void noticeWithoutUpdatedDateIsAWarning() {
		NoticeEdit notice = base().removeLine("päivitetty 2025-06-01");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.UPDATED_DATE_MISSING),
				SelosteIssueCodes.UPDATED_DATE_MISSING);
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteIssueCodes.OUTPUT_LANGUAGES_MISSING)
	void noticeWithoutLanguagesIsAWarning() {
		NoticeEdit notice = base().removeLine("kielet fi");
		Issue issue = single(assertIssuesOf(notice, SelosteIssueCodes.OUTPUT_LANGUAGES_MISSING),
				SelosteIssueCodes.OUTPUT_LANGUAGES_MISSING);
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
	}
}
