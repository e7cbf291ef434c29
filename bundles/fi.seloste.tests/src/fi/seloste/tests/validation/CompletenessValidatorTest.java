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
import fi.seloste.validation.SelosteCheck;

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
	@Covers(SelosteCheck.CONTROLLER_MISSING)
	void noticeWithoutControllerIsReportedOnTheNoticeName() {
		NoticeEdit notice = base().removeBlock("rekisterinpitäjä Testiyhtio {");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.CONTROLLER_MISSING.code()), SelosteCheck.CONTROLLER_MISSING.code());
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
		assertEquals(Severity.ERROR, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.CONTROLLER_MISSING)
	void jointControllerAloneIsNoController() {
		assertIssuesOf(base().replace("rekisterinpitäjä Testiyhtio {", "yhteisrekisterinpitäjä Testiyhtio {"),
				SelosteCheck.CONTROLLER_MISSING.code());
	}

	@Test
	@Covers(SelosteCheck.CONTROLLER_NAME_MISSING)
	void controllerWithoutNameIsReportedOnTheController() {
		NoticeEdit notice = base().removeLine("nimi \"Testiyhtiö Oy\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.CONTROLLER_NAME_MISSING.code()),
				SelosteCheck.CONTROLLER_NAME_MISSING.code());
		assertLine(notice.lineOf("rekisterinpitäjä Testiyhtio {"), issue);
		assertTrue(issue.getMessage().contains("'Testiyhtio'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.CONTROLLER_CONTACT_MISSING)
	void controllerWithOnlyAWebsiteHasNoContactDetails() {
		NoticeEdit notice = base().removeLine("osoite \"Esimerkkikatu 1, 00100 Helsinki\"")
				.removeLine("puhelin \"+358 9 123 4567\"").removeLine("sähköposti \"tietosuoja@testiyhtio.fi\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.CONTROLLER_CONTACT_MISSING.code()),
				SelosteCheck.CONTROLLER_CONTACT_MISSING.code());
		assertLine(notice.lineOf("rekisterinpitäjä Testiyhtio {"), issue);
	}

	@Test
	@Covers(SelosteCheck.CONTROLLER_CONTACT_MISSING)
	void anyOneOfAddressEmailAndPhoneIsEnoughContact() {
		assertIssuesOf(base().removeLine("osoite \"Esimerkkikatu 1, 00100 Helsinki\"")
				.removeLine("puhelin \"+358 9 123 4567\""));
		assertIssuesOf(base().removeLine("osoite \"Esimerkkikatu 1, 00100 Helsinki\"")
				.removeLine("sähköposti \"tietosuoja@testiyhtio.fi\""));
	}

	@Test
	@Covers(SelosteCheck.DPO_CONTACT_MISSING)
	void dataProtectionOfficerWithoutContactIsReported() {
		NoticeEdit notice = base().removeLine("sähköposti \"dpo@testiyhtio.fi\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.DPO_CONTACT_MISSING.code()),
				SelosteCheck.DPO_CONTACT_MISSING.code());
		assertLine(notice.lineOf("tietosuojavastaava Vastaava {"), issue);
	}

	@Test
	@Covers(SelosteCheck.DPO_CONTACT_MISSING)
	void contactPersonNeedsNoContactDetailsOfItsOwn() {
		assertIssuesOf(base().replace("tietosuojavastaava Vastaava {", "yhteyshenkilö Vastaava {")
				.removeLine("sähköposti \"dpo@testiyhtio.fi\""));
	}

	// ------------------------------------------------------------------ registers and purposes

	@Test
	@Covers(SelosteCheck.REGISTER_MISSING)
	void noticeWithoutRegisterIsReported() {
		// the analytics cookie names a processor of the register, so it goes too
		NoticeEdit notice = base().removeBlock("rekisteri Asiakasrekisteri").removeBlock("eväste Analytiikkaeväste");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.REGISTER_MISSING.code()), SelosteCheck.REGISTER_MISSING.code());
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
	}

	@Test
	@Covers(SelosteCheck.PURPOSE_MISSING)
	void registerWithoutPurposeIsReportedOnTheRegister() {
		NoticeEdit notice = withSecondRegister("""
				lähde rekisteröity "rekisteröidyltä itseltään"
				ei-vastaanottajia
				""");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PURPOSE_MISSING.code()), SelosteCheck.PURPOSE_MISSING.code());
		assertLine(notice.lineOf("rekisteri Toinen"), issue);
		assertTrue(issue.getMessage().contains("'Toinen'"), issue.getMessage());
	}

	@Test
	@Covers({ SelosteCheck.PURPOSE_MISSING, SelosteCheck.PURPOSE_WITHOUT_BASIS,
			SelosteCheck.RECIPIENTS_NOT_STATED, SelosteCheck.SOURCES_MISSING, SelosteCheck.RETENTION_MISSING })
	void processorRegisterNeedsNoPurposesBasesRecipientsSourcesOrRetention() {
		assertIssuesOf(base().insertBefore("tietojen-antaminen sopimuksen-edellytys", """
				rekisteri Palvelu "asiakkaiden lukuun käsiteltävät tiedot" {
					rooli käsittelijä lukuun "asiakasyritys"
					tarkoitus Ylläpito "asiakkaan järjestelmän ylläpito"
				}
				"""));
	}

	@Test
	@Covers(SelosteCheck.PURPOSE_WITHOUT_BASIS)
	void purposeWithoutLegalBasisIsReportedOnThePurpose() {
		NoticeEdit notice = base().removeLine("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PURPOSE_WITHOUT_BASIS.code()),
				SelosteCheck.PURPOSE_WITHOUT_BASIS.code());
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issue);
		assertTrue(issue.getMessage().contains("'Tilaukset'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.PURPOSE_WITHOUT_BASIS)
	void oneBasisOfTheRegisterIsTheBasisOfItsPurposesWithoutTheirOwn() {
		assertIssuesOf(base().removeLine("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"")
				.insertAfter("rooli rekisterinpitäjä", "peruste sopimus"));
	}

	@Test
	@Covers(SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED)
	void aRegistersLegitimateInterestsWithoutTheInterestIsReportedForThePurposeItAppliesTo() {
		NoticeEdit notice = base().removeLine("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"")
				.insertAfter("rooli rekisterinpitäjä", "peruste oikeutettu-etu");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED.code()),
				SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED.code());
		assertLine(notice.lineOf("rooli rekisterinpitäjä") + 1, issue);
		assertTrue(issue.getMessage().contains("'Tilaukset'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.PURPOSE_WITHOUT_BASIS)
	void severalBasesOfTheRegisterLinkNoPurposeToABasis() {
		NoticeEdit notice = base().removeLine("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"")
				.insertAfter("rooli rekisterinpitäjä", "peruste sopimus\nperuste lakisääteinen-velvoite \"kirjanpitolaki\"");
		assertLine(notice.lineOf("tarkoitus Tilaukset"),
				single(assertIssuesOf(notice, SelosteCheck.PURPOSE_WITHOUT_BASIS.code()), SelosteCheck.PURPOSE_WITHOUT_BASIS.code()));
	}

	@Test
	@Covers(SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED)
	void legitimateInterestsWithoutTheInterestIsReportedOnTheBasis() {
		NoticeEdit notice = base().replace(
				"peruste oikeutettu-etu \"Oikeutettu etumme on suojata verkkokauppa ja asiakkaat väärinkäytöksiltä.\"",
				"peruste oikeutettu-etu");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED.code()),
				SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED.code());
		assertLine(notice.lineOf("peruste oikeutettu-etu"), issue);
		assertTrue(issue.getMessage().contains("'Tietoturva'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED)
	void otherBasesNeedNoText() {
		assertIssuesOf(base().replace("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"",
				"peruste sopimus"));
	}

	@Test
	@Covers(SelosteCheck.RECIPIENTS_NOT_STATED)
	void registerThatNeitherNamesRecipientsNorDeniesThemIsReported() {
		NoticeEdit notice = withSecondRegister("""
				tarkoitus Arvonta "arvonnan järjestäminen" {
					peruste suostumus "Osallistut arvontaan suostumuksellasi."
					säilytys 3 kuukautta
				}
				lähde rekisteröity "osallistujalta itseltään"
				""");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RECIPIENTS_NOT_STATED.code()),
				SelosteCheck.RECIPIENTS_NOT_STATED.code());
		assertLine(notice.lineOf("rekisteri Toinen"), issue);
	}

	@Test
	@Covers(SelosteCheck.RECIPIENTS_NOT_STATED)
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
	@Covers(SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD)
	void transferWithoutSafeguardIsReportedOnTheTransfer() {
		NoticeEdit notice = base().removeLine("suojatoimi vakiolausekkeet");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD.code()),
				SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD.code());
		assertLine(notice.lineOf("siirto Tukisiirto {"), issue);
	}

	@Test
	@Covers(SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD)
	void safeguardNoneStatedIsNoSafeguard() {
		NoticeEdit notice = base().replace(SAFEGUARD, "suojatoimi ei-ilmoitettu \"lainsäädännön edellyttämällä tavalla\"");
		assertIssuesOf(notice, SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD.code());
	}

	@Test
	@Covers(SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD)
	void namedSafeguardBesideNoneStatedIsEnough() {
		assertIssuesOf(base().insertAfter("suojatoimi vakiolausekkeet", "suojatoimi ei-ilmoitettu \"muut suojatoimet\""));
	}

	@Test
	@Covers(SelosteCheck.SAFEGUARD_COPY_MISSING)
	void standardClausesWithoutCopyAreReportedOnTheSafeguard() {
		NoticeEdit notice = base().replace(
				" kopio \"Jäljennöksen saa pyytämällä osoitteesta tietosuoja@testiyhtio.fi.\"", "");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.SAFEGUARD_COPY_MISSING.code()),
				SelosteCheck.SAFEGUARD_COPY_MISSING.code());
		assertLine(notice.lineOf("suojatoimi vakiolausekkeet"), issue);
		assertTrue(issue.getMessage().contains("(vakiolausekkeet)"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.SAFEGUARD_COPY_MISSING)
	void bindingCorporateRulesNeedACopyToo() {
		assertIssuesOf(base().replace(SAFEGUARD, "suojatoimi yrityksen-sitovat-säännöt"), SelosteCheck.SAFEGUARD_COPY_MISSING.code());
	}

	@Test
	@Covers(SelosteCheck.SAFEGUARD_COPY_MISSING)
	void adequacyDecisionNeedsNoCopy() {
		assertIssuesOf(base().replace(SAFEGUARD, "suojatoimi riittävyyspäätös"));
	}

	// ------------------------------------------------------------------ retention

	@Test
	@Covers(SelosteCheck.RETENTION_MISSING)
	void purposeWithoutRetentionIsReportedOnThePurpose() {
		NoticeEdit notice = base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RETENTION_MISSING.code()), SelosteCheck.RETENTION_MISSING.code());
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issue);
	}

	@Test
	@Covers(SelosteCheck.RETENTION_MISSING)
	void retentionOfTheRegisterCoversItsPurposes() {
		assertIssuesOf(base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.insertAfter("rooli rekisterinpitäjä", "säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta"));
	}

	@Test
	@Covers(SelosteCheck.RETENTION_MISSING)
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
				SelosteCheck.RETENTION_MISSING.code());
	}

	@Test
	@Covers(SelosteCheck.RETENTION_MISSING)
	void retentionOfTheNoticeCoversPurposesWhenTheRegisterStatesNone() {
		assertIssuesOf(base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.insertAfter("versio \"1.1\"", "säilytys 4 vuotta"));
	}

	@Test
	@Covers(SelosteCheck.RETENTION_MISSING)
	void retentionOfTheRegisterCoversTheCategoriesWithoutTheirOwn() {
		assertIssuesOf(base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.replace("tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\"",
						"tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\" {\n\t\t\tsäilytys 3 vuotta\n\t\t}")
				.insertAfter("rooli rekisterinpitäjä", "säilytys 5 vuotta"));
	}

	// ------------------------------------------------------------------ rights

	@ParameterizedTest
	@ValueSource(strings = { "tarkastus", "oikaisu", "poisto", "rajoitus" })
	@Covers(SelosteCheck.RIGHT_MISSING)
	void rightThatAlwaysAppliesIsReportedOnTheRightsBlockWithItsKind(String right) {
		NoticeEdit notice = base().removeLine("oikeus " + right + " ");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RIGHT_MISSING.code()), SelosteCheck.RIGHT_MISSING.code());
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
	@Covers(SelosteCheck.RIGHT_MISSING)
	void rightMissingNamesTheRightInTheFilesLanguage() {
		Issue issue = single(assertIssuesOf(base().removeLine("oikeus poisto "), SelosteCheck.RIGHT_MISSING.code()),
				SelosteCheck.RIGHT_MISSING.code());
		assertTrue(issue.getMessage().contains("oikeus tietojen poistamiseen"), issue.getMessage());
	}

	@Test
	@Covers({ SelosteCheck.RIGHT_MISSING, SelosteCheck.OBJECTION_RIGHT_MISSING,
			SelosteCheck.PORTABILITY_RIGHT_MISSING, SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING,
			SelosteCheck.COMPLAINT_RIGHT_MISSING, SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING,
			SelosteCheck.RESPONSE_TIME_MISSING })
	void withoutRightsBlockEveryApplicableRightIsMissing() {
		NoticeEdit notice = base().removeBlock("oikeudet {");
		List<Issue> issues = assertIssuesOf(notice, SelosteCheck.RIGHT_MISSING.code(), SelosteCheck.RIGHT_MISSING.code(),
				SelosteCheck.RIGHT_MISSING.code(), SelosteCheck.RIGHT_MISSING.code(),
				SelosteCheck.OBJECTION_RIGHT_MISSING.code(), SelosteCheck.PORTABILITY_RIGHT_MISSING.code(),
				SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING.code(), SelosteCheck.COMPLAINT_RIGHT_MISSING.code(),
				SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING.code(), SelosteCheck.RESPONSE_TIME_MISSING.code());
		int noticeLine = notice.lineOf("seloste Testiseloste {");
		issues.stream().filter(i -> !i.getCode().equals(SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING.code()))
				.forEach(i -> assertLine(noticeLine, i));
		assertEquals(List.of("ACCESS", "ERASURE", "RECTIFICATION", "RESTRICTION"),
				withCode(issues, SelosteCheck.RIGHT_MISSING.code()).stream().map(i -> i.getData()[0]).sorted().toList());
	}

	@Test
	@Covers(SelosteCheck.RIGHT_MISSING)
	void rightsOfARegisterCountForTheNotice() {
		NoticeEdit notice = base().removeLine("oikeus poisto ").insertAfter("rooli rekisterinpitäjä", """
				oikeudet {
					oikeus poisto "Voit pyytää asiakastietojesi poistamista."
				}
				""");
		assertIssuesOf(notice);
	}

	@Test
	@Covers(SelosteCheck.OBJECTION_RIGHT_MISSING)
	void legitimateInterestsRequireTheRightToObject() {
		NoticeEdit notice = base().removeLine("oikeus vastustus ");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.OBJECTION_RIGHT_MISSING.code()),
				SelosteCheck.OBJECTION_RIGHT_MISSING.code());
		assertLine(notice.lineOf("oikeudet {"), issue);
		assertData(issue, "OBJECTION");
	}

	@Test
	@Covers(SelosteCheck.OBJECTION_RIGHT_MISSING)
	void publicTaskRequiresTheRightToObject() {
		assertIssuesOf(base().removeLine("oikeus vastustus ").replace(
				"peruste oikeutettu-etu \"Oikeutettu etumme on suojata verkkokauppa ja asiakkaat väärinkäytöksiltä.\"",
				"peruste yleisen-edun-tehtävä \"kuluttajansuojalaki\""), SelosteCheck.OBJECTION_RIGHT_MISSING.code());
	}

	@Test
	@Covers(SelosteCheck.OBJECTION_RIGHT_MISSING)
	void withoutLegitimateInterestsOrPublicTaskTheRightToObjectIsNotRequired() {
		assertIssuesOf(base().removeLine("oikeus vastustus ").replace(
				"peruste oikeutettu-etu \"Oikeutettu etumme on suojata verkkokauppa ja asiakkaat väärinkäytöksiltä.\"",
				"peruste sopimus \"Tietoturva on osa sopimuksen täyttämistä.\""));
	}

	@Test
	@Covers(SelosteCheck.PORTABILITY_RIGHT_MISSING)
	void consentOrContractRequireTheRightToPortability() {
		NoticeEdit notice = base().removeLine("oikeus siirrettävyys ");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PORTABILITY_RIGHT_MISSING.code()),
				SelosteCheck.PORTABILITY_RIGHT_MISSING.code());
		assertData(issue, "PORTABILITY");
	}

	@Test
	@Covers(SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING)
	void consentRequiresTheRightToWithdrawIt() {
		NoticeEdit notice = base().removeLine("oikeus suostumuksen-peruutus ");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING.code()),
				SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING.code());
		assertData(issue, "WITHDRAW_CONSENT");
	}

	@Test
	@Covers(SelosteCheck.COMPLAINT_RIGHT_MISSING)
	void rightToComplainIsAlwaysRequired() {
		NoticeEdit notice = base().removeLine("oikeus valitus ");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.COMPLAINT_RIGHT_MISSING.code()),
				SelosteCheck.COMPLAINT_RIGHT_MISSING.code());
		assertLine(notice.lineOf("oikeudet {"), issue);
		assertData(issue, "COMPLAINT");
	}

	@Test
	@Covers(SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING)
	void directMarketingWithoutTheRightToObjectToItIsReportedOnThePurpose() {
		NoticeEdit notice = base().removeLine("oikeus suoramarkkinointikielto ");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING.code()),
				SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING.code());
		assertLine(notice.lineOf("tarkoitus Uutiskirje"), issue);
		assertData(issue, "DIRECT_MARKETING_OBJECTION");
		assertTrue(issue.getMessage().contains("'Uutiskirje'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING)
	void withoutDirectMarketingTheRightToObjectToItIsNotRequired() {
		assertIssuesOf(base().removeLine("oikeus suoramarkkinointikielto ").removeLine("\t\t\tsuoramarkkinointi"));
	}

	@Test
	@Covers(SelosteCheck.RESPONSE_TIME_MISSING)
	void missingResponseTimeIsAnInfoOnTheRightsBlock() {
		NoticeEdit notice = base().removeLine("vastausaika 1 kuukausi");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RESPONSE_TIME_MISSING.code()),
				SelosteCheck.RESPONSE_TIME_MISSING.code());
		assertLine(notice.lineOf("oikeudet {"), issue);
		assertEquals(Severity.INFO, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2 kuukautta", "32 päivää", "5 viikkoa", "1 vuosi" })
	@Covers(SelosteCheck.RESPONSE_TIME_TOO_LONG)
	void responseTimeLongerThanOneMonthIsReported(String time) {
		NoticeEdit notice = base().replace("vastausaika 1 kuukausi", "vastausaika " + time);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RESPONSE_TIME_TOO_LONG.code()),
				SelosteCheck.RESPONSE_TIME_TOO_LONG.code());
		assertLine(notice.lineOf("vastausaika"), issue);
		assertTrue(issue.getMessage().contains(time), issue.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "31 päivää", "30 päivää", "14 päivää", "4 viikkoa", "1 kuukausi" })
	@Covers(SelosteCheck.RESPONSE_TIME_TOO_LONG)
	void responseTimeOfAtMostOneMonthIsAccepted(String time) {
		assertIssuesOf(base().replace("vastausaika 1 kuukausi", "vastausaika " + time));
	}

	@Test
	@Covers(SelosteCheck.SUPERVISORY_AUTHORITY_MISSING)
	void rightToComplainWithoutTheAuthorityIsReportedOnTheRight() {
		NoticeEdit notice = base().removeBlock("valvontaviranomainen Tietosuojavaltuutettu {");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.SUPERVISORY_AUTHORITY_MISSING.code()),
				SelosteCheck.SUPERVISORY_AUTHORITY_MISSING.code());
		assertLine(notice.lineOf("oikeus valitus"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	// ------------------------------------------------------------------ provision, automated decisions, sources

	@Test
	@Covers(SelosteCheck.PROVISION_NOT_STATED)
	void noticeThatDoesNotSayWhetherDataMustBeProvidedIsReported() {
		NoticeEdit notice = base().removeLine("tietojen-antaminen sopimuksen-edellytys");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PROVISION_NOT_STATED.code()),
				SelosteCheck.PROVISION_NOT_STATED.code());
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
	}

	@Test
	@Covers(SelosteCheck.PROVISION_NOT_STATED)
	void provisionStatedInARegisterIsEnough() {
		assertIssuesOf(base().removeLine("tietojen-antaminen sopimuksen-edellytys").insertAfter("rooli rekisterinpitäjä",
				"tietojen-antaminen vapaaehtoinen \"Tietojen antaminen on vapaaehtoista.\""));
	}

	@Test
	@Covers(SelosteCheck.PROVISION_CONSEQUENCES_MISSING)
	void requiredProvisionWithoutConsequencesIsReported() {
		NoticeEdit notice = base().replace(" seuraukset \"Ilman yhteystietoja emme voi toimittaa tilausta.\"", "");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PROVISION_CONSEQUENCES_MISSING.code()),
				SelosteCheck.PROVISION_CONSEQUENCES_MISSING.code());
		assertLine(notice.lineOf("tietojen-antaminen"), issue);
		assertEquals(Severity.ERROR, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.PROVISION_CONSEQUENCES_MISSING)
	void voluntaryProvisionNeedsNoConsequences() {
		assertIssuesOf(base().replace(
				"tietojen-antaminen sopimuksen-edellytys \"Tilaus edellyttää yhteystietoja.\" seuraukset \"Ilman yhteystietoja emme voi toimittaa tilausta.\"",
				"tietojen-antaminen vapaaehtoinen \"Tietojen antaminen on vapaaehtoista.\""));
	}

	@Test
	@Covers(SelosteCheck.ADM_NOT_STATED)
	void noticeWithoutStatementOnAutomatedDecisionsIsReported() {
		NoticeEdit notice = base().removeLine("automaattinen-päätöksenteko ei-käytössä");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.ADM_NOT_STATED.code()), SelosteCheck.ADM_NOT_STATED.code());
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.ADM_NOT_STATED)
	void statementOnProfilingAloneIsNoStatementOnAutomatedDecisions() {
		assertIssuesOf(base().removeLine("automaattinen-päätöksenteko ei-käytössä"), SelosteCheck.ADM_NOT_STATED.code());
		assertIssuesOf(base().removeLine("profilointi ei-käytössä"));
	}

	@Test
	@Covers(SelosteCheck.ADM_DETAILS_MISSING)
	void automatedDecisionsInUseWithoutLogicAndConsequencesAreReported() {
		NoticeEdit notice = base().replace(
				"automaattinen-päätöksenteko ei-käytössä \"Emme tee päätöksiä pelkästään automaattisen käsittelyn perusteella.\"",
				"automaattinen-päätöksenteko käytössä \"Luottopäätös tehdään automaattisesti.\" {\n\t\tlogiikka \"luottotietojen pisteytys\"\n\t}");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.ADM_DETAILS_MISSING.code()),
				SelosteCheck.ADM_DETAILS_MISSING.code());
		assertLine(notice.lineOf("automaattinen-päätöksenteko käytössä"), issue);
		assertTrue(issue.getMessage().startsWith("Automaattinen päätöksenteko on käytössä"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.ADM_DETAILS_MISSING)
	void automatedDecisionsWithLogicAndConsequencesAreComplete() {
		assertIssuesOf(base().replace(
				"automaattinen-päätöksenteko ei-käytössä \"Emme tee päätöksiä pelkästään automaattisen käsittelyn perusteella.\"",
				"automaattinen-päätöksenteko käytössä \"Luottopäätös tehdään automaattisesti.\" {\n\t\tlogiikka \"luottotietojen pisteytys\"\n\t\tseuraukset \"laskulla maksaminen voidaan evätä\"\n\t}"));
	}

	@Test
	@Covers(SelosteCheck.SOURCES_MISSING)
	void registerWithoutSourcesIsAWarningOnTheRegister() {
		NoticeEdit notice = base().removeLine("lähde rekisteröity").removeLine("lähde kolmas-osapuoli")
				.removeLine("lähde havainnoitu");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.SOURCES_MISSING.code()), SelosteCheck.SOURCES_MISSING.code());
		assertLine(notice.lineOf("rekisteri Asiakasrekisteri"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.SOURCE_CATEGORIES_MISSING)
	void thirdPartySourceMustNameItsData() {
		NoticeEdit notice = base().replace("lähde kolmas-osapuoli \"maksunvälittäjältä\" tiedot Laskutustiedot",
				"lähde kolmas-osapuoli \"maksunvälittäjältä\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.SOURCE_CATEGORIES_MISSING.code()),
				SelosteCheck.SOURCE_CATEGORIES_MISSING.code());
		assertLine(notice.lineOf("lähde kolmas-osapuoli"), issue);
		assertTrue(issue.getMessage().contains("(kolmas-osapuoli)"), issue.getMessage());
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "julkinen", "viranomainen", "asiakasorganisaatio" })
	@Covers(SelosteCheck.SOURCE_CATEGORIES_MISSING)
	void everySourceBesidesTheDataSubjectAndObservationMustNameItsData(String kind) {
		assertIssuesOf(base().replace("lähde kolmas-osapuoli \"maksunvälittäjältä\" tiedot Laskutustiedot",
				"lähde " + kind + " \"maksunvälittäjältä\""), SelosteCheck.SOURCE_CATEGORIES_MISSING.code());
	}

	/** Observed data is collected from the data subject (Art 13, WP260 rev.01 para 26), not under Art 14(1)(d). */
	@Test
	@Covers(SelosteCheck.SOURCE_CATEGORIES_MISSING)
	void observationNeedNotNameItsData() {
		assertIssuesOf(base().replace("lähde havainnoitu \"verkkosivuston käytöstä\" tiedot Kayttotiedot",
				"lähde havainnoitu \"verkkosivuston käytöstä\""));
	}

	@Test
	@Covers(SelosteCheck.SOURCE_CATEGORIES_MISSING)
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
	@Covers(SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	void specialCategoryWithoutArt9ConditionIsReportedOnThePurpose() {
		NoticeEdit notice = withCategoryInOrders("tietoryhmä Erityiset \"ruoka-aineallergiat\" erityinen");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION.code()),
				SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION.code());
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issue);
		assertTrue(issue.getMessage().contains("(Erityiset)"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	void art10AuthorisationIsNoArt9Condition() {
		assertIssuesOf(withCategoryInOrders("tietoryhmä Erityiset \"ruoka-aineallergiat\" erityinen")
				.insertAfter("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen", "erityisperuste rikostietolupa \"laki\""),
				SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION.code());
	}

	@Test
	@Covers(SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	void specialCategoryWithExplicitConsentIsAccepted() {
		assertIssuesOf(withCategoryInOrders("tietoryhmä Erityiset \"ruoka-aineallergiat\" erityinen")
				.insertAfter("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen",
						"erityisperuste nimenomainen-suostumus \"Kerrot allergiasi suostumuksellasi.\""));
	}

	@Test
	@Covers(SelosteCheck.CRIMINAL_DATA_WITHOUT_AUTHORISATION)
	void criminalDataWithoutAuthorisingLawIsReportedOnThePurpose() {
		NoticeEdit notice = withCategoryInOrders("tietoryhmä Erityiset \"rikostaustaote\" rikostieto");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.CRIMINAL_DATA_WITHOUT_AUTHORISATION.code()),
				SelosteCheck.CRIMINAL_DATA_WITHOUT_AUTHORISATION.code());
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issue);
		assertTrue(issue.getMessage().contains("(Erityiset)"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.CRIMINAL_DATA_WITHOUT_AUTHORISATION)
	void criminalDataWithAuthorisingLawIsAccepted() {
		assertIssuesOf(withCategoryInOrders("tietoryhmä Erityiset \"rikostaustaote\" rikostieto").insertAfter(
				"peruste sopimus \"Käsittely on tarpeen kauppasopimuksen",
				"erityisperuste rikostietolupa \"laki lasten kanssa työskentelevien rikostaustan selvittämisestä (504/2002)\""));
	}

	// ------------------------------------------------------------------ dates and languages

	@Test
	@Covers(SelosteCheck.UPDATED_DATE_MISSING)
	void noticeWithoutUpdatedDateIsAWarning() {
		NoticeEdit notice = base().removeLine("päivitetty 2025-06-01");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.UPDATED_DATE_MISSING.code()),
				SelosteCheck.UPDATED_DATE_MISSING.code());
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.OUTPUT_LANGUAGES_MISSING)
	void noticeWithoutLanguagesIsAWarning() {
		NoticeEdit notice = base().removeLine("kielet fi");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.OUTPUT_LANGUAGES_MISSING.code()),
				SelosteCheck.OUTPUT_LANGUAGES_MISSING.code());
		assertLine(notice.lineOf("seloste Testiseloste {"), issue);
	}
}
