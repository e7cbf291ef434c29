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
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

import fi.seloste.changes.ChangeBaseline;
import fi.seloste.seloste.Notice;
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
				SelosteCheck.CONTROLLER_MISSING.code(), SelosteCheck.JOINT_CONTROLLER_ESSENCE_MISSING.code());
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

	private static final String JOINT_CONTROLLER = """
			yhteisrekisterinpitäjä Kumppani {
				nimi "Kumppani Oy"
				sähköposti "tietosuoja@kumppani.fi"
			}
			""";

	@Test
	@Covers(SelosteCheck.JOINT_CONTROLLER_ESSENCE_MISSING)
	void jointControllerWithoutTheEssenceOfTheArrangementIsReported() {
		NoticeEdit notice = base().insertBefore("tietosuojavastaava Vastaava {", JOINT_CONTROLLER);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.JOINT_CONTROLLER_ESSENCE_MISSING.code()),
				SelosteCheck.JOINT_CONTROLLER_ESSENCE_MISSING.code());
		assertLine(notice.lineOf("yhteisrekisterinpitäjä Kumppani {"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.JOINT_CONTROLLER_ESSENCE_MISSING)
	void jointControllerWithTheEssenceDescribedIsComplete() {
		assertIssuesOf(base().insertBefore("tietosuojavastaava Vastaava {", JOINT_CONTROLLER.replace("nimi \"Kumppani Oy\"\n",
				"nimi \"Kumppani Oy\"\n\tkuvaus \"Kumppani vastaa tietopyyntöihin; me vastaamme tietoturvasta.\"\n")));
	}

	@Test
	@Covers(SelosteCheck.REPRESENTATIVE_MISSING)
	void controllerOutsideTheEuWithoutRepresentativeIsReported() {
		NoticeEdit notice = base().insertAfter("verkkosivu \"https://www.testiyhtio.fi\"", "maa \"US\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.REPRESENTATIVE_MISSING.code()),
				SelosteCheck.REPRESENTATIVE_MISSING.code());
		assertLine(notice.lineOf("rekisterinpitäjä Testiyhtio {"), issue);
		assertTrue(issue.getMessage().contains("(US)"), issue.getMessage());
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.REPRESENTATIVE_MISSING)
	void controllerInTheEuOrWithARepresentativeIsComplete() {
		assertIssuesOf(base().insertAfter("verkkosivu \"https://www.testiyhtio.fi\"", "maa \"FI\""));
		assertIssuesOf(base().insertAfter("verkkosivu \"https://www.testiyhtio.fi\"", "maa \"US\"")
				.insertBefore("tietosuojavastaava Vastaava {", "edustaja Edustaja {\n\tnimi \"Edustaja GmbH\"\n\tsähköposti \"eu@edustaja.de\"\n}\n"));
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
	@Covers(SelosteCheck.PURPOSE_WITHOUT_BASIS)
	void purposeWithoutBasisSaysTheLinkIsMissing() {
		Issue issue = single(assertIssuesOf(base().removeLine("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\""),
				SelosteCheck.PURPOSE_WITHOUT_BASIS.code()), SelosteCheck.PURPOSE_WITHOUT_BASIS.code());
		assertEquals("Tarkoitusta 'Tilaukset' ei ole yhdistetty oikeusperusteeseen.", issue.getMessage().replaceFirst(" \\(.*$", ""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "lakisääteinen-velvoite \"esimerkiksi kirjanpito\"", "lakisääteinen-velvoite",
			"lakisääteinen-velvoite \"lakisääteiset velvoitteet\"", "yleisen-edun-tehtävä \"lain mukainen tehtävä\"" })
	@Covers(SelosteCheck.STATUTORY_BASIS_LAW_MISSING)
	void statutoryBasisWithoutTheLawIsReportedOnTheBasis(String basis) {
		NoticeEdit notice = base().replace("peruste lakisääteinen-velvoite \"kirjanpitolaki (1336/1997)\"", "peruste " + basis);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.STATUTORY_BASIS_LAW_MISSING.code()),
				SelosteCheck.STATUTORY_BASIS_LAW_MISSING.code());
		assertLine(notice.lineOf("peruste " + basis), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "lakisääteinen-velvoite \"kirjanpitolaki\"", "lakisääteinen-velvoite \"arvonlisäverolain 209 §\"",
			"lakisääteinen-velvoite \"laki sähköisen viestinnän palveluista\"", "lakisääteinen-velvoite \"Accounting Act\"",
			"yleisen-edun-tehtävä \"valtioneuvoston asetus\"",
			"lakisääteinen-velvoite \"esimerkiksi kirjanpito\" laki \"kirjanpitolaki (1336/1997)\"" })
	@Covers(SelosteCheck.STATUTORY_BASIS_LAW_MISSING)
	void statutoryBasisNamingTheLawIsAccepted(String basis) {
		assertIssuesOf(base().replace("peruste lakisääteinen-velvoite \"kirjanpitolaki (1336/1997)\"", "peruste " + basis));
	}

	@Test
	@Covers(SelosteCheck.CONTRACT_BASIS_NON_PARTY)
	void contractBasisForContactPersonsIsReportedOnThePurpose() {
		NoticeEdit notice = base().replace("rekisteröidyt Asiakkaat \"verkkokaupan asiakkaat\"",
				"rekisteröidyt Asiakkaat \"yritysasiakkaiden yhteyshenkilöt\"");
		List<Issue> issues = assertIssuesOf(notice, SelosteCheck.CONTRACT_BASIS_NON_PARTY.code(),
				SelosteCheck.CONTRACT_BASIS_NON_PARTY.code());
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issues.get(0));
		assertTrue(issues.get(0).getMessage().contains("'yritysasiakkaiden yhteyshenkilöt'"), issues.get(0).getMessage());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
	}

	@Test
	@Covers(SelosteCheck.CONTRACT_BASIS_NON_PARTY)
	void contractBasisForCustomersOrLegitimateInterestsForContactPersonsIsAccepted() {
		assertIssuesOf(base().replace("rekisteröidyt Kavijat \"verkkosivuston kävijät\"",
				"rekisteröidyt Kavijat \"yritysasiakkaiden yhteyshenkilöt\""));
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

	@Test
	@Covers(SelosteCheck.SAFEGUARD_COPY_MISSING)
	void safeguardCopyMissingMentionsWhereTheSafeguardsAreAvailable() {
		Issue issue = single(assertIssuesOf(base().replace(SAFEGUARD, "suojatoimi vakiolausekkeet"),
				SelosteCheck.SAFEGUARD_COPY_MISSING.code()), SelosteCheck.SAFEGUARD_COPY_MISSING.code());
		assertTrue(issue.getMessage().contains("tai mistä ne on saatettu saataville"), issue.getMessage());
	}

	/** In a processor's register the client, as controller, informs about transfers (lumoame). */
	@Test
	@Covers({ SelosteCheck.SAFEGUARD_COPY_MISSING, SelosteCheck.TRANSFER_COUNTRY_MISSING })
	void processorRegisterNeedsNoCopyOrCountry() {
		assertIssuesOf(base().insertBefore("tietojen-antaminen sopimuksen-edellytys", """
				rekisteri Palvelu "asiakkaiden lukuun käsiteltävät tiedot" {
					rooli käsittelijä lukuun "asiakasyritys"
					siirto {
						suojatoimi vakiolausekkeet
					}
				}
				"""));
	}

	@Test
	@Covers(SelosteCheck.TRANSFER_COUNTRY_MISSING)
	void transferWithoutCountryOrRecipientIsReportedOnTheTransfer() {
		NoticeEdit notice = base().replace("vastaanottaja Tukipalvelu\n", "").replace("\t\t\tmaa \"US\"\n", "");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.TRANSFER_COUNTRY_MISSING.code()),
				SelosteCheck.TRANSFER_COUNTRY_MISSING.code());
		assertLine(notice.lineOf("siirto Tukisiirto {"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	/** A country guessed from a provider's name is no statement of the country. */
	@Test
	@Covers(SelosteCheck.TRANSFER_COUNTRY_MISSING)
	void recipientWithoutCountryStatesNoCountry() {
		assertIssuesOf(base().replace("\t\t\tmaa \"US\"\n", ""), SelosteCheck.TRANSFER_COUNTRY_MISSING.code());
	}

	@Test
	@Covers(SelosteCheck.TRANSFER_COUNTRY_MISSING)
	void countryStatedOnTheTransferIsEnough() {
		assertIssuesOf(base().replace("\t\t\tmaa \"US\"\n", "").replace("vastaanottaja Tukipalvelu\n", "maa \"US\"\n"));
	}

	/** A transfer that names no recipient concerns the register's parties: their stated third countries tell where. */
	@Test
	@Covers(SelosteCheck.TRANSFER_COUNTRY_MISSING)
	void transferWithoutRecipientTakesTheCountriesOfTheRegistersParties() {
		assertIssuesOf(base().replace("vastaanottaja Tukipalvelu\n", ""));
	}

	@Test
	@Covers(SelosteCheck.DEROGATION_FOR_REGULAR_TRANSFER)
	void derogationAloneForAProcessorIsReportedOnTheTransfer() {
		NoticeEdit notice = base().replace(SAFEGUARD, "suojatoimi poikkeus \"Siirto on tarpeen sopimuksen täytäntöönpanemiseksi.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.DEROGATION_FOR_REGULAR_TRANSFER.code()),
				SelosteCheck.DEROGATION_FOR_REGULAR_TRANSFER.code());
		assertLine(notice.lineOf("siirto Tukisiirto {"), issue);
		assertTrue(issue.getMessage().contains("'Tukipalvelu'"), issue.getMessage());
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.DEROGATION_FOR_REGULAR_TRANSFER)
	void derogationBesideASafeguardOrForAnAuthorityIsNotReported() {
		assertIssuesOf(base().insertAfter("suojatoimi vakiolausekkeet", "suojatoimi poikkeus \"nimenomainen suostumus\""));
		assertIssuesOf(base().replace(SAFEGUARD, "suojatoimi poikkeus \"Siirto on tarpeen oikeusvaatimuksen laatimiseksi.\"")
				.replace("käsittelijä Tukipalvelu \"Tuki Inc., asiakastuen tikettijärjestelmä\" {",
						"viranomainen Tukipalvelu \"Yhdysvaltain tuomioistuin\" {"));
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

	/**
	 * luminet: retention per data category, purposes naming no data. Which categories a purpose keeps is
	 * the reader's to see; naming them is advice (an info), not a gap the check can find.
	 */
	@Test
	@Covers(SelosteCheck.RETENTION_BY_CATEGORY_ONLY)
	void retentionStatedOnlyPerCategoryForAPurposeNamingNoDataIsAnInfo() {
		NoticeEdit notice = base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.replace("\t\t\ttiedot Yhteystiedot, Tilaustiedot\n", "")
				.replace("tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\"",
						"tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\" {\n\t\t\tsäilytys 3 vuotta\n\t\t}");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RETENTION_BY_CATEGORY_ONLY.code()),
				SelosteCheck.RETENTION_BY_CATEGORY_ONLY.code());
		assertLine(notice.lineOf("tarkoitus Tilaukset"), issue);
		assertEquals(Severity.INFO, issue.getSeverity());
		assertTrue(issue.getMessage().contains("Tilaustiedot"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.RETENTION_NOT_LINKED)
	void retentionOfOnlySomeOfThePurposesCategoriesIsAWarning() {
		Issue issue = single(assertIssuesOf(base().removeLine("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta")
				.replace("tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\"",
						"tietoryhmä Tilaustiedot \"tilatut tuotteet, hinnat ja toimitustapa\" {\n\t\t\tsäilytys 3 vuotta\n\t\t}"),
				SelosteCheck.RETENTION_NOT_LINKED.code()), SelosteCheck.RETENTION_NOT_LINKED.code());
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "kriteeri \"niin kauan kuin on tarpeen\"", "kriteeri \"tarpeellisen ajan\"",
			"kriteeri \"lain mukainen aika\"", "kriteeri \"lakisääteisen ajan\"", "kunnes keräys",
			"kriteeri \"siltä osin, kuin on välttämätöntä laillisten velvoitteidemme täyttämiseksi\"",
			"kriteeri \"as long as necessary\"" })
	@Covers(SelosteCheck.RETENTION_VAGUE)
	void vagueRetentionIsAWarningOnTheRetention(String period) {
		NoticeEdit notice = base().replace("säilytys kriteeri \"kunnes luottopäätös on tehty\"", "säilytys " + period);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RETENTION_VAGUE.code()), SelosteCheck.RETENTION_VAGUE.code());
		assertLine(notice.lineOf("säilytys " + period), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "kriteeri \"kirjanpitolain (1336/1997) 2 luvun 10 §:n mukainen aika\"",
			"kriteeri \"niin kauan kuin kirjanpitolaki edellyttää\"", "kriteeri \"kunnes luottopäätös on tehty\"",
			"kunnes keräys + 2 vuotta", "6 kuukautta perustelu \"lain mukaisesti\"" })
	@Covers(SelosteCheck.RETENTION_VAGUE)
	void retentionNamingTheLawOrAPeriodIsNotVague(String period) {
		assertIssuesOf(base().replace("säilytys kriteeri \"kunnes luottopäätös on tehty\"", "säilytys " + period));
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

	/** Art 13(2)(c) and 20(1)(a) name Art 9(2)(a) explicit consent beside Art 6(1)(a) consent. */
	@Test
	@Covers({ SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING, SelosteCheck.PORTABILITY_RIGHT_MISSING })
	void explicitConsentRequiresTheRightsThatConsentGives() {
		NoticeEdit withoutConsent = base().removeLine("oikeus suostumuksen-peruutus ").removeLine("oikeus siirrettävyys ")
				.replace("peruste suostumus \"Annat suostumuksen tilatessasi uutiskirjeen.\"", "peruste oikeutettu-etu \"Asiakasviestintä.\"")
				.replace("peruste suostumus \"Analytiikkaevästeet asetetaan vain suostumuksellasi.\"", "peruste oikeutettu-etu \"Palvelun kehittäminen.\"")
				.replace("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen täyttämiseksi.\"", "peruste oikeutettu-etu \"Tilausten käsittely.\"")
				.replace("peruste sopimus \"Tarkistus on tarpeen ennen laskulla maksamisen hyväksymistä.\"", "peruste oikeutettu-etu \"Luottoriskin hallinta.\"");
		assertIssuesOf(withoutConsent);
		assertIssuesOf(withCategory(withoutConsent, "tietoryhmä Erityiset \"ruoka-aineallergiat\" erityinen")
				.insertAfter("peruste oikeutettu-etu \"Tilausten käsittely.\"", "erityisperuste nimenomainen-suostumus \"Kerrot allergiasi suostumuksellasi.\""),
				SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING.code(), SelosteCheck.PORTABILITY_RIGHT_MISSING.code());
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

	/** Art 13(2)(e) concerns data collected from the data subject; public directories are not asked to provide. */
	@Test
	@Covers(SelosteCheck.PROVISION_NOT_STATED)
	void withoutTheDataSubjectAsSourceProvisionNeedNotBeStated() {
		assertIssuesOf(base().removeLine("tietojen-antaminen sopimuksen-edellytys")
				.replace("lähde rekisteröity \"asiakkaalta itseltään tilauksen yhteydessä\" tiedot Yhteystiedot, Tilaustiedot, Hetu, Markkinointiluvat",
						"lähde julkinen \"yritysrekistereistä\" tiedot Yhteystiedot, Tilaustiedot, Hetu, Markkinointiluvat"));
	}

	/** The processor's register is the client's to inform about: its provision statement does not count for the controller. */
	@Test
	@Covers(SelosteCheck.PROVISION_NOT_STATED)
	void provisionStatedOnlyInAProcessorRegisterIsNotEnough() {
		NoticeEdit notice = base().removeLine("tietojen-antaminen sopimuksen-edellytys").insertBefore("eväste Istunto", """
				rekisteri Palvelu "asiakkaiden lukuun käsiteltävät tiedot" {
					rooli käsittelijä lukuun "asiakasyritys"
					tietojen-antaminen vapaaehtoinen "Vastaaminen on vapaaehtoista."
				}
				""");
		assertIssuesOf(notice, SelosteCheck.PROVISION_NOT_STATED.code());
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

	/** lumoame: a dated change log tells when the notice was last changed. */
	@Test
	@Covers(SelosteCheck.UPDATED_DATE_MISSING)
	void aDatedChangeLogIsADateOfUpdate() {
		assertIssuesOf(base().removeLine("päivitetty 2025-06-01"));
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
	void automatedDecisionsWithLogicSignificanceAndConsequencesAreComplete() {
		assertIssuesOf(base().replace(
				"automaattinen-päätöksenteko ei-käytössä \"Emme tee päätöksiä pelkästään automaattisen käsittelyn perusteella.\"",
				"automaattinen-päätöksenteko käytössä \"Luottopäätös tehdään automaattisesti.\" {\n\t\tlogiikka \"luottotietojen pisteytys\"\n\t\tmerkitys \"päätös ratkaisee maksutavan\"\n\t\tseuraukset \"laskulla maksaminen voidaan evätä\"\n\t}"));
	}

	/** Art 13(2)(f) names the significance beside the logic and the consequences. */
	@Test
	@Covers(SelosteCheck.ADM_DETAILS_MISSING)
	void automatedDecisionsWithoutSignificanceAreReported() {
		NoticeEdit notice = base().replace(
				"automaattinen-päätöksenteko ei-käytössä \"Emme tee päätöksiä pelkästään automaattisen käsittelyn perusteella.\"",
				"automaattinen-päätöksenteko käytössä \"Luottopäätös tehdään automaattisesti.\" {\n\t\tlogiikka \"luottotietojen pisteytys\"\n\t\tseuraukset \"laskulla maksaminen voidaan evätä\"\n\t}");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.ADM_DETAILS_MISSING.code()), SelosteCheck.ADM_DETAILS_MISSING.code());
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("logiikkaa, merkitystä ja mahdollisia seurauksia"), issue.getMessage());
	}

	/** Outside Art 22 the details of profiling are recommended, not required: a warning of its own. */
	@Test
	@Covers(SelosteCheck.PROFILING_DETAILS_MISSING)
	void profilingWithoutDetailsIsAWarning() {
		NoticeEdit notice = base().replace("profilointi ei-käytössä \"Emme profiloi asiakkaitamme.\"",
				"profilointi käytössä \"Suosittelemme tuotteita ostohistorian perusteella.\" {\n\t\tlogiikka \"ostohistorian tuoteryhmät\"\n\t}");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PROFILING_DETAILS_MISSING.code()),
				SelosteCheck.PROFILING_DETAILS_MISSING.code());
		assertLine(notice.lineOf("profilointi käytössä"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().startsWith("Profilointi on käytössä"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.PROFILING_DETAILS_MISSING)
	void profilingWithAllDetailsIsComplete() {
		assertIssuesOf(base().replace("profilointi ei-käytössä \"Emme profiloi asiakkaitamme.\"",
				"profilointi käytössä \"Suosittelemme tuotteita ostohistorian perusteella.\" {\n\t\tlogiikka \"ostohistorian tuoteryhmät\"\n\t\tmerkitys \"näet sinua kiinnostavia tuotteita\"\n\t\tseuraukset \"suositukset voivat rajata näkemiäsi tuotteita\"\n\t}"));
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

	/** A register with sources other than the data subject and no data categories at all. */
	private static final String REGISTER_WITHOUT_CATEGORIES = """
			tarkoitus Kumppanit "yhteistyökumppaneiden yhteyshenkilöiden hallinta" {
				peruste oikeutettu-etu "Yhteydenpito yhteistyökumppaneihin."
				säilytys 2 vuotta
			}
			lähde rekisteröity "yhteyshenkilöltä itseltään"
			lähde julkinen "kumppanin verkkosivuilta"
			ei-vastaanottajia
			""";

	@Test
	@Covers(SelosteCheck.SOURCE_CATEGORIES_MISSING)
	void registerWithOtherSourcesAndNoDataCategoriesIsReportedOnTheFirstOtherSource() {
		NoticeEdit notice = withSecondRegister(REGISTER_WITHOUT_CATEGORIES);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.SOURCE_CATEGORIES_MISSING.code()),
				SelosteCheck.SOURCE_CATEGORIES_MISSING.code());
		assertLine(notice.lineOf("lähde julkinen \"kumppanin verkkosivuilta\""), issue);
		assertTrue(issue.getMessage().contains("'Toinen'") && issue.getMessage().contains("(julkinen)"), issue.getMessage());
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	/** Art 14(1)(d) asks for the categories of data; the register's list meets it, a per-source mapping is good practice only. */
	@ParameterizedTest
	@ValueSource(strings = { "kolmas-osapuoli", "julkinen", "viranomainen", "asiakasorganisaatio" })
	@Covers(SelosteCheck.SOURCE_CATEGORIES_MISSING)
	void theRegistersDataCategoriesMeetArt14d(String kind) {
		assertIssuesOf(base().replace("lähde kolmas-osapuoli \"maksunvälittäjältä\" tiedot Laskutustiedot",
				"lähde " + kind + " \"maksunvälittäjältä\""));
	}

	@Test
	@Covers(SelosteCheck.SOURCE_CATEGORIES_MISSING)
	void dataOnlyFromTheDataSubjectNeedsNoCategoriesForArt14() {
		assertIssuesOf(withSecondRegister(REGISTER_WITHOUT_CATEGORIES.replace("lähde julkinen \"kumppanin verkkosivuilta\"\n", "")));
	}

	// ------------------------------------------------------------------ special categories and criminal data

	private static NoticeEdit withCategoryInOrders(String category) {
		return withCategory(base(), category);
	}

	private static NoticeEdit withCategory(NoticeEdit notice, String category) {
		return notice.insertAfter("tietoryhmä Kayttotiedot", category)
				.replace("tiedot Yhteystiedot, Tilaustiedot\n", "tiedot Yhteystiedot, Tilaustiedot, Erityiset\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sairauspoissaolot ja lääkärintodistukset", "ammattiliiton jäsenyys", "terveystiedot",
			"työterveyshuollon lausunnot", "uskonnollinen vakaumus", "etninen alkuperä", "biometriset tunnisteet",
			"health data", "trade union membership", "politiska åsikter" })
	@Covers(SelosteCheck.SPECIAL_CATEGORY_UNFLAGGED)
	void categoryNamedLikeSpecialDataWithoutTheFlagIsReportedOnTheCategory(String label) {
		NoticeEdit notice = withCategoryInOrders("tietoryhmä Erityiset \"" + label + "\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.SPECIAL_CATEGORY_UNFLAGGED.code()),
				SelosteCheck.SPECIAL_CATEGORY_UNFLAGGED.code());
		assertLine(notice.lineOf("tietoryhmä Erityiset"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "asiakasuskollisuuspisteet", "poistumisajankohta", "tervehdyksen kieli", "yrityksen toimiala" })
	@Covers(SelosteCheck.SPECIAL_CATEGORY_UNFLAGGED)
	void ordinaryCategoriesAreNotTakenForSpecialData(String label) {
		assertIssuesOf(withCategoryInOrders("tietoryhmä Erityiset \"" + label + "\""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "työoikeus", "terveydenhuolto", "tärkeä-yleinen-etu", "kansanterveys", "tutkimus" })
	@Covers(SelosteCheck.SPECIAL_CATEGORY_NATIONAL_LAW_MISSING)
	void conditionRestingOnLawWithoutTheLawIsReportedOnTheCondition(String kind) {
		NoticeEdit notice = withCategoryInOrders("tietoryhmä Erityiset \"ruoka-aineallergiat\" erityinen")
				.insertAfter("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen", "erityisperuste " + kind + " \"tarpeen\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.SPECIAL_CATEGORY_NATIONAL_LAW_MISSING.code()),
				SelosteCheck.SPECIAL_CATEGORY_NATIONAL_LAW_MISSING.code());
		assertLine(notice.lineOf("erityisperuste " + kind), issue);
	}

	@ParameterizedTest
	@ValueSource(strings = { "terveydenhuolto \"laki potilaan asemasta ja oikeuksista (785/1992)\"",
			"työoikeus \"tietosuojalain 6 §:n 1 momentin 2 kohta\"", "työoikeus \"työehtosopimuksen mukaiset jäsenmaksut\"",
			"nimenomainen-suostumus \"Kerrot allergiasi suostumuksellasi.\"" })
	@Covers(SelosteCheck.SPECIAL_CATEGORY_NATIONAL_LAW_MISSING)
	void conditionNamingTheLawOrNotRestingOnLawIsAccepted(String condition) {
		assertIssuesOf(withCategoryInOrders("tietoryhmä Erityiset \"ruoka-aineallergiat\" erityinen")
				.insertAfter("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen", "erityisperuste " + condition));
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
		NoticeEdit notice = base().removeLine("päivitetty 2025-06-01").removeLine("muutos 2025-06-01");
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

	// ------------------------------------------------------------------ versions (issue 14)

	/** A processor the base notice lacks: a material change (a new recipient) that triggers nothing else. */
	private static final String NEW_PROCESSOR = """
			käsittelijä Kysely "Kysely Oy, asiakaskyselyt" {
				nimi "Kysely Oy"
				maa "FI"
			}
			""";

	/** The later version validated against the earlier one as its baseline (as {@code check --since} does). */
	private List<Issue> assertIssuesAgainst(NoticeEdit earlier, NoticeEdit later, String... codes) {
		Notice baseline = models.notice(earlier.text());
		XtextResource resource = models.parse(models.newResourceSet(), "memory:/later.seloste", later.text());
		ChangeBaseline.attach(resource.getResourceSet(), "v1.0", List.of(baseline));
		return assertIssues(resource, codes);
	}

	private static NoticeEdit withNewProcessor() {
		return base().insertBefore("käsittelijä Mittaus \"Mittaus Oy", NEW_PROCESSOR);
	}

	@Test
	@Covers(SelosteCheck.CHANGE_ENTRY_MISSING)
	void materialChangeWithoutChangeEntryIsReportedAgainstTheBaseline() {
		NoticeEdit later = withNewProcessor();
		Issue issue = single(assertIssuesAgainst(base(), later, SelosteCheck.CHANGE_ENTRY_MISSING.code()),
				SelosteCheck.CHANGE_ENTRY_MISSING.code());
		assertLine(later.lineOf("seloste Testiseloste {"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
		// the drafted entry, in the notice's one language, for the quick fix
		assertData(issue, "fi", "Lisätty vastaanottaja ”Kysely Oy, asiakaskyselyt”.");
		assertTrue(issue.getMessage().startsWith("Seloste on muuttunut olennaisesti versiosta v1.0 (Lisätty vastaanottaja ”Kysely Oy, "
				+ "asiakaskyselyt”), mutta siihen ei ole lisätty uutta muutosmerkintää eikä sen päivityspäivää ole "
				+ "muutettu. (tietosuoja-asetuksen 12 artiklan 1 kohta; 29 artiklan mukaisen tietosuojatyöryhmän "
				+ "läpinäkyvyysohjeet (WP260 rev.01), kohdat 29–32)"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.CHANGE_ENTRY_MISSING)
	void aNewChangeEntryOrALaterDateOfUpdateRecordsTheChange() {
		assertIssuesAgainst(base(), withNewProcessor().insertAfter("muutos 2025-06-01 \"Lisätty uutiskirje.\"",
				"muutos 2025-09-01 \"Lisätty kyselypalvelu.\""));
		assertIssuesAgainst(base(), withNewProcessor().replace("päivitetty 2025-06-01", "päivitetty 2025-09-01"));
	}

	@Test
	@Covers(SelosteCheck.CHANGE_ENTRY_MISSING)
	void anOldEntryRewordedOrAnEarlierDateIsNoRecordOfTheChange() {
		assertIssuesAgainst(base(), withNewProcessor().replace("\"Lisätty uutiskirje.\"", "\"Lisätty uutiskirje ja sen tilaajat.\""),
				SelosteCheck.CHANGE_ENTRY_MISSING.code());
		assertIssuesAgainst(base(), withNewProcessor().insertAfter("muutos 2025-06-01 \"Lisätty uutiskirje.\"",
				"muutos 2025-05-01 \"Lisätty kyselypalvelu.\""), SelosteCheck.CHANGE_ENTRY_MISSING.code());
	}

	@Test
	@Covers(SelosteCheck.CHANGE_ENTRY_MISSING)
	void editorialChangesAndNoBaselineAreNotReported() {
		// a reworded description is editorial
		assertIssuesAgainst(base(), base().replace("\"Kerromme, miten käsittelemme", "\"Kerromme tässä, miten käsittelemme"));
		// the same change without a baseline: validation as without versions
		assertIssuesOf(withNewProcessor());
		// a notice the baseline does not have is a new notice
		assertIssuesAgainst(base().replace("seloste Testiseloste {", "seloste Toinen {"), withNewProcessor());
	}
}
