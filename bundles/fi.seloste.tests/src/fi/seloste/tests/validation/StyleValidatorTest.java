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

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.validation.SelosteCheck;

/**
 * {@code StyleValidator}: one keyword language per file, every text in every output language, nothing
 * empty or unfinished, no unused organisation declaration. Cases are the clean base notice with one
 * edit; the bilingual cases edit the clean English example {@code examples/privacy-notice.seloste}
 * (output languages en, fi), which {@code ExampleDiagnosticsTest} keeps free of diagnostics.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class StyleValidatorTest {

	private static final String TITLE = "otsikko \"Tietosuojaseloste – Testiyhtiö Oy:n asiakasrekisteri\"";
	private static final String DESCRIPTION = "kuvaus \"Kerromme, miten käsittelemme verkkokauppamme asiakkaiden henkilötietoja.\"";

	@Inject
	private SelosteTestModels models;

	@Inject
	private KeywordTranslator translator;

	private List<Issue> assertIssuesOf(NoticeEdit notice, String... codes) {
		return assertIssues(models.parse(notice.text()), codes);
	}

	/** The clean example with English keywords and texts in English and Finnish. */
	private static NoticeEdit bilingualExample() {
		return NoticeEdit.of(Fixtures.read(Fixtures.examples().resolve("privacy-notice.seloste")));
	}

	// ------------------------------------------------------------------ keyword language

	@Test
	@Covers(SelosteCheck.MIXED_KEYWORD_LANGUAGES)
	void englishKeywordInAFinnishFileIsAWarningAtThatKeyword() {
		NoticeEdit notice = base().replace(TITLE, TITLE.replace("otsikko", "title"));
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.MIXED_KEYWORD_LANGUAGES.code()),
				SelosteCheck.MIXED_KEYWORD_LANGUAGES.code());
		assertLine(notice.lineOf("title \"Tietosuojaseloste"), issue);
		assertEquals(notice.columnOf("title \"Tietosuojaseloste"), issue.getColumn());
		assertEquals("title".length(), issue.getLength());
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertData(issue, "fi"); // the language to translate the file into
		assertTrue(issue.getMessage().contains("1 englanniksi"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.MIXED_KEYWORD_LANGUAGES)
	void mixedFileIsReportedOnceAtItsFirstMinorityKeyword() {
		NoticeEdit notice = base().replace("vastausaika 1 kuukausi", "response-time 1 month")
				.replace(TITLE, TITLE.replace("otsikko", "title"));
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.MIXED_KEYWORD_LANGUAGES.code()),
				SelosteCheck.MIXED_KEYWORD_LANGUAGES.code());
		assertLine(notice.lineOf("title \"Tietosuojaseloste"), issue);
		assertTrue(issue.getMessage().contains("3 englanniksi"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.MIXED_KEYWORD_LANGUAGES)
	void finnishKeywordInAnEnglishFileAsksForEnglish() {
		String english = translator.translate(models.parse(base().text()).getParseResult().getRootNode(),
				KeywordLanguage.ENGLISH);
		NoticeEdit notice = NoticeEdit.of(english).replace("title \"Tietosuojaseloste", "otsikko \"Tietosuojaseloste");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.MIXED_KEYWORD_LANGUAGES.code()),
				SelosteCheck.MIXED_KEYWORD_LANGUAGES.code());
		assertLine(notice.lineOf("otsikko"), issue);
		assertData(issue, "en");
		assertTrue(issue.getMessage().startsWith("The file mixes Finnish and English keywords (1 Finnish"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.MIXED_KEYWORD_LANGUAGES)
	void fileInOneKeywordLanguageIsNotMixed() {
		String english = translator.translate(models.parse(base().text()).getParseResult().getRootNode(),
				KeywordLanguage.ENGLISH);
		assertIssuesOf(NoticeEdit.of(english));
	}

	// ------------------------------------------------------------------ output languages of texts

	@Test
	@Covers(SelosteCheck.TEXT_VARIANT_MISSING)
	void textWithoutAVariantInAnOutputLanguageIsReportedWithTheMissingLanguages() {
		NoticeEdit notice = bilingualExample()
				.removeLine("fi \"Tietosuojaseloste – Northwind Analyticsin asiakkaat, käyttäjät ja potentiaaliset asiakkaat\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.TEXT_VARIANT_MISSING.code()),
				SelosteCheck.TEXT_VARIANT_MISSING.code());
		assertLine(notice.lineOf("title en \"Privacy notice"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertData(issue, "fi");
		assertTrue(issue.getMessage().contains("no Finnish version"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.TEXT_VARIANT_MISSING)
	void plainTextBelongsToTheFirstOutputLanguage() {
		NoticeEdit notice = bilingualExample().replace("position en \"Data Protection Officer\"", "position \"Data Protection Officer\"")
				.removeLine("fi \"tietosuojavastaava\"");
		assertData(single(assertIssuesOf(notice, SelosteCheck.TEXT_VARIANT_MISSING.code()),
				SelosteCheck.TEXT_VARIANT_MISSING.code()), "fi");
	}

	@Test
	@Covers(SelosteCheck.TEXT_VARIANT_MISSING)
	void namesAddressesAndOtherLanguageNeutralDetailsNeedNoVariants() {
		assertIssuesOf(bilingualExample()
				.replace("name en \"Office of the Data Protection Ombudsman\"", "name \"Tietosuojavaltuutetun toimisto\"")
				.removeLine("fi \"Tietosuojavaltuutetun toimisto\"")
				.replace("address en \"Lintulahdenkuja 4, 00530 Helsinki, Finland\"", "address \"Lintulahdenkuja 4, 00530 Helsinki\"")
				.removeLine("fi \"Lintulahdenkuja 4, 00530 Helsinki\""));
	}

	@Test
	@Covers({ SelosteCheck.TEXT_VARIANT_MISSING, SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED })
	void variantOnlyInAnUndeclaredLanguageLacksTheDeclaredOne() {
		List<Issue> issues = assertIssuesOf(base().replace(TITLE, "otsikko en \"Privacy notice\""),
				SelosteCheck.TEXT_VARIANT_MISSING.code(), SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED.code());
		Issue missing = single(issues, SelosteCheck.TEXT_VARIANT_MISSING.code());
		assertData(missing, "fi");
		assertTrue(missing.getMessage().startsWith("Tekstistä puuttuu suomenkielinen versio, vaikka seloste julkaistaan suomeksi."),
				missing.getMessage());
		assertData(single(issues, SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED.code()), "en");
	}

	@Test
	@Covers(SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED)
	void variantInALanguageTheNoticeIsNotPublishedInIsReportedAtTheLanguage() {
		NoticeEdit notice = base().replace(TITLE, "otsikko fi \"Tietosuojaseloste\" sv \"Dataskyddsbeskrivning\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED.code()),
				SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED.code());
		assertLine(notice.lineOf("otsikko fi"), issue);
		assertEquals(notice.columnOf("sv \"Dataskyddsbeskrivning\""), issue.getColumn());
		assertData(issue, "sv");
	}

	@Test
	@Covers(SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED)
	void withoutDeclaredLanguagesVariantsAreNotChecked() {
		// the missing declaration is reported once, not every variant
		assertIssuesOf(base().removeLine("kielet fi").replace(TITLE, "otsikko fi \"Tietosuojaseloste\" sv \"Dataskyddsbeskrivning\""),
				SelosteCheck.OUTPUT_LANGUAGES_MISSING.code());
	}

	// ------------------------------------------------------------------ empty and unfinished texts

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\\n\\t" })
	@Covers(SelosteCheck.EMPTY_TEXT)
	void emptyTextIsAWarningOnTheText(String text) {
		NoticeEdit notice = base().replace(DESCRIPTION, "kuvaus \"" + text + "\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.EMPTY_TEXT.code()), SelosteCheck.EMPTY_TEXT.code());
		assertLine(notice.lineOf("kuvaus \""), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.EMPTY_TEXT)
	void emptyVariantIsAnEmptyText() {
		assertIssuesOf(bilingualExample().replace("fi \"Tietosuojaseloste – Northwind Analyticsin asiakkaat, käyttäjät ja potentiaaliset asiakkaat\"",
				"fi \"\""), SelosteCheck.EMPTY_TEXT.code());
	}

	/** Issue 16: such a character passed check, then stopped the PDF with an internal error. */
	@ParameterizedTest
	@ValueSource(strings = { "\\u0001", "\\u0000", "\\u000B", "\\uD800", "\\uFFFF", "\\uFFFE", "\u0001", "\u000B", "\u001F" })
	@Covers(SelosteCheck.FORBIDDEN_CHARACTER)
	void aCharacterNoDocumentCanHoldIsAnErrorOnTheText(String character) {
		NoticeEdit notice = base().replace(DESCRIPTION, "kuvaus \"Kerromme" + character + " tiedoista.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.FORBIDDEN_CHARACTER.code()),
				SelosteCheck.FORBIDDEN_CHARACTER.code());
		assertLine(notice.lineOf("kuvaus \""), issue);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("U+00") || issue.getMessage().contains("U+D800")
				|| issue.getMessage().contains("U+FFF"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.FORBIDDEN_CHARACTER)
	void tabsLineBreaksAndEveryOtherCharacterAreAllowed() {
		assertIssuesOf(base().replace(DESCRIPTION, "kuvaus \"Rivi\\n\\tsisennys\r\nä \u00A0 \u202E 😀 \\uFFFD \\uD83D\\uDE00\""));
	}

	@Test
	@Covers(SelosteCheck.PLACEHOLDER)
	void placeholderLeftByAQuickFixIsAnErrorNamingIt() {
		NoticeEdit notice = base().replace(DESCRIPTION, "kuvaus \"Käsittelemme <<kuvaa käsittely>> tietoja.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.PLACEHOLDER.code()), SelosteCheck.PLACEHOLDER.code());
		assertLine(notice.lineOf("<<kuvaa käsittely>>"), issue);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("<<kuvaa käsittely>>"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.PLACEHOLDER)
	void everyPlaceholderIsReported() {
		NoticeEdit notice = base().replace("peruste oikeutettu-etu \"Oikeutettu etumme on suojata verkkokauppa ja asiakkaat väärinkäytöksiltä.\"",
				"peruste oikeutettu-etu \"<<oikeutettu etu>> ja <<punninta>>\"");
		List<Issue> issues = assertIssuesOf(notice, SelosteCheck.PLACEHOLDER.code(), SelosteCheck.PLACEHOLDER.code());
		assertEquals(2, withCode(issues, SelosteCheck.PLACEHOLDER.code()).stream()
				.filter(i -> i.getLineNumber() == notice.lineOf("<<punninta>>")).count());
	}

	@Test
	@Covers(SelosteCheck.PLACEHOLDER)
	void angleBracketsThatAreNoPlaceholderAreText() {
		assertIssuesOf(base().replace(DESCRIPTION, "kuvaus \"Arvo < 5 tai > 10, ja << yksin.\""));
	}

	@Test
	@Covers(SelosteCheck.REPEALED_DIRECTIVE_NAMED)
	void theRepealedDataProtectionDirectiveNamedInATextIsAWarningNamingTheWords() {
		NoticeEdit notice = base().replace(DESCRIPTION,
				"kuvaus \"Käsittelemme tietoja tietosuojadirektiivin ja direktiivin 95/46/EY mukaisesti.\"");
		Issue issue = single(assertIssuesOf(notice, SelosteCheck.REPEALED_DIRECTIVE_NAMED.code()),
				SelosteCheck.REPEALED_DIRECTIVE_NAMED.code());
		assertLine(notice.lineOf("tietosuojadirektiivin"), issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("'tietosuojadirektiivin'"), issue.getMessage());
		assertTrue(issue.getMessage().contains("(tietosuoja-asetuksen 94 artiklan 1 kohta)"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.REPEALED_DIRECTIVE_NAMED)
	void theEPrivacyDirectiveAndTheRegulationAreNotReported() {
		assertIssuesOf(base().replace(DESCRIPTION, "kuvaus \"Evästeistä säädetään sähköisen viestinnän "
				+ "tietosuojadirektiivissä 2002/58/EY ja henkilötiedoista EU:n yleisessä tietosuoja-asetuksessa.\""));
		assertIssuesOf(base().replace(DESCRIPTION,
				"kuvaus \"Cookies are governed by the ePrivacy Directive, personal data by the GDPR.\""));
	}

	// ------------------------------------------------------------------ files and organisations

	private static final String ORGANISATION = """
			organisaatio Yhtiö {
				kuvaus "Yhtiön yhteiset määrittelyt."
				käsittelijä Arkisto "Arkistopalvelu Oy" {
					maa "FI"
				}
			}
			""";

	@Test
	@Covers(SelosteCheck.UNUSED_ORGANISATION_ELEMENT)
	void organisationDeclarationNoNoticeUsesIsAnInfo() {
		XtextResource organisation = models.parse(ORGANISATION);
		Issue issue = single(assertIssues(organisation, SelosteCheck.UNUSED_ORGANISATION_ELEMENT.code()),
				SelosteCheck.UNUSED_ORGANISATION_ELEMENT.code());
		assertLine(NoticeEdit.of(ORGANISATION).lineOf("käsittelijä Arkisto"), issue);
		assertEquals(Severity.INFO, issue.getSeverity());
		assertTrue(issue.getMessage().contains("'Arkisto'"), issue.getMessage());
	}

	@Test
	@Covers(SelosteCheck.UNUSED_ORGANISATION_ELEMENT)
	void organisationDeclarationUsedByANoticeOfTheProjectIsUsed() {
		XtextResourceSet set = models.newResourceSet();
		XtextResource organisation = models.add(set, "memory:/organisaatio.seloste", ORGANISATION);
		XtextResource notice = models.add(set, "memory:/seloste.seloste",
				base().insertAfter("rooli rekisterinpitäjä", "käytä Yhtiö.Arkisto").text());
		EcoreUtil.resolveAll(set);
		assertIssues(organisation);
		assertIssues(notice);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "// vain kommentti\n", "/* kommentti */", "tuo Yhtiö.*\n" })
	@Covers(SelosteCheck.EMPTY_FILE)
	void fileThatDeclaresNothingIsAWarningOnItsFirstLine(String text) {
		Issue issue = single(assertIssues(models.parse(text), SelosteCheck.EMPTY_FILE.code()), SelosteCheck.EMPTY_FILE.code());
		assertLine(1, issue);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	@Covers(SelosteCheck.EMPTY_FILE)
	void organisationAloneIsNoEmptyFile() {
		assertIssues(models.parse("organisaatio Yhtiö {\n\tkuvaus \"Yhteiset määrittelyt.\"\n}\n"));
	}
}
