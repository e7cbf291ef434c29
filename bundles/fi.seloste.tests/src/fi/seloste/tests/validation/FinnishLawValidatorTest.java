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

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
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
 * {@code FinnishLawValidator}: business IDs (Y-tunnus), the repealed Personal Data Act, the Data
 * Protection Ombudsman's contact details, personal identity codes, accounting retention, children's
 * consent, electronic direct marketing, privacy in working life, and the form of contact details. Each
 * case is the clean base notice with one small edit.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class FinnishLawValidatorTest {

	private static final String BUSINESS_ID = "y-tunnus \"2701131-6\"";
	private static final String DESCRIPTION = "kuvaus \"Kerromme, miten käsittelemme verkkokauppamme asiakkaiden henkilötietoja.\"";

	@Inject
	private SelosteTestModels models;

	private List<Issue> assertIssuesOf(NoticeEdit notice, String... codes) {
		return assertIssues(models.parse(notice.text()), codes);
	}

	private static NoticeEdit withBusinessId(String id) {
		return base().replace(BUSINESS_ID, "y-tunnus \"" + id + "\"");
	}

	private static NoticeEdit withDescription(String text) {
		return base().replace(DESCRIPTION, "kuvaus \"" + text + "\"");
	}

	// ------------------------------------------------------------------ business ID (Y-tunnus)

	@ParameterizedTest
	@ValueSource(strings = { "2701131-6", "1572860-0", "2700263-9", " 2701131-6 " })
	@Covers({ SelosteCheck.BUSINESS_ID_CHECK_DIGIT, SelosteCheck.BUSINESS_ID_FORMAT,
			SelosteCheck.BUSINESS_ID_VAT_FORM })
	void validBusinessIdIsAccepted(String id) {
		assertIssuesOf(withBusinessId(id));
	}

	@Test
	@Covers(SelosteCheck.BUSINESS_ID_CHECK_DIGIT)
	void wrongCheckDigitIsReportedOnTheBusinessId() {
		NoticeEdit notice = withBusinessId("2701131-5");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.BUSINESS_ID_CHECK_DIGIT.code()),
				SelosteCheck.BUSINESS_ID_CHECK_DIGIT.code());
		assertLine(notice.lineOf("y-tunnus"), issue);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("'2701131-5'"), issue.getMessage());
	}

	/** 2700006: the weighted sum leaves remainder 1, for which mod 11 gives no check digit at all. */
	@ParameterizedTest
	@ValueSource(strings = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" })
	@Covers(SelosteCheck.BUSINESS_ID_CHECK_DIGIT)
	void idWhoseRemainderIsOneIsInvalidWhateverItsCheckDigit(String checkDigit) {
		assertIssuesOf(withBusinessId("2700006-" + checkDigit), SelosteCheck.BUSINESS_ID_CHECK_DIGIT.code());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2701131", "27011316", "2701131–6", "Y-2701131-6", "270113-16", "" })
	@Covers(SelosteCheck.BUSINESS_ID_FORMAT)
	void valueThatIsNoBusinessIdIsReported(String id) {
		Issue issue = single(assertIssuesOf(withBusinessId(id), id.isEmpty()
				? new String[] { SelosteCheck.BUSINESS_ID_FORMAT.code(), SelosteCheck.EMPTY_TEXT.code() }
				: new String[] { SelosteCheck.BUSINESS_ID_FORMAT.code() }), SelosteCheck.BUSINESS_ID_FORMAT.code());
		assertTrue(issue.getMessage().contains("2701131-6"), "the message shows an example: " + issue.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "FI27002639", "FI2700263-9", "fi27002639", "FI 27002639" })
	@Covers(SelosteCheck.BUSINESS_ID_VAT_FORM)
	void vatNumberIsReportedWithTheBusinessIdItContains(String vat) {
		NoticeEdit notice = withBusinessId(vat);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.BUSINESS_ID_VAT_FORM.code()),
				SelosteCheck.BUSINESS_ID_VAT_FORM.code());
		assertLine(notice.lineOf("y-tunnus"), issue);
		assertData(issue, "2700263-9");
		assertTrue(issue.getMessage().contains("'" + vat + "'") && issue.getMessage().contains("2700263-9"),
				issue.getMessage());
	}

	@Test
	@Covers({ SelosteCheck.BUSINESS_ID_VAT_FORM, SelosteCheck.BUSINESS_ID_CHECK_DIGIT })
	void vatNumberWithAWrongCheckDigitIsReportedForBoth() {
		List<Issue> issues = assertIssuesOf(withBusinessId("FI27011315"), SelosteCheck.BUSINESS_ID_VAT_FORM.code(),
				SelosteCheck.BUSINESS_ID_CHECK_DIGIT.code());
		assertData(single(issues, SelosteCheck.BUSINESS_ID_VAT_FORM.code()), "2701131-5");
	}

	// ------------------------------------------------------------------ the repealed Personal Data Act

	@Test
	@Covers(SelosteCheck.REPEALED_LAW_REFERENCE)
	void inflectedNameOfThePersonalDataActIsReportedWithTheReference() {
		NoticeEdit notice = withDescription("Käsittely perustuu henkilötietolain 8 §:ään.");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.REPEALED_LAW_REFERENCE.code()),
				SelosteCheck.REPEALED_LAW_REFERENCE.code());
		assertLine(notice.lineOf("henkilötietolain"), issue);
		assertData(issue, "henkilötietolain");
		assertEquals(Severity.ERROR, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.REPEALED_LAW_REFERENCE)
	void nameAndNumberOfTheActAreTwoReferences() {
		List<Issue> issues = assertIssuesOf(withDescription("Seloste on laadittu henkilötietolain (523/1999) mukaisesti."),
				SelosteCheck.REPEALED_LAW_REFERENCE.code(), SelosteCheck.REPEALED_LAW_REFERENCE.code());
		assertEquals(List.of("523/1999", "henkilötietolain"),
				issues.stream().map(i -> i.getData()[0]).sorted().toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Henkilötietolaki kumottiin.", "Katso henkilötietolakia.", "the Personal Data Act",
			"enligt personuppgiftslagen" })
	@Covers(SelosteCheck.REPEALED_LAW_REFERENCE)
	void everyFormOfTheActIsReported(String text) {
		assertIssuesOf(withDescription(text), SelosteCheck.REPEALED_LAW_REFERENCE.code());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Noudatamme henkilötietolainsäädäntöä.", "Henkilötietolainsäädännön mukainen seloste.",
			"Tietosuojalaki (1050/2018) täydentää tietosuoja-asetusta." })
	@Covers(SelosteCheck.REPEALED_LAW_REFERENCE)
	void dataProtectionLegislationInGeneralIsNoReferenceToTheRepealedAct(String text) {
		assertIssuesOf(withDescription(text));
	}

	// ------------------------------------------------------------------ the Data Protection Ombudsman

	@ParameterizedTest
	@ValueSource(strings = { "osoite \"Ratapihantie 9, 6. krs, 00520 Helsinki\"", "postiosoite \"PL 800, 00521 Helsinki\"",
			"verkkosivu \"https://www.tietosuoja.fi/fi/index/yhteystiedot.html\"" })
	@Covers(SelosteCheck.AUTHORITY_DETAILS_OUTDATED)
	void formerContactDetailsOfTheOmbudsmanAreReportedOnTheAuthority(String outdated) {
		String detail = outdated.substring(0, outdated.indexOf(' '));
		NoticeEdit notice = base().replace(switch (detail) {
			case "osoite" -> "osoite \"Lintulahdenkuja 4, 00530 Helsinki\"";
			case "postiosoite" -> "postiosoite \"PL 800, 00531 Helsinki\"";
			default -> "verkkosivu \"https://tietosuoja.fi\"";
		}, outdated);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.AUTHORITY_DETAILS_OUTDATED.code()),
				SelosteCheck.AUTHORITY_DETAILS_OUTDATED.code());
		assertLine(notice.lineOf("valvontaviranomainen Tietosuojavaltuutettu {"), issue);
		assertTrue(issue.getMessage().contains("vanhentuneet. Ajantasaiset yhteystiedot: Lintulahdenkuja 4, 00530 Helsinki"),
				"the message gives the current address as the current one: " + issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.AUTHORITY_DETAILS_OUTDATED)
	void currentContactDetailsOfTheOmbudsmanAreAccepted() {
		assertIssuesOf(base());
	}

	// ------------------------------------------------------------------ personal identity code

	@Test
	@Covers(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	void personalIdentityCodeThatNoPurposeUsesIsReportedOnTheCategory() {
		// the source still names Hetu, so the category counts as used (no unusedDataCategory)
		NoticeEdit notice = base().removeLine("tiedot Hetu");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code()),
				SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code());
		assertLine(notice.lineOf("tietoryhmä Hetu"), issue);
	}

	@Test
	@Covers(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	void purposeThatUsesPersonalIdentityCodesWithoutA29SectionGroundIsReported() {
		NoticeEdit notice = base().removeLine("henkilötunnuksen-peruste");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code()),
				SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code());
		assertLine(notice.lineOf("tarkoitus Luottotarkistus"), issue);
		assertData(issue, "Hetu");
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("'Hetu'") && issue.getMessage().contains("29 §"), issue.getMessage());
	}

	/** Probe 3 of the legal review: a legal basis is no 29 § ground; each purpose using the codes needs its own. */
	@Test
	@Covers(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	void aLegalBasisIsNoGroundForPersonalIdentityCodesInAnotherPurpose() {
		NoticeEdit notice = base().replace("tiedot Yhteystiedot, Markkinointiluvat", "tiedot Yhteystiedot, Markkinointiluvat, Hetu");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code()),
				SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code());
		assertLine(notice.lineOf("tarkoitus Uutiskirje"), issue);
	}

	@ParameterizedTest
	@ValueSource(strings = { "suostumus", "laissa-säädetty \"laki luottotietojen käsittelystä\"",
			"yksiselitteinen-yksilöinti" })
	@Covers(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	void everyGroundOf29SectionIsAccepted(String ground) {
		assertIssuesOf(base().replace("henkilötunnuksen-peruste yksiselitteinen-yksilöinti \"luotonanto: maksajan yksilöinti laskulla maksettaessa\"",
				"henkilötunnuksen-peruste " + ground));
	}

	@Test
	@Covers(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	void groundedPurposeWithoutLegalBasisIsOnlyAMissingBasis() {
		assertIssuesOf(base().removeLine("peruste sopimus \"Tarkistus on tarpeen"), SelosteCheck.PURPOSE_WITHOUT_BASIS.code());
	}

	private static final String ID_CODE_CATEGORY = "tietoryhmä Hetu \"henkilötunnus laskulla maksettaessa\" henkilötunnus";

	@ParameterizedTest
	@ValueSource(strings = { "henkilötunnus laskulla maksettaessa", "Henkilötunnukset", "hetu", "personbeteckning",
			"personal identity code", "Social security number" })
	@Covers(SelosteCheck.PERSONAL_ID_UNFLAGGED)
	void labelNamingPersonalIdentityCodesWithoutTheFlagIsAWarning(String label) {
		NoticeEdit notice = base().replace(ID_CODE_CATEGORY, "tietoryhmä Hetu \"" + label + "\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PERSONAL_ID_UNFLAGGED.code()),
				SelosteCheck.PERSONAL_ID_UNFLAGGED.code());
		assertLine(notice.lineOf("tietoryhmä Hetu"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "syntymäaika (ei henkilötunnusta)", "asiakasnumero", "hetkellinen sijainti", "without a personal identity code" })
	@Covers(SelosteCheck.PERSONAL_ID_UNFLAGGED)
	void labelThatNamesNoPersonalIdentityCodeIsAccepted(String label) {
		assertIssuesOf(base().replace(ID_CODE_CATEGORY, "tietoryhmä Hetu \"" + label + "\""));
	}

	@Test
	@Covers(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	void personalIdentityCodeOfAPurposeOnItsRegistersBasisHasAGround() {
		// the register's single basis applies to the purpose (the resolved model)
		assertIssuesOf(base().removeLine("peruste sopimus \"Tarkistus on tarpeen").removeLine("peruste sopimus \"Käsittely on tarpeen")
				.insertAfter("rooli rekisterinpitäjä", "peruste sopimus"));
	}

	private static final String ORGANISATION_WITH_ID_CODE = """
			organisaatio Yhtiö {
				tietoryhmä Hetu "henkilötunnus" henkilötunnus
			}
			""";

	@Test
	@Covers(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	void organisationsPersonalIdentityCodeIsCheckedWhereANoticeUsesIt() {
		NoticeEdit grounded = base().removeLine("tietoryhmä Hetu").insertAfter("rooli rekisterinpitäjä", "käytä Yhtiö.Hetu")
				.insertBefore("seloste Testiseloste {", "tuo Yhtiö.*");
		XtextResourceSet set = models.newResourceSet();
		XtextResource organisation = models.add(set, "memory:/organisaatio.seloste", ORGANISATION_WITH_ID_CODE);
		XtextResource notice = models.add(set, "memory:/seloste.seloste", grounded.text());
		EcoreUtil.resolveAll(set);
		assertIssues(notice);
		assertIssues(organisation);

		NoticeEdit ungrounded = grounded.removeLine("tiedot Hetu");
		set = models.newResourceSet();
		organisation = models.add(set, "memory:/organisaatio.seloste", ORGANISATION_WITH_ID_CODE);
		notice = models.add(set, "memory:/seloste.seloste", ungrounded.text());
		EcoreUtil.resolveAll(set);
		Issue issue = single(assertIssues(notice, SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code()),
				SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code());
		assertLine(ungrounded.lineOf("käytä Yhtiö.Hetu"), issue);
		assertIssues(organisation);
	}

	@Test
	@Covers(SelosteCheck.PERSONAL_ID_UNFLAGGED)
	void organisationsCategoryIsCheckedForAnUnflaggedLabelInTheOrganisation() {
		XtextResourceSet set = models.newResourceSet();
		XtextResource organisation = models.add(set, "memory:/organisaatio.seloste", """
				organisaatio Yhtiö {
					tietoryhmä Tunnisteet "nimi ja henkilötunnus"
				}
				""");
		EcoreUtil.resolveAll(set);
		assertIssues(organisation, SelosteCheck.PERSONAL_ID_UNFLAGGED.code(), SelosteCheck.UNUSED_ORGANISATION_ELEMENT.code());
	}

	// ------------------------------------------------------------------ accounting retention

	private static final String ACCOUNTING_RETENTION = "säilytys 10 vuotta alkaen tilikauden-päättyminen";

	@ParameterizedTest
	@ValueSource(strings = { "5 vuotta alkaen tilikauden-päättyminen", "enintään 60 kuukautta",
			"kunnes tilikauden-päättyminen + 5 vuotta", "3-5 vuotta", "52 viikkoa" })
	@Covers(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT)
	void accountingRetentionShorterThanSixYearsIsReported(String period) {
		NoticeEdit notice = base().replace(ACCOUNTING_RETENTION, "säilytys " + period);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT.code()),
				SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT.code());
		assertLine(notice.lineOf("säilytys " + period), issue);
		assertTrue(issue.getMessage().contains(period), issue.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "6 vuotta alkaen tilikauden-päättyminen", "6-10 vuotta", "kunnes tilikauden-päättyminen + 10 vuotta",
			"kriteeri \"kirjanpitolain mukainen aika\"" })
	@Covers(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT)
	void accountingRetentionOfSixYearsOrMoreOrCriteriaIsAccepted(String period) {
		assertIssuesOf(base().replace(ACCOUNTING_RETENTION, "säilytys " + period));
	}

	@Test
	@Covers(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT)
	void rationaleThatMentionsBookkeepingMakesTheRetentionAnAccountingOne() {
		assertIssuesOf(base().replace("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta",
				"säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta perustelu \"kirjanpitoa varten\""),
				SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT.code());
	}

	/** The review's example: marketing accounting services keeps no accounting material. */
	@ParameterizedTest
	@ValueSource(strings = { "kirjanpitopalvelujen markkinointi", "kirjanpitotoimiston palvelut" })
	@Covers(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT)
	void accountingServicesAreNoAccountingMaterial(String label) {
		assertIssuesOf(base().replace("tarkoitus Tilaukset \"tilausten käsittely ja toimitus\"", "tarkoitus Tilaukset \"" + label + "\""));
	}

	@Test
	@Covers(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT)
	void messageGivesBothStartingPointsOfTheAccountingAct() {
		Issue issue = single(assertIssuesOf(base().replace(ACCOUNTING_RETENTION, "säilytys 3 vuotta"),
				SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT.code()), SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT.code());
		assertTrue(issue.getMessage().contains("10 vuotta tilikauden päättymisestä")
				&& issue.getMessage().contains("6 vuotta sen vuoden lopusta, jonka aikana tilikausi on päättynyt"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT)
	void shortRetentionOfOtherPurposesIsNoAccountingMatter() {
		assertIssuesOf(base().replace("säilytys kunnes asiakassuhteen-päättyminen + 3 vuotta", "säilytys 1 vuosi"));
	}

	// ------------------------------------------------------------------ children's consent

	@Test
	@Covers(SelosteCheck.CHILD_CONSENT_BELOW_13)
	void consentOfChildrenUnder13IsReportedOnThePurpose() {
		NoticeEdit notice = base().replace("vähimmäisikä 13", "vähimmäisikä 12");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.CHILD_CONSENT_BELOW_13.code()),
				SelosteCheck.CHILD_CONSENT_BELOW_13.code());
		assertLine(notice.lineOf("tarkoitus Uutiskirje"), issue);
		assertTrue(issue.getMessage().contains("12"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.CHILD_CONSENT_BELOW_13)
	void childConsentIsAWarningThatAsksWhoConsents() {
		Issue issue = single(assertIssuesOf(base().replace("vähimmäisikä 13", "vähimmäisikä 12"),
				SelosteCheck.CHILD_CONSENT_BELOW_13.code()), SelosteCheck.CHILD_CONSENT_BELOW_13.code());
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("tietoyhteiskunnan palvelua") && issue.getMessage().contains("huoltaja")
				&& issue.getMessage().contains("Kerro, kuka suostumuksen antaa"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.CHILD_CONSENT_BELOW_13)
	void purposeThatSaysInItsOwnWordsThatTheGuardianConsentsIsAccepted() {
		assertIssuesOf(base().replace("vähimmäisikä 13", "vähimmäisikä 12").insertAfter("koskee Tilaajat",
				"lisätieto \"Alle 13-vuotiaan tilaajan suostumuksen antaa huoltaja.\""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Alle 13-vuotiaan puolesta suostumuksen antaa huoltaja.", "Lapsen vanhempi antaa suostumuksen.",
			"Consent is given by a parent." })
	@Covers(SelosteCheck.CHILD_CONSENT_BELOW_13)
	void consentThatSaysTheGuardianGivesItIsAccepted(String consent) {
		assertIssuesOf(base().replace("vähimmäisikä 13", "vähimmäisikä 12")
				.replace("peruste suostumus \"Annat suostumuksen tilatessasi uutiskirjeen.\"", "peruste suostumus \"" + consent + "\""));
	}

	@Test
	@Covers(SelosteCheck.CHILD_CONSENT_BELOW_13)
	void childrenUnder13UnderAnotherBasisAreNoConsentMatter() {
		// Asiakkaat (10 years and older) are concerned by purposes based on contract and legitimate interests
		assertIssuesOf(base().replace("vähimmäisikä 15", "vähimmäisikä 10"));
	}

	@Test
	@Covers(SelosteCheck.CHILD_CONSENT_BELOW_13)
	void consentOfTheRegisterAndItsDataSubjectsCountsForAPurposeStatingNeither() {
		// the purpose states no basis and no data subjects: the register's consent and groups apply
		NoticeEdit notice = base().replace("vähimmäisikä 13", "vähimmäisikä 12")
				.removeLine("peruste suostumus \"Annat suostumuksen").removeLine("koskee Tilaajat")
				.removeLine("peruste sopimus \"Käsittely on tarpeen").removeLine("peruste lakisääteinen-velvoite")
				.removeLine("peruste sopimus \"Tarkistus on tarpeen").removeLine("peruste oikeutettu-etu")
				.removeLine("peruste suostumus \"Analytiikkaevästeet").insertAfter("rooli rekisterinpitäjä", "peruste suostumus");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.CHILD_CONSENT_BELOW_13.code()),
				SelosteCheck.CHILD_CONSENT_BELOW_13.code());
		assertLine(notice.lineOf("tarkoitus Uutiskirje"), issue);
	}

	// ------------------------------------------------------------------ electronic direct marketing (917/2014 200 §)

	private static final String NEWSLETTER_CONSENT = "peruste suostumus \"Annat suostumuksen tilatessasi uutiskirjeen.\"";

	private static final String SUBSCRIBERS = "\"uutiskirjeen tilaajat\"";

	/** The newsletter purpose on legitimate interests, sent to customers (not to subscribers, who opted in). */
	private static NoticeEdit newsletterOnLegitimateInterests(String interest) {
		return base().replace(NEWSLETTER_CONSENT, "peruste oikeutettu-etu \"" + interest + "\"")
				.replace(SUBSCRIBERS, "\"kanta-asiakkaat\"");
	}

	@Test
	@Covers(SelosteCheck.ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT)
	void newsletterWithoutConsentIsReportedOnThePurpose() {
		NoticeEdit notice = newsletterOnLegitimateInterests("Markkinoimme tuotteitamme.");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT.code()),
				SelosteCheck.ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT.code());
		assertLine(notice.lineOf("tarkoitus Uutiskirje"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT)
	void electronicMarketingWithoutAnyBasisIsReported() {
		// the seed lamisnet: "myynti ja markkinointi, jota voidaan tehdä myös sähköisesti", no basis
		assertIssuesOf(base().removeLine(NEWSLETTER_CONSENT).replace(SUBSCRIBERS, "\"kanta-asiakkaat\"").replace("\"uutiskirjeen lähettäminen\"",
				"\"markkinointi, jota voidaan tehdä myös sähköisesti\""),
				SelosteCheck.ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT.code(), SelosteCheck.PURPOSE_WITHOUT_BASIS.code());
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Markkinoimme asiakkaillemme omia vastaavia tuotteitamme; voit kieltää markkinoinnin tilatessasi ja jokaisessa viestissä.",
			"Asiakassuhteeseen perustuva markkinointi (sähköisen viestinnän palveluista annetun lain 200 §).",
			"B2B-markkinointi yritysasiakkaiden yhteyshenkilöille." })
	@Covers(SelosteCheck.ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT)
	void existingCustomerExceptionOrMarketingToBusinessesIsAccepted(String interest) {
		assertIssuesOf(newsletterOnLegitimateInterests(interest));
	}

	/** The seed lumoame: a newsletter to its subscribers, with no basis; the gap is the basis, not 200 §. */
	@Test
	@Covers(SelosteCheck.ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT)
	void newsletterToSubscribersHasConsentInSubstance() {
		assertIssuesOf(base().replace(NEWSLETTER_CONSENT, "peruste oikeutettu-etu \"Markkinoimme tuotteitamme.\""));
	}

	@Test
	@Covers(SelosteCheck.ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT)
	void directMarketingByPostIsNoElectronicMarketing() {
		assertIssuesOf(newsletterOnLegitimateInterests("Markkinoimme tuotteitamme.").replace("\"uutiskirjeen lähettäminen\"",
				"\"kirjeitse lähetettävä markkinointi\""));
	}

	// ------------------------------------------------------------------ privacy in working life (759/2004)

	@Test
	@Covers(SelosteCheck.WORKING_LIFE_CONSENT_BASIS)
	void consentOfEmployeesIsAWarning() {
		NoticeEdit notice = base().replace("\"uutiskirjeen tilaajat\" vähimmäisikä 13", "\"yrityksen henkilöstö\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.WORKING_LIFE_CONSENT_BASIS.code()),
				SelosteCheck.WORKING_LIFE_CONSENT_BASIS.code());
		assertLine(notice.lineOf("tarkoitus Uutiskirje"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.WORKING_LIFE_CONSENT_BASIS)
	void consentOfJobApplicantsIsNoEmploymentConsent() {
		// consent to keep an application for later recruitment is the accepted practice
		assertIssuesOf(base().replace("\"uutiskirjeen tilaajat\" vähimmäisikä 13", "\"työnhakijat\""));
	}

	private static final String SECURITY_PURPOSE = "tarkoitus Tietoturva \"verkkokaupan tietoturvan varmistaminen\"";

	private static NoticeEdit testsOfApplicants() {
		return base().replace("rekisteröidyt Kavijat \"verkkosivuston kävijät\"", "rekisteröidyt Kavijat \"työnhakijat\"")
				.replace(SECURITY_PURPOSE, "tarkoitus Tietoturva \"hakijoiden soveltuvuustestit\"");
	}

	@Test
	@Covers(SelosteCheck.WORKING_LIFE_TESTS)
	void aptitudeTestsWithoutConsentAreReported() {
		NoticeEdit notice = testsOfApplicants();
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.WORKING_LIFE_TESTS.code()), SelosteCheck.WORKING_LIFE_TESTS.code());
		assertLine(notice.lineOf("tarkoitus Tietoturva"), issue);
	}

	@Test
	@Covers(SelosteCheck.WORKING_LIFE_TESTS)
	void aptitudeTestsWithConsentStatedAreAccepted() {
		// as in the Kuura recruitment example: the basis text says the tests need the applicant's consent
		assertIssuesOf(testsOfApplicants().replace("Oikeutettu etumme on suojata verkkokauppa ja asiakkaat väärinkäytöksiltä.",
				"Oikeutettu etumme on suojata verkkokauppa. Testit tehdään vain hakijan suostumuksella."));
	}

	@Test
	@Covers(SelosteCheck.WORKING_LIFE_TESTS)
	void testsOfCustomersAreNoWorkingLifeMatter() {
		assertIssuesOf(base().replace(SECURITY_PURPOSE, "tarkoitus Tietoturva \"soveltuvuustestit\""));
	}

	private static final String EMPLOYEES = "rekisteröidyt Asiakkaat \"työntekijät\" vähimmäisikä 15";

	@Test
	@Covers(SelosteCheck.WORKING_LIFE_THIRD_PARTY_SOURCE)
	void dataOnEmployeesFromAThirdPartyWithoutConsentIsReportedOnTheSource() {
		NoticeEdit notice = base().replace("rekisteröidyt Asiakkaat \"verkkokaupan asiakkaat\" vähimmäisikä 15", EMPLOYEES);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.WORKING_LIFE_THIRD_PARTY_SOURCE.code()),
				SelosteCheck.WORKING_LIFE_THIRD_PARTY_SOURCE.code());
		assertLine(notice.lineOf("lähde kolmas-osapuoli"), issue);
	}

	@ParameterizedTest
	@ValueSource(strings = { "lähde kolmas-osapuoli \"maksunvälittäjältä työntekijän suostumuksella\" tiedot Laskutustiedot",
			"lähde viranomainen \"verohallinnolta\" tiedot Laskutustiedot" })
	@Covers(SelosteCheck.WORKING_LIFE_THIRD_PARTY_SOURCE)
	void sourceWithConsentOrAnAuthorityIsAccepted(String source) {
		assertIssuesOf(base().replace("rekisteröidyt Asiakkaat \"verkkokaupan asiakkaat\" vähimmäisikä 15", EMPLOYEES)
				.replace("lähde kolmas-osapuoli \"maksunvälittäjältä\" tiedot Laskutustiedot", source));
	}

	@Test
	@Covers(SelosteCheck.WORKING_LIFE_THIRD_PARTY_SOURCE)
	void thirdPartySourceOfCustomersIsNoWorkingLifeMatter() {
		assertIssuesOf(base());
	}

	// ------------------------------------------------------------------ contact details

	@ParameterizedTest
	@ValueSource(strings = { "puh. 09 123 4567", "123", "+358 9 123 4567 ja 040 123 4567 0000", "09 123 4567 (vaihde) x" })
	@Covers(SelosteCheck.PHONE_FORMAT)
	void valueThatIsNoPhoneNumberIsAnInfo(String phone) {
		NoticeEdit notice = base().replace("puhelin \"+358 9 123 4567\"", "puhelin \"" + phone + "\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PHONE_FORMAT.code()), SelosteCheck.PHONE_FORMAT.code());
		assertLine(notice.lineOf("puhelin \"" + phone), issue);
		assertEquals(Severity.INFO, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "09 123 4567", "+358 (0)9 123 4567", "09-1234567", "0401234567", "029 566 6700" })
	@Covers(SelosteCheck.PHONE_FORMAT)
	void usualWaysToWriteAPhoneNumberAreAccepted(String phone) {
		assertIssuesOf(base().replace("puhelin \"+358 9 123 4567\"", "puhelin \"" + phone + "\""));
	}

	@Test
	@Covers(SelosteCheck.EMAIL_FORMAT)
	void obfuscatedAtSignIsReportedWithTheRepairedAddress() {
		for (String written : List.of("tietosuoja(at)testiyhtio.fi", "tietosuoja [at] testiyhtio.fi")) {
			NoticeEdit notice = base().replace("sähköposti \"tietosuoja@testiyhtio.fi\"", "sähköposti \"" + written + "\"");
			Issue issue = single(assertIssuesOf(notice, SelosteCheck.EMAIL_FORMAT.code()), SelosteCheck.EMAIL_FORMAT.code());
			assertLine(notice.lineOf(written), issue);
			assertData(issue, "tietosuoja@testiyhtio.fi");
		}
	}

	@Test
	@Covers(SelosteCheck.EMAIL_FORMAT)
	void addressThatCannotBeRepairedCarriesNoData() {
		Issue issue = single(assertIssuesOf(base().replace("sähköposti \"tietosuoja@testiyhtio.fi\"",
				"sähköposti \"tietosuoja@testiyhtio\""), SelosteCheck.EMAIL_FORMAT.code()), SelosteCheck.EMAIL_FORMAT.code());
		assertData(issue);
	}

	@Test
	@Covers(SelosteCheck.URL_FORMAT)
	void websiteWithoutSchemeIsReportedWithTheHttpsAddress() {
		NoticeEdit notice = base().replace("verkkosivu \"https://www.testiyhtio.fi\"", "verkkosivu \"www.testiyhtio.fi\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.URL_FORMAT.code()), SelosteCheck.URL_FORMAT.code());
		assertLine(notice.lineOf("verkkosivu \"www.testiyhtio.fi\""), issue);
		assertData(issue, "https://www.testiyhtio.fi");
		assertEquals(Severity.INFO, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.URL_FORMAT)
	void websiteThatIsNoAddressCarriesNoData() {
		Issue issue = single(assertIssuesOf(base().replace("verkkosivu \"https://www.testiyhtio.fi\"",
				"verkkosivu \"katso kotisivumme\""), SelosteCheck.URL_FORMAT.code()), SelosteCheck.URL_FORMAT.code());
		assertData(issue);
	}

	@Test
	@Covers(SelosteCheck.INSECURE_URL)
	void httpWebsiteIsReportedWithTheAddress() {
		NoticeEdit notice = base().replace("verkkosivu \"https://www.testiyhtio.fi\"", "verkkosivu \"http://www.testiyhtio.fi\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.INSECURE_URL.code()), SelosteCheck.INSECURE_URL.code());
		assertLine(notice.lineOf("verkkosivu \"http://"), issue);
		assertData(issue, "http://www.testiyhtio.fi");
	}

	@Test
	@Covers(SelosteCheck.INSECURE_URL)
	void everyHttpAddressInFreeTextIsReportedWithoutTheSentencePunctuation() {
		List<Issue> issues = assertIssuesOf(withDescription(
				"Katso http://www.testiyhtio.fi/tietosuoja. Evästeistä: http://www.testiyhtio.fi/evasteet, kiitos."),
				SelosteCheck.INSECURE_URL.code(), SelosteCheck.INSECURE_URL.code());
		assertEquals(List.of("http://www.testiyhtio.fi/evasteet", "http://www.testiyhtio.fi/tietosuoja"),
				withCode(issues, SelosteCheck.INSECURE_URL.code()).stream().map(i -> i.getData()[0]).sorted().toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "fi", "Fi" })
	@Covers(SelosteCheck.COUNTRY_CODE_INVALID)
	void countryCodeInLowerCaseIsReportedWithTheCode(String code) {
		NoticeEdit notice = base().replace("maa \"FI\"\n\t\t\ttiedot Yhteystiedot\n", "maa \"" + code + "\"\n\t\t\ttiedot Yhteystiedot\n");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.COUNTRY_CODE_INVALID.code()),
				SelosteCheck.COUNTRY_CODE_INVALID.code());
		assertLine(notice.lineOf("maa \"" + code + "\""), issue);
		assertData(issue, "FI");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Suomi", "UK", "EU", "FIN" })
	@Covers(SelosteCheck.COUNTRY_CODE_INVALID)
	void valueThatIsNoCountryCodeCarriesNoData(String country) {
		Issue issue = single(assertIssuesOf(base().replace("maa \"FI\"\n\t\t\ttiedot Yhteystiedot\n",
				"maa \"" + country + "\"\n\t\t\ttiedot Yhteystiedot\n"), SelosteCheck.COUNTRY_CODE_INVALID.code()),
				SelosteCheck.COUNTRY_CODE_INVALID.code());
		assertData(issue);
	}
}
