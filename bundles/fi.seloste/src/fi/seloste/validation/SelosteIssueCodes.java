package fi.seloste.validation;

/**
 * Every issue code of the language, in one place. Codes are prefixed so tools can tell them apart;
 * {@link SelosteCheck} gives each its severity and concern, the message bundles its text and source.
 */
public final class SelosteIssueCodes {

	private static final String PREFIX = "fi.seloste.";

	// GDPR Art 12–14 completeness
	public static final String CONTROLLER_MISSING = PREFIX + "controllerMissing";
	public static final String CONTROLLER_NAME_MISSING = PREFIX + "controllerNameMissing";
	public static final String CONTROLLER_CONTACT_MISSING = PREFIX + "controllerContactMissing";
	public static final String DPO_CONTACT_MISSING = PREFIX + "dpoContactMissing";
	public static final String REGISTER_MISSING = PREFIX + "registerMissing";
	public static final String PURPOSE_MISSING = PREFIX + "purposeMissing";
	public static final String PURPOSE_WITHOUT_BASIS = PREFIX + "purposeWithoutBasis";
	public static final String LEGITIMATE_INTEREST_NOT_STATED = PREFIX + "legitimateInterestNotStated";
	public static final String RECIPIENTS_NOT_STATED = PREFIX + "recipientsNotStated";
	public static final String TRANSFER_WITHOUT_SAFEGUARD = PREFIX + "transferWithoutSafeguard";
	public static final String SAFEGUARD_COPY_MISSING = PREFIX + "safeguardCopyMissing";
	public static final String RETENTION_MISSING = PREFIX + "retentionMissing";
	public static final String RIGHT_MISSING = PREFIX + "rightMissing";
	public static final String OBJECTION_RIGHT_MISSING = PREFIX + "objectionRightMissing";
	public static final String PORTABILITY_RIGHT_MISSING = PREFIX + "portabilityRightMissing";
	public static final String WITHDRAW_CONSENT_RIGHT_MISSING = PREFIX + "withdrawConsentRightMissing";
	public static final String COMPLAINT_RIGHT_MISSING = PREFIX + "complaintRightMissing";
	public static final String DIRECT_MARKETING_OBJECTION_MISSING = PREFIX + "directMarketingObjectionMissing";
	public static final String RESPONSE_TIME_MISSING = PREFIX + "responseTimeMissing";
	public static final String RESPONSE_TIME_TOO_LONG = PREFIX + "responseTimeTooLong";
	public static final String PROVISION_NOT_STATED = PREFIX + "provisionNotStated";
	public static final String PROVISION_CONSEQUENCES_MISSING = PREFIX + "provisionConsequencesMissing";
	public static final String ADM_NOT_STATED = PREFIX + "admNotStated";
	public static final String ADM_DETAILS_MISSING = PREFIX + "admDetailsMissing";
	public static final String SOURCES_MISSING = PREFIX + "sourcesMissing";
	public static final String SOURCE_CATEGORIES_MISSING = PREFIX + "sourceCategoriesMissing";
	public static final String SPECIAL_CATEGORY_WITHOUT_CONDITION = PREFIX + "specialCategoryWithoutCondition";
	public static final String CRIMINAL_DATA_WITHOUT_AUTHORISATION = PREFIX + "criminalDataWithoutAuthorisation";
	public static final String UPDATED_DATE_MISSING = PREFIX + "updatedDateMissing";
	public static final String OUTPUT_LANGUAGES_MISSING = PREFIX + "outputLanguagesMissing";
	public static final String SUPERVISORY_AUTHORITY_MISSING = PREFIX + "supervisoryAuthorityMissing";

	// Finnish law
	public static final String BUSINESS_ID_VAT_FORM = PREFIX + "businessIdVatForm";
	public static final String BUSINESS_ID_FORMAT = PREFIX + "businessIdFormat";
	public static final String BUSINESS_ID_CHECK_DIGIT = PREFIX + "businessIdCheckDigit";
	public static final String REPEALED_LAW_REFERENCE = PREFIX + "repealedLawReference";
	public static final String AUTHORITY_DETAILS_OUTDATED = PREFIX + "authorityDetailsOutdated";
	public static final String PERSONAL_ID_WITHOUT_GROUND = PREFIX + "personalIdWithoutGround";
	public static final String ACCOUNTING_RETENTION_TOO_SHORT = PREFIX + "accountingRetentionTooShort";
	public static final String CHILD_CONSENT_BELOW_13 = PREFIX + "childConsentBelow13";
	public static final String PHONE_FORMAT = PREFIX + "phoneFormat";
	public static final String EMAIL_FORMAT = PREFIX + "emailFormat";
	public static final String URL_FORMAT = PREFIX + "urlFormat";
	public static final String INSECURE_URL = PREFIX + "insecureUrl";
	public static final String COUNTRY_CODE_INVALID = PREFIX + "countryCodeInvalid";

	// consistency across the model
	public static final String NO_TRANSFERS_CONTRADICTED = PREFIX + "noTransfersContradicted";
	public static final String THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER = PREFIX + "thirdCountryRecipientWithoutTransfer";
	public static final String UNUSED_DATA_CATEGORY = PREFIX + "unusedDataCategory";
	public static final String NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT = PREFIX + "nonEssentialCookieWithoutConsent";
	public static final String COOKIE_TYPE_MISSING = PREFIX + "cookieTypeMissing";
	public static final String COOKIE_PROVIDER_MISSING = PREFIX + "cookieProviderMissing";
	public static final String COOKIE_PROVIDER_NOT_RECIPIENT = PREFIX + "cookieProviderNotRecipient";
	public static final String COOKIE_LIFETIME_MISSING = PREFIX + "cookieLifetimeMissing";
	public static final String PROFILING_WITHOUT_STATEMENT = PREFIX + "profilingWithoutStatement";
	public static final String PROCESSOR_REGISTER_WITHOUT_CONTROLLER = PREFIX + "processorRegisterWithoutController";
	public static final String RETENTION_RANGE_INVALID = PREFIX + "retentionRangeInvalid";
	public static final String RETENTION_NOT_POSITIVE = PREFIX + "retentionNotPositive";
	public static final String DATES_OUT_OF_ORDER = PREFIX + "datesOutOfOrder";
	public static final String DATE_IN_FUTURE = PREFIX + "dateInFuture";
	public static final String DATE_INVALID = PREFIX + "dateInvalid";
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	public static final String DUPLICATE_ENTRY = PREFIX + "duplicateEntry";

	// language and style
	public static final String MIXED_KEYWORD_LANGUAGES = PREFIX + "mixedKeywordLanguages";
	public static final String TEXT_VARIANT_MISSING = PREFIX + "textVariantMissing";
	public static final String TEXT_LANGUAGE_NOT_DECLARED = PREFIX + "textLanguageNotDeclared";
	public static final String EMPTY_TEXT = PREFIX + "emptyText";
	public static final String FORBIDDEN_CHARACTER = PREFIX + "forbiddenCharacter";
	public static final String UNUSED_ORGANISATION_ELEMENT = PREFIX + "unusedOrganisationElement";
	public static final String EMPTY_FILE = PREFIX + "emptyFile";
	public static final String PLACEHOLDER = PREFIX + "placeholder";

	// The parser and the linker (issue 10)
	public static final String SYNTAX_ERROR = PREFIX + "syntaxError";
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolvedReference";

	private SelosteIssueCodes() {
	}
}
