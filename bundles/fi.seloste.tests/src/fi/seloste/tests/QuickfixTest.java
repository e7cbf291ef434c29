package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.formatting2.SelosteFormatting;
import fi.seloste.ide.quickfix.QuickfixRunner;
import fi.seloste.ide.quickfix.SelosteQuickfixSupport;
import fi.seloste.validation.SelosteIssueCodes;

/**
 * Every quick fix resolution, applied through {@link QuickfixRunner} to the input
 * {@code fixtures/quickfix/NAME.seloste}: the result is compared with the golden file
 * {@code NAME.N.fixed} (N = the resolution's position; its first line names the resolution),
 * it parses and is already in the formatter's layout, the problem it fixes is gone, and no
 * other problem appears except PLACEHOLDER where the fix inserts a placeholder by design.
 * Each test is named after its fixture and marked with the code it covers ({@link CoversFix}).
 * Re-record the golden files with {@code -Dseloste.rerecord=true} and review them with git diff.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteIdeInjectorProvider.class)
class QuickfixTest {

	/** "Today" for the fixes that write a date. */
	static final LocalDate TODAY = LocalDate.of(2026, 4, 23);

	static final Path DIR = Fixtures.fixtures().resolve("quickfix");

	@Inject
	private SelosteTestModels models;

	@Inject
	private QuickfixRunner runner;

	@Inject
	private SelosteFormatting formatting;

	@Inject
	private IQuickFixProvider provider;

	@BeforeEach
	void fixToday() {
		((SelosteQuickfixSupport) provider).setClock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.ACCOUNTING_RETENTION_TOO_SHORT)
	Stream<DynamicTest> accountingRetentionTooShort() {
		return fixes("accountingRetentionTooShort", SelosteIssueCodes.ACCOUNTING_RETENTION_TOO_SHORT);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.ACCOUNTING_RETENTION_TOO_SHORT)
	Stream<DynamicTest> accountingRetentionTooShortEnglish() {
		return fixes("accountingRetentionTooShortEnglish", SelosteIssueCodes.ACCOUNTING_RETENTION_TOO_SHORT);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.ADM_DETAILS_MISSING)
	Stream<DynamicTest> admDetailsMissing() {
		return fixes("admDetailsMissing", SelosteIssueCodes.ADM_DETAILS_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.ADM_NOT_STATED)
	Stream<DynamicTest> admNotStated() {
		return fixes("admNotStated", SelosteIssueCodes.ADM_NOT_STATED);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.AUTHORITY_DETAILS_OUTDATED)
	Stream<DynamicTest> authorityDetailsOutdated() {
		return fixes("authorityDetailsOutdated", SelosteIssueCodes.AUTHORITY_DETAILS_OUTDATED);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.BUSINESS_ID_FORMAT)
	Stream<DynamicTest> businessIdFormat() {
		return fixes("businessIdFormat", SelosteIssueCodes.BUSINESS_ID_FORMAT);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.BUSINESS_ID_VAT_FORM)
	Stream<DynamicTest> businessIdVatForm() {
		return fixes("businessIdVatForm", SelosteIssueCodes.BUSINESS_ID_VAT_FORM);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.COMPLAINT_RIGHT_MISSING)
	Stream<DynamicTest> complaintRightMissing() {
		return fixes("complaintRightMissing", SelosteIssueCodes.COMPLAINT_RIGHT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.COMPLAINT_RIGHT_MISSING)
	Stream<DynamicTest> complaintRightMissingTrilingual() {
		return fixes("complaintRightMissingTrilingual", SelosteIssueCodes.COMPLAINT_RIGHT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.CONTROLLER_CONTACT_MISSING)
	Stream<DynamicTest> controllerContactMissing() {
		return fixes("controllerContactMissing", SelosteIssueCodes.CONTROLLER_CONTACT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.CONTROLLER_MISSING)
	Stream<DynamicTest> controllerMissing() {
		return fixes("controllerMissing", SelosteIssueCodes.CONTROLLER_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.CONTROLLER_MISSING)
	Stream<DynamicTest> controllerMissingEnglish() {
		return fixes("controllerMissingEnglish", SelosteIssueCodes.CONTROLLER_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.CONTROLLER_NAME_MISSING)
	Stream<DynamicTest> controllerNameMissing() {
		return fixes("controllerNameMissing", SelosteIssueCodes.CONTROLLER_NAME_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.COOKIE_PROVIDER_MISSING)
	Stream<DynamicTest> cookieProviderMissing() {
		return fixes("cookieProviderMissing", SelosteIssueCodes.COOKIE_PROVIDER_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.COOKIE_PROVIDER_NOT_RECIPIENT)
	Stream<DynamicTest> cookieProviderNotRecipient() {
		return fixes("cookieProviderNotRecipient", SelosteIssueCodes.COOKIE_PROVIDER_NOT_RECIPIENT);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.COOKIE_TYPE_MISSING)
	Stream<DynamicTest> cookieTypeMissing() {
		return fixes("cookieTypeMissing", SelosteIssueCodes.COOKIE_TYPE_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.COUNTRY_CODE_INVALID)
	Stream<DynamicTest> countryCodeInvalid() {
		return fixes("countryCodeInvalid", SelosteIssueCodes.COUNTRY_CODE_INVALID);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.CRIMINAL_DATA_WITHOUT_AUTHORISATION)
	Stream<DynamicTest> criminalDataWithoutAuthorisation() {
		return fixes("criminalDataWithoutAuthorisation", SelosteIssueCodes.CRIMINAL_DATA_WITHOUT_AUTHORISATION);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.DATE_IN_FUTURE)
	Stream<DynamicTest> dateInFuture() {
		return fixes("dateInFuture", SelosteIssueCodes.DATE_IN_FUTURE);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.DATE_INVALID)
	Stream<DynamicTest> dateInvalid() {
		return fixes("dateInvalid", SelosteIssueCodes.DATE_INVALID);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING)
	Stream<DynamicTest> directMarketingObjectionMissing() {
		return fixes("directMarketingObjectionMissing", SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.DPO_CONTACT_MISSING)
	Stream<DynamicTest> dpoContactMissing() {
		return fixes("dpoContactMissing", SelosteIssueCodes.DPO_CONTACT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.DUPLICATE_ENTRY)
	Stream<DynamicTest> duplicateEntry() {
		return fixes("duplicateEntry", SelosteIssueCodes.DUPLICATE_ENTRY);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.EMAIL_FORMAT)
	Stream<DynamicTest> emailFormat() {
		return fixes("emailFormat", SelosteIssueCodes.EMAIL_FORMAT);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.INSECURE_URL)
	Stream<DynamicTest> insecureUrl() {
		return fixes("insecureUrl", SelosteIssueCodes.INSECURE_URL);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED)
	Stream<DynamicTest> legitimateInterestNotStated() {
		return fixes("legitimateInterestNotStated", SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED)
	Stream<DynamicTest> legitimateInterestNotStatedTrilingual() {
		return fixes("legitimateInterestNotStatedTrilingual", SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.MIXED_KEYWORD_LANGUAGES)
	Stream<DynamicTest> mixedKeywordLanguages() {
		return fixes("mixedKeywordLanguages", SelosteIssueCodes.MIXED_KEYWORD_LANGUAGES);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.NO_TRANSFERS_CONTRADICTED)
	Stream<DynamicTest> noTransfersContradicted() {
		return fixes("noTransfersContradicted", SelosteIssueCodes.NO_TRANSFERS_CONTRADICTED);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT)
	Stream<DynamicTest> nonEssentialCookieWithoutConsent() {
		return fixes("nonEssentialCookieWithoutConsent", SelosteIssueCodes.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.OBJECTION_RIGHT_MISSING)
	Stream<DynamicTest> objectionRightMissing() {
		return fixes("objectionRightMissing", SelosteIssueCodes.OBJECTION_RIGHT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.OUTPUT_LANGUAGES_MISSING)
	Stream<DynamicTest> outputLanguagesMissing() {
		return fixes("outputLanguagesMissing", SelosteIssueCodes.OUTPUT_LANGUAGES_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.PERSONAL_ID_WITHOUT_GROUND)
	Stream<DynamicTest> personalIdWithoutGround() {
		return fixes("personalIdWithoutGround", SelosteIssueCodes.PERSONAL_ID_WITHOUT_GROUND);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.PORTABILITY_RIGHT_MISSING)
	Stream<DynamicTest> portabilityRightMissing() {
		return fixes("portabilityRightMissing", SelosteIssueCodes.PORTABILITY_RIGHT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.PROCESSOR_REGISTER_WITHOUT_CONTROLLER)
	Stream<DynamicTest> processorRegisterWithoutController() {
		return fixes("processorRegisterWithoutController", SelosteIssueCodes.PROCESSOR_REGISTER_WITHOUT_CONTROLLER);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.PROFILING_WITHOUT_STATEMENT)
	Stream<DynamicTest> profilingWithoutStatement() {
		return fixes("profilingWithoutStatement", SelosteIssueCodes.PROFILING_WITHOUT_STATEMENT);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.PROVISION_CONSEQUENCES_MISSING)
	Stream<DynamicTest> provisionConsequencesMissing() {
		return fixes("provisionConsequencesMissing", SelosteIssueCodes.PROVISION_CONSEQUENCES_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.PROVISION_NOT_STATED)
	Stream<DynamicTest> provisionNotStated() {
		return fixes("provisionNotStated", SelosteIssueCodes.PROVISION_NOT_STATED);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.PURPOSE_WITHOUT_BASIS)
	Stream<DynamicTest> purposeWithoutBasis() {
		return fixes("purposeWithoutBasis", SelosteIssueCodes.PURPOSE_WITHOUT_BASIS);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.PURPOSE_WITHOUT_BASIS)
	Stream<DynamicTest> purposeWithoutBasisEnglish() {
		return fixes("purposeWithoutBasisEnglish", SelosteIssueCodes.PURPOSE_WITHOUT_BASIS);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.RECIPIENTS_NOT_STATED)
	Stream<DynamicTest> recipientsNotStated() {
		return fixes("recipientsNotStated", SelosteIssueCodes.RECIPIENTS_NOT_STATED);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.REPEALED_LAW_REFERENCE)
	Stream<DynamicTest> repealedLawReference() {
		return fixes("repealedLawReference", SelosteIssueCodes.REPEALED_LAW_REFERENCE);
	}

	/** Sections the table maps with certainty become the GDPR articles, in the case the text needs. */
	@TestFactory
	@CoversFix(SelosteIssueCodes.REPEALED_LAW_REFERENCE)
	Stream<DynamicTest> repealedLawSection() {
		return fixes("repealedLawSection", SelosteIssueCodes.REPEALED_LAW_REFERENCE);
	}

	/** A section cited with its moment and points has no certain successor: a placeholder, not a guess. */
	@TestFactory
	@CoversFix(SelosteIssueCodes.REPEALED_LAW_REFERENCE)
	Stream<DynamicTest> repealedLawUncertain() {
		return fixes("repealedLawUncertain", SelosteIssueCodes.REPEALED_LAW_REFERENCE);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.RESPONSE_TIME_MISSING)
	Stream<DynamicTest> responseTimeMissing() {
		return fixes("responseTimeMissing", SelosteIssueCodes.RESPONSE_TIME_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.RESPONSE_TIME_TOO_LONG)
	Stream<DynamicTest> responseTimeTooLong() {
		return fixes("responseTimeTooLong", SelosteIssueCodes.RESPONSE_TIME_TOO_LONG);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.RETENTION_MISSING)
	Stream<DynamicTest> retentionMissing() {
		return fixes("retentionMissing", SelosteIssueCodes.RETENTION_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.RETENTION_RANGE_INVALID)
	Stream<DynamicTest> retentionRangeInvalid() {
		return fixes("retentionRangeInvalid", SelosteIssueCodes.RETENTION_RANGE_INVALID);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.RIGHT_MISSING)
	Stream<DynamicTest> rightMissing() {
		return fixes("rightMissing", SelosteIssueCodes.RIGHT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.RIGHT_MISSING)
	Stream<DynamicTest> rightMissingWithoutRightsBlock() {
		return fixes("rightMissingWithoutRightsBlock", SelosteIssueCodes.RIGHT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.SAFEGUARD_COPY_MISSING)
	Stream<DynamicTest> safeguardCopyMissing() {
		return fixes("safeguardCopyMissing", SelosteIssueCodes.SAFEGUARD_COPY_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.SOURCE_CATEGORIES_MISSING)
	Stream<DynamicTest> sourceCategoriesMissing() {
		return fixes("sourceCategoriesMissing", SelosteIssueCodes.SOURCE_CATEGORIES_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.SOURCES_MISSING)
	Stream<DynamicTest> sourcesMissing() {
		return fixes("sourcesMissing", SelosteIssueCodes.SOURCES_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	Stream<DynamicTest> specialCategoryWithoutCondition() {
		return fixes("specialCategoryWithoutCondition", SelosteIssueCodes.SPECIAL_CATEGORY_WITHOUT_CONDITION);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.SUPERVISORY_AUTHORITY_MISSING)
	Stream<DynamicTest> supervisoryAuthorityMissing() {
		return fixes("supervisoryAuthorityMissing", SelosteIssueCodes.SUPERVISORY_AUTHORITY_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.TEXT_LANGUAGE_NOT_DECLARED)
	Stream<DynamicTest> textLanguageNotDeclared() {
		return fixes("textLanguageNotDeclared", SelosteIssueCodes.TEXT_LANGUAGE_NOT_DECLARED);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.TEXT_VARIANT_MISSING)
	Stream<DynamicTest> textVariantMissing() {
		return fixes("textVariantMissing", SelosteIssueCodes.TEXT_VARIANT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
	Stream<DynamicTest> thirdCountryRecipientWithoutTransfer() {
		return fixes("thirdCountryRecipientWithoutTransfer", SelosteIssueCodes.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
	Stream<DynamicTest> thirdCountryRecipientWithoutTransferEnglish() {
		return fixes("thirdCountryRecipientWithoutTransferEnglish", SelosteIssueCodes.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.TRANSFER_WITHOUT_SAFEGUARD)
	Stream<DynamicTest> transferWithoutSafeguard() {
		return fixes("transferWithoutSafeguard", SelosteIssueCodes.TRANSFER_WITHOUT_SAFEGUARD);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.UNUSED_DATA_CATEGORY)
	Stream<DynamicTest> unusedDataCategory() {
		return fixes("unusedDataCategory", SelosteIssueCodes.UNUSED_DATA_CATEGORY);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.UPDATED_DATE_MISSING)
	Stream<DynamicTest> updatedDateMissing() {
		return fixes("updatedDateMissing", SelosteIssueCodes.UPDATED_DATE_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.URL_FORMAT)
	Stream<DynamicTest> urlFormat() {
		return fixes("urlFormat", SelosteIssueCodes.URL_FORMAT);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.WITHDRAW_CONSENT_RIGHT_MISSING)
	Stream<DynamicTest> withdrawConsentRightMissing() {
		return fixes("withdrawConsentRightMissing", SelosteIssueCodes.WITHDRAW_CONSENT_RIGHT_MISSING);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.NO_TRANSFERS_CONTRADICTED)
	Stream<DynamicTest> noTransfersContradictedBetweenBlankLines() {
		return fixes("noTransfersContradictedBetweenBlankLines", SelosteIssueCodes.NO_TRANSFERS_CONTRADICTED);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.UNUSED_DATA_CATEGORY)
	Stream<DynamicTest> unusedDataCategoryFirstInBlock() {
		return fixes("unusedDataCategoryFirstInBlock", SelosteIssueCodes.UNUSED_DATA_CATEGORY);
	}

	@TestFactory
	@CoversFix(SelosteIssueCodes.UNUSED_DATA_CATEGORY)
	Stream<DynamicTest> unusedDataCategoryLastInBlock() {
		return fixes("unusedDataCategoryLastInBlock", SelosteIssueCodes.UNUSED_DATA_CATEGORY);
	}

	/** One test per resolution of the first issue with {@code code} in the fixture, and one for stale golden files. */
	private Stream<DynamicTest> fixes(String name, String code) {
		String text = Fixtures.read(DIR.resolve(name + ".seloste"));
		XtextResource resource = models.parse(text);
		assertFalse(resource.getParseResult().hasSyntaxErrors(), name + ".seloste does not parse");
		assertEquals(text, formatting.format(resource), name + ".seloste is not in canonical layout");
		List<Issue> before = models.validate(resource);
		Issue issue = before.stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(name + ".seloste has no " + code + ":\n"
						+ SelosteTestModels.describe(before)));
		List<DiagnosticResolution> resolutions = runner.resolutions(resource, issue);
		assertFalse(resolutions.isEmpty(), "no quick fix for " + code + " in " + name + ".seloste");
		List<DynamicTest> tests = new ArrayList<>();
		for (int i = 0; i < resolutions.size(); i++) {
			DiagnosticResolution resolution = resolutions.get(i);
			Path golden = DIR.resolve(name + "." + (i + 1) + ".fixed");
			tests.add(dynamicTest((i + 1) + ": " + resolution.getLabel(),
					() -> check(resource, before, code, resolution, golden)));
		}
		tests.add(dynamicTest("every golden file has its resolution", () -> noStaleGoldenFiles(name, resolutions.size())));
		return tests.stream();
	}

	private void check(XtextResource resource, List<Issue> before, String code, DiagnosticResolution resolution,
			Path golden) {
		String fixed = runner.apply(resource, resolution);
		String recorded = "// " + resolution.getLabel() + "\n" + fixed;
		Golden.assertMatches(golden, recorded);

		XtextResource after = models.parse(fixed);
		assertFalse(after.getParseResult().hasSyntaxErrors(), "the fixed text does not parse");
		assertEquals(fixed, formatting.format(after), "the fixed text is not in canonical layout");

		List<Issue> issues = models.validate(after);
		Map<String, Long> was = counts(before);
		Map<String, Long> now = counts(issues);
		assertTrue(now.getOrDefault(code, 0L) < was.get(code),
				() -> "the fix leaves " + code + ":\n" + SelosteTestModels.describe(issues));
		for (Map.Entry<String, Long> entry : now.entrySet()) {
			if (!entry.getKey().equals(SelosteIssueCodes.PLACEHOLDER)) {
				assertTrue(entry.getValue() <= was.getOrDefault(entry.getKey(), 0L),
						() -> "the fix adds " + entry.getKey() + ":\n" + SelosteTestModels.describe(issues));
			}
		}
	}

	private static Map<String, Long> counts(List<Issue> issues) {
		return issues.stream().collect(Collectors.groupingBy(Issue::getCode, TreeMap::new, Collectors.counting()));
	}

	/** A golden file of a resolution that is no longer offered fails the test (and is removed when re-recording). */
	private static void noStaleGoldenFiles(String name, int resolutions) throws IOException {
		List<Path> stale;
		try (Stream<Path> files = Files.list(DIR)) {
			stale = files.filter(p -> {
				String file = p.getFileName().toString();
				if (!file.startsWith(name + ".") || !file.endsWith(".fixed")) {
					return false;
				}
				String number = file.substring(name.length() + 1, file.length() - ".fixed".length());
				return number.matches("\\d+") && Integer.parseInt(number) > resolutions;
			}).sorted().toList();
		}
		Golden.assertNoneLeft(stale);
	}
}
