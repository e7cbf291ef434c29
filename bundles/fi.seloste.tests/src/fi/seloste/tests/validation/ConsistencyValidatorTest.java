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
	@Covers({ SelosteCheck.NO_TRANSFERS_CONTRADICTED, SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER })
	void wellKnownUsProviderNamedWithoutCountryContradictsNoTransfers(String label) {
		NoticeEdit notice = withoutTransfers().insertBefore("ei-siirtoja", """
				vastaanottaja Verkkoanalytiikka "%s" {
					tiedot Kayttotiedot
				}
				""".formatted(label));
		List<Issue> issues = assertIssuesOf(notice, SelosteCheck.NO_TRANSFERS_CONTRADICTED.code(),
				SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code());
		Issue contradicted = single(issues, SelosteCheck.NO_TRANSFERS_CONTRADICTED.code());
		assertData(contradicted, "Verkkoanalytiikka");
		assertTrue(contradicted.getMessage().contains("US"), contradicted.getMessage());
		assertData(single(issues, SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code()), "Verkkoanalytiikka");
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

	// ------------------------------------------------------------------ data categories

	@Test
	@Covers(SelosteCheck.UNUSED_DATA_CATEGORY)
	void categoryNoPurposeOrSourceUsesIsAnInfoOnTheCategory() {
		NoticeEdit notice = base().insertAfter("tietoryhmä Kayttotiedot", "tietoryhmä Sukupuoli \"sukupuoli\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.UNUSED_DATA_CATEGORY.code()),
				SelosteCheck.UNUSED_DATA_CATEGORY.code());
		assertLine(notice.lineOf("tietoryhmä Sukupuoli"), issue);
		assertEquals(Severity.INFO, issue.getSeverity());
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
	@Covers(SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT)
	void functionalCookieNeedsConsentToo() {
		assertIssuesOf(base().replace("luokka välttämätön", "luokka toiminnallinen"),
				SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT.code());
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
		NoticeEdit notice = base().replace("tarjoaja Asiakasrekisteri.Mittaus", "tarjoaja Yhtiö.Mainos");
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
