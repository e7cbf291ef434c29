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
import java.util.Set;
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

import fi.seloste.changes.ChangeBaseline;
import fi.seloste.formatting2.SelosteFormatting;
import fi.seloste.ide.quickfix.QuickfixRunner;
import fi.seloste.ide.quickfix.SelosteQuickfixProvider;
import fi.seloste.seloste.Notice;
import fi.seloste.validation.SelosteCheck;

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
		((SelosteQuickfixProvider) provider).setClock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
	}

	@TestFactory
	@CoversFix(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT)
	Stream<DynamicTest> accountingRetentionTooShort() {
		return fixes("accountingRetentionTooShort", SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT)
	Stream<DynamicTest> accountingRetentionTooShortEnglish() {
		return fixes("accountingRetentionTooShortEnglish", SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.ADM_DETAILS_MISSING)
	Stream<DynamicTest> admDetailsMissing() {
		return fixes("admDetailsMissing", SelosteCheck.ADM_DETAILS_MISSING.code());
	}

	/**
	 * Issue 14: reported only against a baseline, here {@code changeEntryMissing.baseline}, the earlier
	 * version (attached as {@code check --since} attaches it); the fix inserts the drafted entry.
	 */
	@TestFactory
	@CoversFix(SelosteCheck.CHANGE_ENTRY_MISSING)
	Stream<DynamicTest> changeEntryMissing() {
		String text = Fixtures.read(DIR.resolve("changeEntryMissing.seloste"));
		XtextResource resource = models.parse(text);
		assertEquals(text, formatting.format(resource), "changeEntryMissing.seloste is not in canonical layout");
		Notice earlier = models.notice(Fixtures.read(DIR.resolve("changeEntryMissing.baseline")));
		ChangeBaseline.attach(resource.getResourceSet(), "v1", List.of(earlier));
		return resolve("changeEntryMissing", SelosteCheck.CHANGE_ENTRY_MISSING.code(), resource, Set.of(), false);
	}

	@TestFactory
	@CoversFix(SelosteCheck.JOINT_CONTROLLER_ESSENCE_MISSING)
	Stream<DynamicTest> jointControllerEssenceMissing() {
		return fixes("jointControllerEssenceMissing", SelosteCheck.JOINT_CONTROLLER_ESSENCE_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.SPECIAL_CATEGORY_UNFLAGGED)
	Stream<DynamicTest> specialCategoryUnflagged() {
		return fixes("specialCategoryUnflagged", SelosteCheck.SPECIAL_CATEGORY_UNFLAGGED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.STATUTORY_BASIS_LAW_MISSING)
	Stream<DynamicTest> statutoryBasisLawMissing() {
		return fixes("statutoryBasisLawMissing", SelosteCheck.STATUTORY_BASIS_LAW_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.SPECIAL_CATEGORY_NATIONAL_LAW_MISSING)
	Stream<DynamicTest> specialCategoryNationalLawMissing() {
		return fixes("specialCategoryNationalLawMissing", SelosteCheck.SPECIAL_CATEGORY_NATIONAL_LAW_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.REPRESENTATIVE_MISSING)
	Stream<DynamicTest> representativeMissing() {
		return fixes("representativeMissing", SelosteCheck.REPRESENTATIVE_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.DEROGATION_FOR_REGULAR_TRANSFER)
	Stream<DynamicTest> derogationForRegularTransfer() {
		return fixes("derogationForRegularTransfer", SelosteCheck.DEROGATION_FOR_REGULAR_TRANSFER.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PROFILING_DETAILS_MISSING)
	Stream<DynamicTest> profilingDetailsMissing() {
		return fixes("profilingDetailsMissing", SelosteCheck.PROFILING_DETAILS_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.ADM_NOT_STATED)
	Stream<DynamicTest> admNotStated() {
		return fixes("admNotStated", SelosteCheck.ADM_NOT_STATED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.AUTHORITY_DETAILS_OUTDATED)
	Stream<DynamicTest> authorityDetailsOutdated() {
		return fixes("authorityDetailsOutdated", SelosteCheck.AUTHORITY_DETAILS_OUTDATED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.BUSINESS_ID_FORMAT)
	Stream<DynamicTest> businessIdFormat() {
		return fixes("businessIdFormat", SelosteCheck.BUSINESS_ID_FORMAT.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.BUSINESS_ID_VAT_FORM)
	Stream<DynamicTest> businessIdVatForm() {
		return fixes("businessIdVatForm", SelosteCheck.BUSINESS_ID_VAT_FORM.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.COMPLAINT_RIGHT_MISSING)
	Stream<DynamicTest> complaintRightMissing() {
		return fixes("complaintRightMissing", SelosteCheck.COMPLAINT_RIGHT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.COMPLAINT_RIGHT_MISSING)
	Stream<DynamicTest> complaintRightMissingTrilingual() {
		return fixes("complaintRightMissingTrilingual", SelosteCheck.COMPLAINT_RIGHT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.CONTROLLER_CONTACT_MISSING)
	Stream<DynamicTest> controllerContactMissing() {
		return fixes("controllerContactMissing", SelosteCheck.CONTROLLER_CONTACT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.CONTROLLER_MISSING)
	Stream<DynamicTest> controllerMissing() {
		return fixes("controllerMissing", SelosteCheck.CONTROLLER_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.CONTROLLER_MISSING)
	Stream<DynamicTest> controllerMissingEnglish() {
		return fixes("controllerMissingEnglish", SelosteCheck.CONTROLLER_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.CONTROLLER_NAME_MISSING)
	Stream<DynamicTest> controllerNameMissing() {
		return fixes("controllerNameMissing", SelosteCheck.CONTROLLER_NAME_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.COOKIE_PROVIDER_MISSING)
	Stream<DynamicTest> cookieProviderMissing() {
		return fixes("cookieProviderMissing", SelosteCheck.COOKIE_PROVIDER_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT)
	Stream<DynamicTest> cookieProviderNotRecipient() {
		return fixes("cookieProviderNotRecipient", SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.COOKIE_TYPE_MISSING)
	Stream<DynamicTest> cookieTypeMissing() {
		return fixes("cookieTypeMissing", SelosteCheck.COOKIE_TYPE_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.COUNTRY_CODE_INVALID)
	Stream<DynamicTest> countryCodeInvalid() {
		return fixes("countryCodeInvalid", SelosteCheck.COUNTRY_CODE_INVALID.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.CRIMINAL_DATA_WITHOUT_AUTHORISATION)
	Stream<DynamicTest> criminalDataWithoutAuthorisation() {
		return fixes("criminalDataWithoutAuthorisation", SelosteCheck.CRIMINAL_DATA_WITHOUT_AUTHORISATION.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.DATE_IN_FUTURE)
	Stream<DynamicTest> dateInFuture() {
		return fixes("dateInFuture", SelosteCheck.DATE_IN_FUTURE.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.DATE_INVALID)
	Stream<DynamicTest> dateInvalid() {
		return fixes("dateInvalid", SelosteCheck.DATE_INVALID.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING)
	Stream<DynamicTest> directMarketingObjectionMissing() {
		return fixes("directMarketingObjectionMissing", SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.DPO_CONTACT_MISSING)
	Stream<DynamicTest> dpoContactMissing() {
		return fixes("dpoContactMissing", SelosteCheck.DPO_CONTACT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.DUPLICATE_ENTRY)
	Stream<DynamicTest> duplicateEntry() {
		return fixes("duplicateEntry", SelosteCheck.DUPLICATE_ENTRY.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.EMAIL_FORMAT)
	Stream<DynamicTest> emailFormat() {
		return fixes("emailFormat", SelosteCheck.EMAIL_FORMAT.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.INSECURE_URL)
	Stream<DynamicTest> insecureUrl() {
		return fixes("insecureUrl", SelosteCheck.INSECURE_URL.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED)
	Stream<DynamicTest> legitimateInterestNotStated() {
		return fixes("legitimateInterestNotStated", SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED)
	Stream<DynamicTest> legitimateInterestNotStatedTrilingual() {
		return fixes("legitimateInterestNotStatedTrilingual", SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.MIXED_KEYWORD_LANGUAGES)
	Stream<DynamicTest> mixedKeywordLanguages() {
		return fixes("mixedKeywordLanguages", SelosteCheck.MIXED_KEYWORD_LANGUAGES.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.NO_TRANSFERS_CONTRADICTED)
	Stream<DynamicTest> noTransfersContradicted() {
		return fixes("noTransfersContradicted", SelosteCheck.NO_TRANSFERS_CONTRADICTED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT)
	Stream<DynamicTest> nonEssentialCookieWithoutConsent() {
		return fixes("nonEssentialCookieWithoutConsent", SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT)
	Stream<DynamicTest> trackingCookieWithoutConsent() {
		return fixes("trackingCookieWithoutConsent", SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RECIPIENTS_CONTRADICTED)
	Stream<DynamicTest> recipientsContradicted() {
		return fixes("recipientsContradicted", SelosteCheck.RECIPIENTS_CONTRADICTED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.OBJECTION_RIGHT_MISSING)
	Stream<DynamicTest> objectionRightMissing() {
		return fixes("objectionRightMissing", SelosteCheck.OBJECTION_RIGHT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.OUTPUT_LANGUAGES_MISSING)
	Stream<DynamicTest> outputLanguagesMissing() {
		return fixes("outputLanguagesMissing", SelosteCheck.OUTPUT_LANGUAGES_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	Stream<DynamicTest> personalIdWithoutGround() {
		return fixes("personalIdWithoutGround", SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.CHILD_CONSENT_BELOW_13)
	Stream<DynamicTest> childConsentBelow13() {
		return fixes("childConsentBelow13", SelosteCheck.CHILD_CONSENT_BELOW_13.code());
	}

	/** On a purpose: the three grounds of tietosuojalaki 29 §, law and task left as placeholders. */
	@TestFactory
	@CoversFix(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	Stream<DynamicTest> personalIdWithoutGroundInPurpose() {
		return fixes("personalIdWithoutGroundInPurpose", SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PERSONAL_ID_UNFLAGGED)
	Stream<DynamicTest> personalIdUnflagged() {
		return fixes("personalIdUnflagged", SelosteCheck.PERSONAL_ID_UNFLAGGED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PORTABILITY_RIGHT_MISSING)
	Stream<DynamicTest> portabilityRightMissing() {
		return fixes("portabilityRightMissing", SelosteCheck.PORTABILITY_RIGHT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER)
	Stream<DynamicTest> processorRegisterWithoutController() {
		return fixes("processorRegisterWithoutController", SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PROFILING_UNDECLARED)
	Stream<DynamicTest> profilingUndeclared() {
		return fixes("profilingUndeclared", SelosteCheck.PROFILING_UNDECLARED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RETENTION_BY_CATEGORY_ONLY)
	Stream<DynamicTest> retentionByCategoryOnly() {
		return fixes("retentionByCategoryOnly", SelosteCheck.RETENTION_BY_CATEGORY_ONLY.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RIGHTS_MISSTATED)
	Stream<DynamicTest> rightsMisstated() {
		return fixes("rightsMisstated", SelosteCheck.RIGHTS_MISSTATED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PROFILING_WITHOUT_STATEMENT)
	Stream<DynamicTest> profilingWithoutStatement() {
		return fixes("profilingWithoutStatement", SelosteCheck.PROFILING_WITHOUT_STATEMENT.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PROVISION_CONSEQUENCES_MISSING)
	Stream<DynamicTest> provisionConsequencesMissing() {
		return fixes("provisionConsequencesMissing", SelosteCheck.PROVISION_CONSEQUENCES_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PROVISION_NOT_STATED)
	Stream<DynamicTest> provisionNotStated() {
		return fixes("provisionNotStated", SelosteCheck.PROVISION_NOT_STATED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PURPOSE_WITHOUT_BASIS)
	Stream<DynamicTest> purposeWithoutBasis() {
		return fixes("purposeWithoutBasis", SelosteCheck.PURPOSE_WITHOUT_BASIS.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.PURPOSE_WITHOUT_BASIS)
	Stream<DynamicTest> purposeWithoutBasisEnglish() {
		return fixes("purposeWithoutBasisEnglish", SelosteCheck.PURPOSE_WITHOUT_BASIS.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RECIPIENTS_NOT_STATED)
	Stream<DynamicTest> recipientsNotStated() {
		return fixes("recipientsNotStated", SelosteCheck.RECIPIENTS_NOT_STATED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.REPEALED_LAW_REFERENCE)
	Stream<DynamicTest> repealedLawReference() {
		return fixes("repealedLawReference", SelosteCheck.REPEALED_LAW_REFERENCE.code());
	}

	/** Sections the table maps with certainty become the GDPR articles, in the case the text needs. */
	@TestFactory
	@CoversFix(SelosteCheck.REPEALED_LAW_REFERENCE)
	Stream<DynamicTest> repealedLawSection() {
		return fixes("repealedLawSection", SelosteCheck.REPEALED_LAW_REFERENCE.code());
	}

	/** A section cited with its moment and points has no certain successor: a placeholder, not a guess. */
	@TestFactory
	@CoversFix(SelosteCheck.REPEALED_LAW_REFERENCE)
	Stream<DynamicTest> repealedLawUncertain() {
		return fixes("repealedLawUncertain", SelosteCheck.REPEALED_LAW_REFERENCE.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RESPONSE_TIME_MISSING)
	Stream<DynamicTest> responseTimeMissing() {
		return fixes("responseTimeMissing", SelosteCheck.RESPONSE_TIME_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RESPONSE_TIME_TOO_LONG)
	Stream<DynamicTest> responseTimeTooLong() {
		return fixes("responseTimeTooLong", SelosteCheck.RESPONSE_TIME_TOO_LONG.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RETENTION_MISSING)
	Stream<DynamicTest> retentionMissing() {
		return fixes("retentionMissing", SelosteCheck.RETENTION_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RETENTION_RANGE_INVALID)
	Stream<DynamicTest> retentionRangeInvalid() {
		return fixes("retentionRangeInvalid", SelosteCheck.RETENTION_RANGE_INVALID.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RIGHT_MISSING)
	Stream<DynamicTest> rightMissing() {
		return fixes("rightMissing", SelosteCheck.RIGHT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.RIGHT_MISSING)
	Stream<DynamicTest> rightMissingWithoutRightsBlock() {
		return fixes("rightMissingWithoutRightsBlock", SelosteCheck.RIGHT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.SAFEGUARD_COPY_MISSING)
	Stream<DynamicTest> safeguardCopyMissing() {
		return fixes("safeguardCopyMissing", SelosteCheck.SAFEGUARD_COPY_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.SOURCES_MISSING)
	Stream<DynamicTest> sourcesMissing() {
		return fixes("sourcesMissing", SelosteCheck.SOURCES_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	Stream<DynamicTest> specialCategoryWithoutCondition() {
		return fixes("specialCategoryWithoutCondition", SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.SUPERVISORY_AUTHORITY_MISSING)
	Stream<DynamicTest> supervisoryAuthorityMissing() {
		return fixes("supervisoryAuthorityMissing", SelosteCheck.SUPERVISORY_AUTHORITY_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED)
	Stream<DynamicTest> textLanguageNotDeclared() {
		return fixes("textLanguageNotDeclared", SelosteCheck.TEXT_LANGUAGE_NOT_DECLARED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.TEXT_VARIANT_MISSING)
	Stream<DynamicTest> textVariantMissing() {
		return fixes("textVariantMissing", SelosteCheck.TEXT_VARIANT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
	Stream<DynamicTest> thirdCountryRecipientWithoutTransfer() {
		return fixes("thirdCountryRecipientWithoutTransfer", SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
	Stream<DynamicTest> thirdCountryRecipientWithoutTransferEnglish() {
		return fixes("thirdCountryRecipientWithoutTransferEnglish", SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD)
	Stream<DynamicTest> transferWithoutSafeguard() {
		return fixes("transferWithoutSafeguard", SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.UNUSED_DATA_CATEGORY)
	Stream<DynamicTest> unusedDataCategory() {
		return fixes("unusedDataCategory", SelosteCheck.UNUSED_DATA_CATEGORY.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.UPDATED_DATE_MISSING)
	Stream<DynamicTest> updatedDateMissing() {
		return fixes("updatedDateMissing", SelosteCheck.UPDATED_DATE_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.URL_FORMAT)
	Stream<DynamicTest> urlFormat() {
		return fixes("urlFormat", SelosteCheck.URL_FORMAT.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING)
	Stream<DynamicTest> withdrawConsentRightMissing() {
		return fixes("withdrawConsentRightMissing", SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.NO_TRANSFERS_CONTRADICTED)
	Stream<DynamicTest> noTransfersContradictedBetweenBlankLines() {
		return fixes("noTransfersContradictedBetweenBlankLines", SelosteCheck.NO_TRANSFERS_CONTRADICTED.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.UNUSED_DATA_CATEGORY)
	Stream<DynamicTest> unusedDataCategoryFirstInBlock() {
		return fixes("unusedDataCategoryFirstInBlock", SelosteCheck.UNUSED_DATA_CATEGORY.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.UNUSED_DATA_CATEGORY)
	Stream<DynamicTest> unusedDataCategoryLastInBlock() {
		return fixes("unusedDataCategoryLastInBlock", SelosteCheck.UNUSED_DATA_CATEGORY.code());
	}

	/** One test per resolution of the first issue with {@code code} in the fixture, and one for stale golden files. */
	@TestFactory
	@CoversFix(SelosteCheck.UNRESOLVED_REFERENCE)
	Stream<DynamicTest> unresolvedReference() {
		// a new category 'Ostto' leaves the similar 'Ostot' unused: hidden while the reference was broken
		return resolve("unresolvedReference", SelosteCheck.UNRESOLVED_REFERENCE.code(), parsed("unresolvedReference"),
				Set.of(SelosteCheck.UNUSED_DATA_CATEGORY.code()), false);
	}

	@TestFactory
	@CoversFix(SelosteCheck.UNRESOLVED_REFERENCE)
	Stream<DynamicTest> unresolvedReferenceEnglish() {
		return fixes("unresolvedReferenceEnglish", SelosteCheck.UNRESOLVED_REFERENCE.code());
	}

	@TestFactory
	@CoversFix(SelosteCheck.SYNTAX_ERROR)
	Stream<DynamicTest> syntaxErrorStrayWord() {
		return syntaxFixes("syntaxErrorStrayWord");
	}

	/** A stray name after a legal basis is not a second basis: removing it is the one repair. */
	@TestFactory
	@CoversFix(SelosteCheck.SYNTAX_ERROR)
	Stream<DynamicTest> syntaxErrorStrayName() {
		return syntaxFixes("syntaxErrorStrayName");
	}

	/** A text spanning lines on purpose is not closed at the end of its first line; the stray word after it is removed. */
	@TestFactory
	@CoversFix(SelosteCheck.SYNTAX_ERROR)
	Stream<DynamicTest> syntaxErrorMultiLineText() {
		return syntaxFixes("syntaxErrorMultiLineText");
	}

	@TestFactory
	@CoversFix(SelosteCheck.SYNTAX_ERROR)
	Stream<DynamicTest> syntaxErrorComma() {
		return syntaxFixes("syntaxErrorComma");
	}

	@TestFactory
	@CoversFix(SelosteCheck.SYNTAX_ERROR)
	Stream<DynamicTest> syntaxErrorUnclosedAtEnd() {
		return syntaxFixes("syntaxErrorUnclosedAtEnd");
	}

	@TestFactory
	@CoversFix(SelosteCheck.SYNTAX_ERROR)
	Stream<DynamicTest> syntaxErrorUnclosedBlock() {
		return syntaxFixes("syntaxErrorUnclosedBlock");
	}

	@TestFactory
	@CoversFix(SelosteCheck.SYNTAX_ERROR)
	Stream<DynamicTest> syntaxErrorUnclosedText() {
		return syntaxFixes("syntaxErrorUnclosedText");
	}

	/**
	 * A fixture with one syntax error in an otherwise clean, formatted notice: the fix must leave it
	 * parsing, formatted and without any problem (while it did not parse, the checks of what is missing
	 * were held back, so a comparison with the problems before would prove nothing).
	 */
	private Stream<DynamicTest> syntaxFixes(String name) {
		String text = Fixtures.read(DIR.resolve(name + ".seloste"));
		XtextResource resource = models.parse(text);
		assertTrue(resource.getParseResult().hasSyntaxErrors(), name + ".seloste parses: it should show a syntax error");
		return resolve(name, SelosteCheck.SYNTAX_ERROR.code(), resource, Set.of(), true);
	}

	private XtextResource parsed(String name) {
		String text = Fixtures.read(DIR.resolve(name + ".seloste"));
		XtextResource resource = models.parse(text);
		assertFalse(resource.getParseResult().hasSyntaxErrors(), name + ".seloste does not parse");
		assertEquals(text, formatting.format(resource), name + ".seloste is not in canonical layout");
		return resource;
	}

	private Stream<DynamicTest> fixes(String name, String code) {
		String text = Fixtures.read(DIR.resolve(name + ".seloste"));
		XtextResource resource = models.parse(text);
		assertFalse(resource.getParseResult().hasSyntaxErrors(), name + ".seloste does not parse");
		assertEquals(text, formatting.format(resource), name + ".seloste is not in canonical layout");
		return resolve(name, code, resource, Set.of(), false);
	}

	/**
	 * The tests of each resolution; problems of the codes {@code mayAppear} may appear after the fix,
	 * and with {@code clean} no problem but a placeholder may remain.
	 */
	private Stream<DynamicTest> resolve(String name, String code, XtextResource resource, Set<String> mayAppear,
			boolean clean) {
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
					() -> check(resource, before, code, resolution, golden, mayAppear, clean)));
		}
		tests.add(dynamicTest("every golden file has its resolution", () -> noStaleGoldenFiles(name, resolutions.size())));
		return tests.stream();
	}

	private void check(XtextResource resource, List<Issue> before, String code, DiagnosticResolution resolution,
			Path golden, Set<String> mayAppear, boolean clean) {
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
			if (!entry.getKey().equals(SelosteCheck.PLACEHOLDER.code()) && !mayAppear.contains(entry.getKey())) {
				assertTrue(entry.getValue() <= was.getOrDefault(entry.getKey(), 0L),
						() -> "the fix adds " + entry.getKey() + ":\n" + SelosteTestModels.describe(issues));
			}
		}
		if (clean) {
			List<Issue> left = issues.stream().filter(i -> !SelosteCheck.PLACEHOLDER.code().equals(i.getCode())).toList();
			assertTrue(left.isEmpty(), () -> "the fixed text has problems:\n" + SelosteTestModels.describe(left));
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
