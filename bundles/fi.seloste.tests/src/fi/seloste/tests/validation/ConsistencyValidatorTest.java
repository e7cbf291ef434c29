package fi.seloste.tests.validation;

import static fi.seloste.tests.validation.NoticeEdit.base;
import static fi.seloste.tests.validation.ValidationAssert.assertData;
import static fi.seloste.tests.validation.ValidationAssert.assertIssues;
import static fi.seloste.tests.validation.ValidationAssert.assertLine;
import static fi.seloste.tests.validation.ValidationAssert.single;
import static fi.seloste.tests.validation.ValidationAssert.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@code ConsistencyValidator}: the notice agrees with itself (transfers, cookies, profiling, retention
 * ranges, dates and names). Each case is the clean base notice with one small edit.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class ConsistencyValidatorTest {

	private static final String NO_TRANSFERS = "ei-siirtoja \"Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\"";

	@Inject
	private SelosteTestModels models;

	private List<Issue> assertIssuesOf(NoticeEdit notice, String... codes) {
		return assertIssues(models.parse(notice.text()), codes);
	}

	/** The base notice with every processor in Finland and the statement that nothing leaves the EU/EEA. */
	private static NoticeEdit withoutTransfers() {
		return base().replace("maa \"US\"", "maa \"FI\"").removeBlock("siirto Tukisiirto {")
				.insertAfterBlock("käsittelijä Tukipalvelu", NO_TRANSFERS);
	}

	/** Loads an organisation file and the notice into one resource set; returns the notice. */
	private XtextResource withOrganisation(String organisation, NoticeEdit notice) {
		XtextResourceSet set = models.newResourceSet();
		models.add(set, "memory:/organisaatio.seloste", organisation);
		XtextResource resource = models.add(set, "memory:/seloste.seloste", notice.text());
		EcoreUtil.resolveAll(set);
		return resource;
	}

	// ------------------------------------------------------------------ transfers outside the EU/EEA

	@Test
	@Covers({ SelosteCheck.NO_TRANSFERS_CONTRADICTED, SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER })
	void noTransfersWithEveryPartyInTheEeaIsConsistent() {
		assertIssuesOf(withoutTransfers());
	}

	@Test
	@Covers({ SelosteCheck.NO_TRANSFERS_CONTRADICTED, SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER })
	void noTransfersWithAProcessorInTheUsIsContradicted() {
		NoticeEdit notice = base().removeBlock("siirto Tukisiirto {").insertAfterBlock("käsittelijä Tukipalvelu", NO_TRANSFERS);
		List<Issue> issues = assertIssuesOf(notice, SelosteCheck.NO_TRANSFERS_CONTRADICTED.code(),
				SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code());
		Issue contradicted = single(issues, SelosteCheck.NO_TRANSFERS_CONTRADICTED.code());
		assertLine(notice.lineOf("ei-siirtoja"), contradicted);
		assertData(contradicted, "Tukipalvelu");
		assertTrue(contradicted.getMessage().contains("'Tukipalvelu'") && contradicted.getMessage().contains("US"),
				contradicted.getMessage());
	}

	@Test
	@Covers(SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
	void aProcessorOfTheWholeNoticeInAThirdCountryIsReportedOnItsDeclaration() {
		// once a stack trace: the notice-level party was reported with a feature of the register
		NoticeEdit notice = base().insertAfter("kuvaus \"Kerromme", """
				käsittelijä Varmuuskopio "Backup Inc., varmuuskopiot" {
					maa "US"
				}
				""");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code()),
				SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code());
		assertLine(notice.lineOf("käsittelijä Varmuuskopio"), issue);
	}

	@Test
	@Covers(SelosteCheck.NO_TRANSFERS_CONTRADICTED)
	void noTransfersBesideADescribedTransferIsContradicted() {
		assertIssuesOf(base().insertAfterBlock("siirto Tukisiirto {", NO_TRANSFERS), SelosteCheck.NO_TRANSFERS_CONTRADICTED.code());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Google Analytics", "Googlen analytiikkapalvelu", "Facebookin Tykkää-nappi",
			"Mailchimp", "Microsoft Azure -pilvipalvelu" })
	@Covers({ SelosteCheck.PROVIDER_LOCATION_UNVERIFIED, SelosteCheck.NO_TRANSFERS_CONTRADICTED,
			SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER })
	void wellKnownProviderNamedWithoutCountryIsAQuestionNotAContradiction(String label) {
		// the country is only guessed from the name: Google, Microsoft or AWS may process the data in the EU
		NoticeEdit notice = withoutTransfers().insertBefore("ei-siirtoja", """
				vastaanottaja Verkkoanalytiikka "%s" {
					tiedot Kayttotiedot
				}
				""".formatted(label));
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PROVIDER_LOCATION_UNVERIFIED.code()),
				SelosteCheck.PROVIDER_LOCATION_UNVERIFIED.code());
		assertLine(notice.lineOf("vastaanottaja Verkkoanalytiikka"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertData(issue, "Verkkoanalytiikka");
		assertTrue(issue.getMessage().startsWith("Tarkista, käsitteleekö 'Verkkoanalytiikka' tietoja EU:n tai ETA:n "
				+ "ulkopuolella, ja ilmoita sen maa."), issue.getMessage());
		assertFalse(issue.getMessage().contains("US"), "a guessed country is not stated: " + issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.PROVIDER_LOCATION_UNVERIFIED)
	void wellKnownProviderWithADescribedTransferIsNoQuestion() {
		// the transfer still names no country (completeness: transferCountryMissing), but the provider is no question
		assertIssuesOf(base().replace("nimi \"Tuki Inc.\"", "nimi \"Google Cloud\"").removeLine("maa \"US\""),
				SelosteCheck.TRANSFER_COUNTRY_MISSING.code());
	}

	@Test
	@Covers(SelosteCheck.PROVIDER_LOCATION_UNVERIFIED)
	void aProviderOfTheWholeNoticeIsAskedAboutOnceWhateverTheNumberOfRegisters() {
		NoticeEdit notice = base().insertAfter("kuvaus \"Kerromme", "vastaanottaja Verkkoanalytiikka \"Google Analytics\"")
				.insertBefore("tietojen-antaminen sopimuksen-edellytys", """
						rekisteri Palvelu "asiakkaiden lukuun käsiteltävät tiedot" {
							rooli käsittelijä lukuun "asiakasyritys"
						}
						""");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PROVIDER_LOCATION_UNVERIFIED.code()),
				SelosteCheck.PROVIDER_LOCATION_UNVERIFIED.code());
		assertLine(notice.lineOf("vastaanottaja Verkkoanalytiikka"), issue);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AX", "GF", "GP", "MQ", "RE", "YT", "MF" })
	@Covers({ SelosteCheck.NO_TRANSFERS_CONTRADICTED, SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER })
	void alandAndTheOutermostRegionsAreInTheEu(String code) {
		assertIssuesOf(base().replace("maa \"US\"", "maa \"" + code + "\"").removeBlock("siirto Tukisiirto {")
				.insertAfterBlock("käsittelijä Tukipalvelu", NO_TRANSFERS));
	}

	@ParameterizedTest
	@ValueSource(strings = { "GL", "FO", "BL", "SJ" })
	@Covers(SelosteCheck.NO_TRANSFERS_CONTRADICTED)
	void territoriesOutsideTheEuAndTheEeaAreThirdCountries(String code) {
		// Greenland, the Faroe Islands, Saint-Barthélemy (overseas countries) and Svalbard (outside the EEA Agreement)
		NoticeEdit notice = base().replace("maa \"US\"", "maa \"" + code + "\"").removeBlock("siirto Tukisiirto {")
				.insertAfterBlock("käsittelijä Tukipalvelu", NO_TRANSFERS);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.NO_TRANSFERS_CONTRADICTED.code(),
				SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code()), SelosteCheck.NO_TRANSFERS_CONTRADICTED.code());
		assertTrue(issue.getMessage().startsWith("Selosteen mukaan tietoja ei siirretä EU:n tai ETA:n ulkopuolelle, mutta "
				+ "'Tukipalvelu' sijaitsee sen ulkopuolella (maa " + code + ")."), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.NO_TRANSFERS_CONTRADICTED)
	void statedCountryOfAWellKnownProviderWins() {
		assertIssuesOf(withoutTransfers().insertBefore("ei-siirtoja", """
				vastaanottaja Verkkoanalytiikka "Google Analytics" {
					nimi "Google Ireland Limited"
					maa "IE"
					tiedot Kayttotiedot
				}
				"""));
	}

	@Test
	@Covers(SelosteCheck.NO_TRANSFERS_CONTRADICTED)
	void namesThatOnlyResembleAProviderAreNoTransfer() {
		assertIssuesOf(withoutTransfers().insertBefore("ei-siirtoja", """
				vastaanottaja Kuvapalvelu "Zoomaus Oy, kuvankäsittely" {
					tiedot Kayttotiedot
				}
				vastaanottaja Googleplex "Googleplex-kahvila" {
					tiedot Kayttotiedot
				}
				"""));
	}

	@Test
	@Covers(SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
	void processorInTheUsWithoutTransferIsReportedOnTheProcessorWithItsName() {
		NoticeEdit notice = base().removeBlock("siirto Tukisiirto {");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code()),
				SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code());
		assertLine(notice.lineOf("käsittelijä Tukipalvelu"), issue);
		assertData(issue, "Tukipalvelu");
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().startsWith("'Tukipalvelu' sijaitsee EU:n tai ETA:n ulkopuolella (maa US), mutta sille "
				+ "tapahtuvaa siirtoa ei ole kuvattu."), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
	void transferWithoutNamedRecipientCoversEveryParty() {
		assertIssuesOf(base().removeLine("vastaanottaja Tukipalvelu"));
	}

	@Test
	@Covers(SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
	void processorUsedFromTheOrganisationIsReportedOnTheUseWithItsQualifiedName() {
		NoticeEdit notice = base().removeBlock("siirto Tukisiirto {").replace("maa \"US\"", "maa \"FI\"")
				.insertAfter("rooli rekisterinpitäjä", "käytä Yhtiö.Tuki");
		XtextResource resource = withOrganisation("""
				organisaatio Yhtiö {
					käsittelijä Tuki "Tuki Inc., tikettijärjestelmä" {
						maa "US"
					}
				}
				""", notice);
		Issue issue = single(assertIssues(resource, SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code()),
				SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code());
		assertLine(notice.lineOf("käytä Yhtiö.Tuki"), issue);
		assertData(issue, "Yhtiö.Tuki");
	}

	// ------------------------------------------------------------------ recipients

	@Test
	@Covers(SelosteCheck.RECIPIENTS_CONTRADICTED)
	void noRecipientsBesideANamedRecipientIsContradicted() {
		NoticeEdit notice = base().insertAfter("rooli rekisterinpitäjä", "ei-vastaanottajia \"Tietoja ei luovuteta.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RECIPIENTS_CONTRADICTED.code()),
				SelosteCheck.RECIPIENTS_CONTRADICTED.code());
		assertLine(notice.lineOf("ei-vastaanottajia"), issue);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("'Asiakasrekisteri'") && issue.getMessage().contains("(Kuljetus)"),
				issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.RECIPIENTS_CONTRADICTED)
	void noRecipientsBesideProcessorsOnlyIsConsistent() {
		// the documents say "disclosed to no one but the processors named above" (StatedFactsTest)
		assertIssuesOf(base().removeBlock("vastaanottaja Kuljetus").insertAfter("rooli rekisterinpitäjä", "ei-vastaanottajia"));
	}

	@Test
	@Covers(SelosteCheck.RECIPIENTS_CONTRADICTED)
	void anAuthorityIsNoRecipient() {
		assertIssuesOf(base().replace("vastaanottaja Kuljetus", "viranomainen Kuljetus")
				.insertAfter("rooli rekisterinpitäjä", "ei-vastaanottajia"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "käsittelijä Kumppanit \"valikoidut yhteistyökumppanit\"",
			"vastaanottaja Kumppanit \"tavarantoimittajat\" {\n\tkuvaus \"Tietoja luovutetaan rekisterinpitäjän harkinnan perusteella.\"\n}",
			"vastaanottaja Kumppanit \"our business partners\"" })
	@Covers(SelosteCheck.RECIPIENTS_VAGUE)
	void recipientsDescribedAsPartnersOrAtDiscretionAreVague(String party) {
		NoticeEdit notice = base().insertBefore("siirto Tukisiirto {", party + "\n");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RECIPIENTS_VAGUE.code()), SelosteCheck.RECIPIENTS_VAGUE.code());
		assertLine(notice.lineOf("Kumppanit"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@ParameterizedTest
	@ValueSource(strings = { "vastaanottaja Kumppani \"Kumppani Oy, kuljetukset\"",
			"viranomainen Poliisi \"poliisi harkintansa mukaan esitutkinnassa\"" })
	@Covers(SelosteCheck.RECIPIENTS_VAGUE)
	void aNamedRecipientAndAnAuthorityAreNotVague(String party) {
		assertIssuesOf(base().insertBefore("siirto Tukisiirto {", party + "\n"));
	}

	// ------------------------------------------------------------------ data categories

	@Test
	@Covers(SelosteCheck.UNUSED_DATA_CATEGORY)
	void categoryNoPurposeOrSourceUsesIsAnInfoOnTheCategory() {
		NoticeEdit notice = base().insertAfter("tietoryhmä Kayttotiedot", "tietoryhmä Sukupuoli \"sukupuoli\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.UNUSED_DATA_CATEGORY.code()),
				SelosteCheck.UNUSED_DATA_CATEGORY.code());
		assertLine(notice.lineOf("tietoryhmä Sukupuoli"), issue);
		assertEquals(Severity.INFO, issue.getSeverity());
		assertTrue(issue.getMessage().startsWith("Tietoryhmää 'Sukupuoli' ei ole liitetty yhteenkään käsittelyn "
				+ "tarkoitukseen."), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.UNUSED_DATA_CATEGORY)
	void categoryNamedOnlyBySourceIsInUse() {
		assertIssuesOf(base().insertAfter("tietoryhmä Kayttotiedot", "tietoryhmä Sukupuoli \"sukupuoli\"")
				.replace("tiedot Laskutustiedot", "tiedot Laskutustiedot, Sukupuoli"));
	}

	// ------------------------------------------------------------------ cookies

	@Test
	@Covers(SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT)
	void analyticsCookieWithoutConsentIsReportedOnTheCookie() {
		NoticeEdit notice = base().replace("peruste suostumus \"Eväste asetetaan vain suostumuksellasi.\"",
				"peruste oikeutettu-etu \"kävijämäärien seuranta\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT.code()),
				SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT.code());
		assertLine(notice.lineOf("eväste Analytiikkaeväste"), issue);
	}

	@Test
	@Covers({ SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT, SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT })
	void functionalCookieThatStoresAChoiceNeedsNoConsent() {
		// 917/2014 205 § 3 mom.: storing the user's own choice (the shopping cart) is strictly necessary
		assertIssuesOf(base().replace("luokka välttämätön", "luokka toiminnallinen"));
	}

	@Test
	@Covers(SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT)
	void functionalCookieWhoseWordsShowTrackingNeedsConsent() {
		NoticeEdit notice = base().replace("luokka analytiikka", "luokka toiminnallinen")
				.removeLine("peruste suostumus \"Eväste asetetaan vain suostumuksellasi.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT.code()),
				SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT.code());
		assertLine(notice.lineOf("eväste Analytiikkaeväste"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("('analytiikkaeväste')"), issue.getMessage());
	}

	@Test
	@Covers({ SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT, SelosteCheck.COOKIE_TYPE_MISSING })
	void untypedCookieWithoutBasisWhoseWordsShowTrackingNeedsConsent() {
		NoticeEdit notice = base().removeLine("luokka analytiikka")
				.removeLine("peruste suostumus \"Eväste asetetaan vain suostumuksellasi.\"")
				.replace("tarkoitus \"käyntien tilastointi\"", "tarkoitus \"kävijöiden seuranta\"");
		List<Issue> issues = assertIssuesOf(notice, SelosteCheck.COOKIE_TYPE_MISSING.code(),
				SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT.code());
		assertLine(notice.lineOf("eväste Analytiikkaeväste"), single(issues, SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT.code()));
	}

	@Test
	@Covers(SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT)
	void untypedCookieWithConsentIsOnlyMissingItsType() {
		assertIssuesOf(base().removeLine("luokka analytiikka"), SelosteCheck.COOKIE_TYPE_MISSING.code());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.",
			"By continuing to browse the site you accept cookies.",
			"Genom att fortsätta använda webbplatsen godkänner du kakor." })
	@Covers(SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM)
	void consentByContinuingToUseTheSiteIsNoConsent(String policy) {
		NoticeEdit notice = base().replace("Voit antaa tai peruuttaa suostumuksesi evästeisiin sivun alalaidan evästeasetuksista.",
				policy);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM.code()),
				SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM.code());
		assertLine(notice.lineOf("evästekäytäntö"), issue);
		assertEquals(Severity.ERROR, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM)
	void browserSettingsAsTheWayToRefuseIsNoConsent() {
		NoticeEdit notice = base().removeLine("peruste suostumus \"Eväste asetetaan vain suostumuksellasi.\"").replace(
				"Voit antaa tai peruuttaa suostumuksesi evästeisiin sivun alalaidan evästeasetuksista.",
				"Jos et halua evästeitä, voit estää ne selaimesi asetuksista.");
		List<Issue> issues = assertIssuesOf(notice, SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT.code(),
				SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM.code());
		Issue issue = single(issues, SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM.code());
		assertLine(notice.lineOf("evästekäytäntö"), issue);
		assertTrue(issue.getMessage().contains("'selaimesi asetuksista'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM)
	void browserSettingsBesideConsentAreUsefulAdvice() {
		assertIssuesOf(base().replace("Voit antaa tai peruuttaa suostumuksesi evästeisiin sivun alalaidan evästeasetuksista.",
				"Voit antaa tai peruuttaa suostumuksesi evästeasetuksista. Voit myös poistaa evästeet selaimesi asetuksista."));
	}

	@Test
	@Covers(SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT)
	void essentialCookieNeedsNoConsent() {
		assertIssuesOf(base().removeLine("peruste sopimus \"Eväste on välttämätön"));
	}

	@Test
	@Covers(SelosteCheck.COOKIE_TYPE_MISSING)
	void cookieWithoutTypeIsAWarningOnTheCookie() {
		NoticeEdit notice = base().removeLine("luokka välttämätön");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.COOKIE_TYPE_MISSING.code()),
				SelosteCheck.COOKIE_TYPE_MISSING.code());
		assertLine(notice.lineOf("eväste Istunto"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.COOKIE_PROVIDER_MISSING)
	void analyticsCookieWithoutProviderIsAWarning() {
		NoticeEdit notice = base().removeLine("tarjoaja Asiakasrekisteri.Mittaus");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.COOKIE_PROVIDER_MISSING.code()),
				SelosteCheck.COOKIE_PROVIDER_MISSING.code());
		assertLine(notice.lineOf("eväste Analytiikkaeväste"), issue);
	}

	@Test
	@Covers(SelosteCheck.COOKIE_PROVIDER_MISSING)
	void marketingCookieWithoutProviderIsAWarningToo() {
		assertIssuesOf(base().removeLine("tarjoaja Asiakasrekisteri.Mittaus").replace("luokka analytiikka", "luokka markkinointi"),
				SelosteCheck.COOKIE_PROVIDER_MISSING.code());
	}

	@Test
	@Covers(SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT)
	void cookieProviderThatNoRegisterDisclosesToIsReportedOnTheProvider() {
		// imported, so the notice sees it (issue 10), but not brought into any register
		NoticeEdit notice = base().replace("tarjoaja Asiakasrekisteri.Mittaus", "tarjoaja Yhtiö.Mainos")
				.insertBefore("seloste Testiseloste {", "tuo Yhtiö.*");
		Issue issue = single(assertIssues(withOrganisation(ORGANISATION_WITH_AD_NETWORK, notice),
				SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT.code()), SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT.code());
		assertLine(notice.lineOf("tarjoaja Yhtiö.Mainos"), issue);
		assertTrue(issue.getMessage().contains("'Mainos'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT)
	void cookieProviderBroughtIntoARegisterIsARecipient() {
		NoticeEdit notice = base().replace("tarjoaja Asiakasrekisteri.Mittaus", "tarjoaja Yhtiö.Mainos")
				.insertAfter("rooli rekisterinpitäjä", "käytä Yhtiö.Mainos");
		assertIssues(withOrganisation(ORGANISATION_WITH_AD_NETWORK, notice));
	}

	@Test
	@Covers(SelosteCheck.COOKIE_LIFETIME_MISSING)
	void cookieWithoutLifetimeIsAWarningOnTheCookie() {
		NoticeEdit notice = base().removeLine("kesto 13 kuukautta");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.COOKIE_LIFETIME_MISSING.code()),
				SelosteCheck.COOKIE_LIFETIME_MISSING.code());
		assertLine(notice.lineOf("eväste Analytiikkaeväste"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.COOKIE_LIFETIME_MISSING)
	void essentialCookieStatesItsLifetimeToo() {
		assertIssuesOf(base().removeLine("kesto istunto"), SelosteCheck.COOKIE_LIFETIME_MISSING.code());
	}

	@Test
	@Covers(SelosteCheck.COOKIE_LIFETIME_MISSING)
	void criteriaAreALifetime() {
		assertIssuesOf(base().replace("kesto 13 kuukautta", "kesto kriteeri \"kunnes suostumus peruutetaan\""));
	}

	private static final String ORGANISATION_WITH_AD_NETWORK = """
			organisaatio Yhtiö {
				käsittelijä Mainos "Mainosverkko Oy" {
					maa "FI"
				}
			}
			""";

	// ------------------------------------------------------------------ profiling and roles

	@Test
	@Covers(SelosteCheck.PROFILING_WITHOUT_STATEMENT)
	void profilingPurposeWithoutStatementIsReportedOnThePurpose() {
		NoticeEdit notice = base().insertBefore("peruste suostumus \"Analytiikkaevästeet", "profilointi");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PROFILING_WITHOUT_STATEMENT.code()),
				SelosteCheck.PROFILING_WITHOUT_STATEMENT.code());
		assertLine(notice.lineOf("tarkoitus Analytiikka"), issue);
	}

	@Test
	@Covers(SelosteCheck.PROFILING_WITHOUT_STATEMENT)
	void profilingPurposeWithProfilingInUseIsConsistent() {
		assertIssuesOf(base().insertBefore("peruste suostumus \"Analytiikkaevästeet", "profilointi").replace(
				"profilointi ei-käytössä \"Emme profiloi asiakkaitamme.\"",
				"profilointi käytössä \"Profiloimme kävijöitä.\" {\n\t\tlogiikka \"käyntien luokittelu\"\n\t\tmerkitys \"näet kiinnostuksesi mukaisia tarjouksia\"\n\t\tseuraukset \"tarjousten kohdentaminen\"\n\t}"));
	}

	@Test
	@Covers(SelosteCheck.PROFILING_UNDECLARED)
	void purposeWordedAsTargetingWithoutProfilingStatementIsAWarning() {
		NoticeEdit notice = base().replace("tarkoitus Analytiikka \"verkkokaupan käytön tilastointi\"",
				"tarkoitus Analytiikka \"käytön tilastointi ja kohdennettu mainonta\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PROFILING_UNDECLARED.code()),
				SelosteCheck.PROFILING_UNDECLARED.code());
		assertLine(notice.lineOf("tarkoitus Analytiikka"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().startsWith("Ilmaus 'kohdennettu' (kohdassa 'Analytiikka')"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.PROFILING_UNDECLARED)
	void dataCategoryWordedAsTargetingWithoutProfilingStatementIsAWarning() {
		NoticeEdit notice = base().replace("\"verkkosivuston käyttötiedot ja evästetunnisteet\"",
				"\"verkkosivuston käyttötiedot ja kohdennettuun sisältöön käytetyt tunnisteet\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PROFILING_UNDECLARED.code()),
				SelosteCheck.PROFILING_UNDECLARED.code());
		assertLine(notice.lineOf("tietoryhmä Kayttotiedot"), issue);
	}

	@Test
	@Covers(SelosteCheck.PROFILING_UNDECLARED)
	void targetingWithProfilingInUseIsDeclared() {
		assertIssuesOf(base().replace("tarkoitus Analytiikka \"verkkokaupan käytön tilastointi\"",
				"tarkoitus Analytiikka \"käytön tilastointi ja kohdennettu mainonta\"").replace(
				"profilointi ei-käytössä \"Emme profiloi asiakkaitamme.\"",
				"profilointi käytössä \"Profiloimme kävijöitä.\" {\n\t\tlogiikka \"käyntien luokittelu\"\n\t\tmerkitys \"näet kiinnostuksesi mukaisia tarjouksia\"\n\t\tseuraukset \"tarjousten kohdentaminen\"\n\t}"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "kuvaus \"Emme kohdenna mainontaa.\"", "kuvaus \"Kävijämääriä analysoidaan tilastollisesti.\"" })
	@Covers(SelosteCheck.PROFILING_UNDECLARED)
	void denyingOrMerelyAnalysingIsNoProfiling(String detail) {
		assertIssuesOf(base().insertAfter("peruste suostumus \"Analytiikkaevästeet", detail));
	}

	@Test
	@Covers(SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER)
	void processorRegisterWithoutClientIsReportedOnTheRole() {
		NoticeEdit notice = base().insertBefore("tietojen-antaminen sopimuksen-edellytys", """
				rekisteri Palvelu "asiakkaiden lukuun käsiteltävät tiedot" {
					rooli käsittelijä
				}
				""");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER.code()),
				SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER.code());
		assertLine(notice.lineOf("rooli käsittelijä"), issue);
	}

	@Test
	@Covers(SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER)
	void processorRegisterNamingItsClientIsAccepted() {
		assertIssuesOf(base().insertBefore("tietojen-antaminen sopimuksen-edellytys", """
				rekisteri Palvelu "asiakkaiden lukuun käsiteltävät tiedot" {
					rooli käsittelijä lukuun "asiakasyritys"
				}
				"""));
	}

	// ------------------------------------------------------------------ texts of the rights

	@Test
	@Covers(SelosteCheck.RIGHTS_MISSTATED)
	void objectionOnlyToUnlawfulProcessingMisstatesTheRight() {
		NoticeEdit notice = base().replace("\"Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä.\"",
				"\"Voit vastustaa käsittelyä, jos katsot sen olevan lainvastaista.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RIGHTS_MISSTATED.code()), SelosteCheck.RIGHTS_MISSTATED.code());
		assertLine(notice.lineOf("oikeus vastustus"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().startsWith("Ilmaus 'lainvastaista' antaa rekisteröidyn oikeuksista väärän kuvan: "
				+ "vastustamisoikeus ei edellytä"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.RIGHTS_MISSTATED)
	void requestsOnlyBySignedLetterOrVisitMisstateTheRights() {
		NoticeEdit notice = base().replace("käyttö \"Lähetä pyyntösi osoitteeseen tietosuoja@testiyhtio.fi.\"",
				"käyttö \"Pyyntö on tehtävä omakätisesti allekirjoitetulla kirjeellä tai henkilökohtaisesti toimipisteessämme.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RIGHTS_MISSTATED.code()), SelosteCheck.RIGHTS_MISSTATED.code());
		assertLine(notice.lineOf("käyttö \"Pyyntö"), issue);
		assertTrue(issue.getMessage().contains("'omakätisesti allekirjoitetulla'")
				&& issue.getMessage().contains("allekirjoitettuun kirjeeseen"), issue.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "käyttö \"Lähetä pyyntösi sähköpostitse tai allekirjoitettuna kirjeenä.\"",
			"käyttö \"Send your request by e-mail or as a signed letter.\"",
			"oikeus vastustus \"Voit vastustaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella.\"" })
	@Covers(SelosteCheck.RIGHTS_MISSTATED)
	void signedLetterBesideAnElectronicWayAndAnUnconditionalObjectionAreRight(String line) {
		NoticeEdit notice = line.startsWith("käyttö") ? base().replace("käyttö \"Lähetä pyyntösi osoitteeseen tietosuoja@testiyhtio.fi.\"", line)
				: base().replace("oikeus vastustus \"Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä.\"", line);
		assertIssuesOf(notice);
	}

	// ------------------------------------------------------------------ retention periods

	private static final String SECURITY_RETENTION = "säilytys enintään 12 kuukautta alkaen keräys";

	@ParameterizedTest
	@ValueSource(strings = { "12-6 kuukautta alkaen keräys", "6-6 kuukautta alkaen keräys", "12–6 kuukautta" })
	@Covers(SelosteCheck.RETENTION_RANGE_INVALID)
	void emptyOrReversedRangeIsReportedOnThePeriod(String period) {
		NoticeEdit notice = base().replace(SECURITY_RETENTION, "säilytys " + period);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RETENTION_RANGE_INVALID.code()),
				SelosteCheck.RETENTION_RANGE_INVALID.code());
		assertLine(notice.lineOf("säilytys " + period), issue);
	}

	@ParameterizedTest
	@ValueSource(strings = { "6-12 kuukautta alkaen keräys", "6–12 kuukautta" })
	@Covers(SelosteCheck.RETENTION_RANGE_INVALID)
	void ascendingRangeIsAccepted(String period) {
		assertIssuesOf(base().replace(SECURITY_RETENTION, "säilytys " + period));
	}

	@ParameterizedTest
	@ValueSource(strings = { "enintään 0 kuukautta alkaen keräys", "0-12 kuukautta", "kunnes keräys + 0 päivää" })
	@Covers(SelosteCheck.RETENTION_NOT_POSITIVE)
	void periodOfZeroIsReported(String period) {
		NoticeEdit notice = base().replace(SECURITY_RETENTION, "säilytys " + period);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.RETENTION_NOT_POSITIVE.code()),
				SelosteCheck.RETENTION_NOT_POSITIVE.code());
		assertLine(notice.lineOf("säilytys " + period), issue);
	}

	// ------------------------------------------------------------------ dates

	@Test
	@Covers(SelosteCheck.DATES_OUT_OF_ORDER)
	void dateBeforeTheNoticeWasDrawnUpIsAWarningOnThatDate() {
		NoticeEdit notice = base().replace("päivitetty 2025-06-01", "päivitetty 2024-12-31");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.DATES_OUT_OF_ORDER.code()),
				SelosteCheck.DATES_OUT_OF_ORDER.code());
		assertLine(notice.lineOf("päivitetty 2024-12-31"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("2024-12-31") && issue.getMessage().contains("2025-01-15"),
				issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.DATES_OUT_OF_ORDER)
	void withoutCreationDateThereIsNoOrderToCheck() {
		assertIssuesOf(base().removeLine("laadittu 2025-01-15").replace("päivitetty 2025-06-01", "päivitetty 2024-12-31"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "päivitetty 2999-01-01", "muutos 2999-01-01 \"Lisätty uutiskirje.\"" })
	@Covers(SelosteCheck.DATE_IN_FUTURE)
	void dateInTheFutureIsAWarning(String entry) {
		NoticeEdit notice = entry.startsWith("muutos") ? base().replace("muutos 2025-06-01 \"Lisätty uutiskirje.\"", entry)
				: base().replace("päivitetty 2025-06-01", entry);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.DATE_IN_FUTURE.code()), SelosteCheck.DATE_IN_FUTURE.code());
		assertLine(notice.lineOf("2999-01-01"), issue);
	}

	@ParameterizedTest
	@ValueSource(strings = { "päivitetty 2025-02-30", "päivitetty 2025-13-01", "päivitetty 2025-2-3",
			"muutos 2025-02-29 \"Lisätty uutiskirje.\"" })
	@Covers(SelosteCheck.DATE_INVALID)
	void dateThatIsNotOnTheCalendarIsReported(String entry) {
		NoticeEdit notice = entry.startsWith("muutos") ? base().replace("muutos 2025-06-01 \"Lisätty uutiskirje.\"", entry)
				: base().replace("päivitetty 2025-06-01", entry);
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.DATE_INVALID.code()), SelosteCheck.DATE_INVALID.code());
		assertLine(notice.lineOf(entry.substring(0, entry.indexOf(' '))), issue);
	}

	@Test
	@Covers(SelosteCheck.DATE_IN_FUTURE)
	void effectiveDateMayLieAhead() {
		// a notice is published before it takes effect (WP260 paras 29-30)
		assertIssuesOf(base().replace("voimassa 2025-02-01", "voimassa 2999-01-01"));
	}

	@Test
	@Covers(SelosteCheck.DATE_INVALID)
	void leapDayIsADate() {
		assertIssuesOf(base().replace("laadittu 2025-01-15", "laadittu 2024-02-29"));
	}

	// ------------------------------------------------------------------ names and repeated entries

	@Test
	@Covers(SelosteCheck.DUPLICATE_NAME)
	void nameDeclaredTwiceIsAnErrorOnBothDeclarations() {
		NoticeEdit notice = base().insertAfter("rekisteröidyt Kavijat", "rekisteröidyt Asiakkaat \"kanta-asiakkaat\"");
		List<Issue> issues = withCode(assertIssuesOf(notice, SelosteCheck.DUPLICATE_NAME.code(),
				SelosteCheck.DUPLICATE_NAME.code()), SelosteCheck.DUPLICATE_NAME.code());
		assertEquals(List.of(notice.lineOf("rekisteröidyt Asiakkaat \"verkkokaupan"),
				notice.lineOf("rekisteröidyt Asiakkaat \"kanta-asiakkaat\"")),
				issues.stream().map(Issue::getLineNumber).toList());
		assertTrue(issues.stream().allMatch(i -> i.getMessage().contains("'Asiakkaat'")), ValidationAssert.describe(issues));
	}

	@Test
	@Covers(SelosteCheck.DUPLICATE_NAME)
	void sameNameInTwoRegistersIsNoDuplicate() {
		assertIssuesOf(base().insertBefore("tietojen-antaminen sopimuksen-edellytys", """
				rekisteri Palvelu "asiakkaiden lukuun käsiteltävät tiedot" {
					rooli käsittelijä lukuun "asiakasyritys"
					rekisteröidyt Asiakkaat "asiakasyritysten asiakkaat"
				}
				"""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "oikeus poisto \"Voit pyytää tietojesi poistamista.\"", "kielet fi", "päivitetty 2025-06-01",
			"vastausaika 1 kuukausi", "otsikko \"Tietosuojaseloste – Testiyhtiö Oy:n asiakasrekisteri\"",
			"versio \"1.1\"" })
	@Covers(SelosteCheck.DUPLICATE_ENTRY)
	void statementMadeTwiceIsAWarningOnTheRepetition(String line) {
		NoticeEdit notice = base().insertAfter(line, line.replace("\"1.1\"", "\"1.2\""));
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.DUPLICATE_ENTRY.code()), SelosteCheck.DUPLICATE_ENTRY.code());
		assertLine(base().lineOf(line) + 1, issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.DUPLICATE_ENTRY)
	void sameLegalBasisTwiceInAPurposeIsRepeated() {
		assertIssuesOf(base().insertAfter("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen",
				"peruste sopimus \"Toinen perustelu.\""), SelosteCheck.DUPLICATE_ENTRY.code());
	}

	@Test
	@Covers(SelosteCheck.DUPLICATE_ENTRY)
	void differentDatesAndBasesAreNoRepetition() {
		assertIssuesOf(base().insertAfter("peruste sopimus \"Käsittely on tarpeen kauppasopimuksen",
				"peruste oikeutettu-etu \"Asiakassuhteen hoitaminen.\""));
	}
}
