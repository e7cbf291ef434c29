package fi.seloste.validation;

import static fi.seloste.validation.FixKind.EDITORIAL;
import static fi.seloste.validation.FixKind.NONE;
import static fi.seloste.validation.FixKind.SUBSTANTIVE;
import static fi.seloste.validation.SelosteCheck.Concern.COMPLETENESS;
import static fi.seloste.validation.SelosteCheck.Concern.CONSISTENCY;
import static fi.seloste.validation.SelosteCheck.Concern.FINNISH_LAW;
import static fi.seloste.validation.SelosteCheck.Concern.SOURCE;
import static fi.seloste.validation.SelosteCheck.Concern.STYLE;
import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.INFO;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.law.Citation;
import fi.seloste.seloste.Language;

/**
 * The one declaration of every check: its severity, the concern (validator) that reports it, the kind
 * of its quick fix and its legal source ({@link Citation}). The issue code ({@code fi.seloste.} and the
 * constant in lower camel case, e.g. {@code fi.seloste.controllerMissing}) and the key of its message
 * in {@code messages*.properties} (the same without the prefix) follow from the constant's name.
 * <p>
 * Severities: an error is a clear breach of GDPR Art 12–14 or of Finnish law, or a notice that cannot
 * be published as written; a warning is a likely gap a lawyer should look at; info is good practice
 * and hygiene.
 */
public enum SelosteCheck {

	// GDPR Art 12–14: does the notice say everything the data subject must be told?
	CONTROLLER_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(1)(a), 14(1)(a)"),
	CONTROLLER_NAME_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(1)(a), 14(1)(a)"),
	CONTROLLER_CONTACT_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(1)(a), 14(1)(a)"),
	DPO_CONTACT_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(1)(b), 14(1)(b)"),
	REGISTER_MISSING(ERROR, COMPLETENESS, NONE, "seloste.language; GDPR 13(1)(c)"),
	PURPOSE_MISSING(ERROR, COMPLETENESS, NONE, "GDPR 13(1)(c), 14(1)(c)"),
	PURPOSE_WITHOUT_BASIS(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(1)(c), 14(1)(c); wp260"),
	LEGITIMATE_INTEREST_NOT_STATED(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(1)(d), 14(2)(b)"),
	RECIPIENTS_NOT_STATED(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(1)(e), 14(1)(e)"),
	TRANSFER_WITHOUT_SAFEGUARD(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(1)(f), 44-49"),
	SAFEGUARD_COPY_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(1)(f), 14(1)(f)"),
	RETENTION_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(a), 14(2)(a)"),
	RIGHT_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(b), 15-18"),
	OBJECTION_RIGHT_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(b), 21(1), 21(4)"),
	PORTABILITY_RIGHT_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(b), 20(1)(a)"),
	WITHDRAW_CONSENT_RIGHT_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(c), 7(3), 9(2)(a)"),
	COMPLAINT_RIGHT_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(d), 77(1)"),
	DIRECT_MARKETING_OBJECTION_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(b), 21(2)-(4)"),
	RESPONSE_TIME_MISSING(INFO, COMPLETENESS, SUBSTANTIVE, "GDPR 12(3); practice"),
	RESPONSE_TIME_TOO_LONG(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 12(3)"),
	PROVISION_NOT_STATED(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(e)"),
	PROVISION_CONSEQUENCES_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(e)"),
	ADM_NOT_STATED(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(f), 22; practice"),
	ADM_DETAILS_MISSING(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(f), 14(2)(g)"),
	SOURCES_MISSING(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 14(2)(f)"),
	SOURCE_CATEGORIES_MISSING(WARNING, COMPLETENESS, NONE, "GDPR 14(1)(d)"),
	SPECIAL_CATEGORY_WITHOUT_CONDITION(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 9(2), 13(1)(c); LAW 1050/2018 6; wp260"),
	CRIMINAL_DATA_WITHOUT_AUTHORISATION(ERROR, COMPLETENESS, SUBSTANTIVE, "GDPR 10; LAW 1050/2018 7"),
	UPDATED_DATE_MISSING(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 12(1); wp260"),
	OUTPUT_LANGUAGES_MISSING(INFO, COMPLETENESS, SUBSTANTIVE, "seloste.style; GDPR 12(1)"),
	SUPERVISORY_AUTHORITY_MISSING(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(d), 77(1)"),
	RETENTION_NOT_LINKED(WARNING, COMPLETENESS, NONE, "GDPR 13(2)(a), 14(2)(a)"),
	RETENTION_BY_CATEGORY_ONLY(INFO, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(a), 14(2)(a); wp260"),
	RETENTION_VAGUE(WARNING, COMPLETENESS, NONE, "GDPR 13(2)(a), 14(2)(a); wp260"),
	PROFILING_DETAILS_MISSING(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 13(2)(f), 14(2)(g); practice"),
	DEROGATION_FOR_REGULAR_TRANSFER(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 49(1), 13(1)(f); edpb2018"),
	TRANSFER_COUNTRY_MISSING(WARNING, COMPLETENESS, NONE, "GDPR 13(1)(f), 30(1)(e); wp260"),
	SPECIAL_CATEGORY_UNFLAGGED(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 9(1), 13(1)(c)"),
	SPECIAL_CATEGORY_NATIONAL_LAW_MISSING(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 9(2)(b), 9(2)(g)-(j); LAW 1050/2018 6"),
	STATUTORY_BASIS_LAW_MISSING(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 6(3), 13(1)(c); LAW 1050/2018 4; wp260"),
	CONTRACT_BASIS_NON_PARTY(WARNING, COMPLETENESS, NONE, "GDPR 6(1)(b); edpb2019"),
	JOINT_CONTROLLER_ESSENCE_MISSING(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 26(2)"),
	REPRESENTATIVE_MISSING(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 27(1), 13(1)(a), 14(1)(a)"),
	// reported only against a baseline (check --since REV): issue 14
	CHANGE_ENTRY_MISSING(WARNING, COMPLETENESS, SUBSTANTIVE, "GDPR 12(1); wp260changes"),

	// Finnish law and the forms of Finnish identifiers and addresses
	BUSINESS_ID_VAT_FORM(WARNING, FINNISH_LAW, EDITORIAL, "LAW 244/2001"),
	BUSINESS_ID_FORMAT(WARNING, FINNISH_LAW, EDITORIAL, "LAW 244/2001"),
	BUSINESS_ID_CHECK_DIGIT(ERROR, FINNISH_LAW, NONE, "LAW 244/2001"),
	REPEALED_LAW_REFERENCE(ERROR, FINNISH_LAW, SUBSTANTIVE, "repealed.personalDataAct"),
	AUTHORITY_DETAILS_OUTDATED(ERROR, FINNISH_LAW, EDITORIAL, "ombudsman; GDPR 13(2)(d)"),
	PERSONAL_ID_WITHOUT_GROUND(ERROR, FINNISH_LAW, SUBSTANTIVE, "LAW 1050/2018 29"),
	ACCOUNTING_RETENTION_TOO_SHORT(ERROR, FINNISH_LAW, SUBSTANTIVE, "LAW 1336/1997 2:10"),
	CHILD_CONSENT_BELOW_13(WARNING, FINNISH_LAW, SUBSTANTIVE, "LAW 1050/2018 5; GDPR 8(1)"),
	PHONE_FORMAT(INFO, FINNISH_LAW, NONE, "GDPR 12(1), 13(1)(a); practice"),
	EMAIL_FORMAT(INFO, FINNISH_LAW, EDITORIAL, "GDPR 12(1), 13(1)(a); practice"),
	URL_FORMAT(INFO, FINNISH_LAW, EDITORIAL, "practice"),
	INSECURE_URL(INFO, FINNISH_LAW, EDITORIAL, "practice"),
	COUNTRY_CODE_INVALID(ERROR, FINNISH_LAW, EDITORIAL, "iso3166; GDPR 13(1)(f)"),
	PERSONAL_ID_UNFLAGGED(WARNING, FINNISH_LAW, SUBSTANTIVE, "LAW 1050/2018 29"),
	ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT(WARNING, FINNISH_LAW, NONE, "LAW 917/2014 200"),
	WORKING_LIFE_CONSENT_BASIS(WARNING, FINNISH_LAW, NONE, "edpb2020; LAW 759/2004 3"),
	WORKING_LIFE_THIRD_PARTY_SOURCE(WARNING, FINNISH_LAW, NONE, "LAW 759/2004 4"),
	WORKING_LIFE_TESTS(WARNING, FINNISH_LAW, NONE, "LAW 759/2004 13"),

	// Does the notice agree with itself?
	NO_TRANSFERS_CONTRADICTED(ERROR, CONSISTENCY, SUBSTANTIVE, "GDPR 13(1)(f)"),
	THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER(ERROR, CONSISTENCY, SUBSTANTIVE, "GDPR 13(1)(f), 44"),
	UNUSED_DATA_CATEGORY(INFO, CONSISTENCY, SUBSTANTIVE, "seloste.consistency"),
	NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT(ERROR, CONSISTENCY, SUBSTANTIVE, "LAW 917/2014 205; GDPR 4(11), 7"),
	COOKIE_TYPE_MISSING(WARNING, CONSISTENCY, SUBSTANTIVE, "LAW 917/2014 205; traficom"),
	COOKIE_PROVIDER_MISSING(WARNING, CONSISTENCY, SUBSTANTIVE, "GDPR 13(1)(e)"),
	COOKIE_PROVIDER_NOT_RECIPIENT(WARNING, CONSISTENCY, SUBSTANTIVE, "GDPR 13(1)(e)"),
	COOKIE_LIFETIME_MISSING(WARNING, CONSISTENCY, NONE, "LAW 917/2014 205; GDPR 13(2)(a); traficom"),
	PROFILING_WITHOUT_STATEMENT(WARNING, CONSISTENCY, SUBSTANTIVE, "GDPR 13(2)(f)"),
	PROCESSOR_REGISTER_WITHOUT_CONTROLLER(WARNING, CONSISTENCY, SUBSTANTIVE, "GDPR 30(2)(a)"),
	RETENTION_RANGE_INVALID(ERROR, CONSISTENCY, EDITORIAL, "GDPR 13(2)(a)"),
	RETENTION_NOT_POSITIVE(ERROR, CONSISTENCY, NONE, "GDPR 13(2)(a)"),
	DATES_OUT_OF_ORDER(WARNING, CONSISTENCY, NONE, "GDPR 12(1); practice"),
	DATE_IN_FUTURE(WARNING, CONSISTENCY, SUBSTANTIVE, "GDPR 12(1); practice"),
	DATE_INVALID(ERROR, CONSISTENCY, EDITORIAL, "iso8601"),
	DUPLICATE_NAME(ERROR, CONSISTENCY, NONE, "seloste.language"),
	DUPLICATE_ENTRY(WARNING, CONSISTENCY, EDITORIAL, "GDPR 12(1); practice"),
	PROVIDER_LOCATION_UNVERIFIED(WARNING, CONSISTENCY, NONE, "GDPR 13(1)(f), 14(1)(f)"),
	RECIPIENTS_CONTRADICTED(ERROR, CONSISTENCY, SUBSTANTIVE, "GDPR 13(1)(e), 14(1)(e), 4(9)"),
	COOKIE_CONSENT_INVALID_MECHANISM(ERROR, CONSISTENCY, NONE, "LAW 917/2014 205; GDPR 4(11), 7; traficom"),
	TRACKING_COOKIE_WITHOUT_CONSENT(WARNING, CONSISTENCY, SUBSTANTIVE, "LAW 917/2014 205; GDPR 4(11), 7; traficom"),
	PROFILING_UNDECLARED(WARNING, CONSISTENCY, SUBSTANTIVE, "GDPR 13(2)(f), 21(2)"),
	RIGHTS_MISSTATED(WARNING, CONSISTENCY, SUBSTANTIVE, "GDPR 12(2), 13(2)(b), 15, 21(1)"),
	RECIPIENTS_VAGUE(WARNING, CONSISTENCY, NONE, "GDPR 13(1)(e), 14(1)(e); wp260"),

	// Language, text variants and the form of the source
	MIXED_KEYWORD_LANGUAGES(WARNING, STYLE, EDITORIAL, "seloste.style"),
	TEXT_VARIANT_MISSING(WARNING, STYLE, SUBSTANTIVE, "GDPR 12(1)"),
	TEXT_LANGUAGE_NOT_DECLARED(WARNING, STYLE, SUBSTANTIVE, "seloste.style"),
	EMPTY_TEXT(WARNING, STYLE, NONE, "GDPR 12(1)"),
	FORBIDDEN_CHARACTER(ERROR, STYLE, NONE, "seloste.characters"),
	UNUSED_ORGANISATION_ELEMENT(INFO, STYLE, NONE, "seloste.style"),
	EMPTY_FILE(WARNING, STYLE, NONE, "seloste.language"),
	PLACEHOLDER(ERROR, STYLE, NONE, "seloste.placeholder"),
	REPEALED_DIRECTIVE_NAMED(WARNING, STYLE, NONE, "GDPR 94(1)"),
	// found by the parser and the linker, before any check (issue 10)
	SYNTAX_ERROR(ERROR, SOURCE, SUBSTANTIVE, "seloste.language"),
	UNRESOLVED_REFERENCE(ERROR, SOURCE, SUBSTANTIVE, "seloste.language");

	/** The concerns, one validator class and one quick-fix class each. */
	public enum Concern {
		COMPLETENESS, FINNISH_LAW, CONSISTENCY, STYLE,
		/** The file's text itself: its syntax and its references (the parser and the linker; no validator; fixes in SourceFixes). */
		SOURCE
	}

	/** The prefix of every Seloste issue code. */
	public static final String CODE_PREFIX = "fi.seloste.";

	private final Severity severity;
	private final Concern concern;
	private final FixKind fixKind;
	private final Citation source;
	private final String messageKey;

	SelosteCheck(Severity severity, Concern concern, FixKind fixKind, String source) {
		this.severity = severity;
		this.concern = concern;
		this.fixKind = fixKind;
		this.source = Citation.of(source);
		this.messageKey = lowerCamel(name());
	}

	/** The issue code, e.g. {@code fi.seloste.controllerMissing}. */
	public String code() {
		return CODE_PREFIX + messageKey;
	}

	public Severity severity() {
		return severity;
	}

	public Concern concern() {
		return concern;
	}

	/** What the check's quick fix changes; {@link FixKind#NONE} when it has none. */
	public FixKind fixKind() {
		return fixKind;
	}

	/** The legal source. */
	public Citation source() {
		return source;
	}

	/** The legal source worded in the language of the messages. */
	public String source(KeywordLanguage language) {
		return source.in(language == KeywordLanguage.FINNISH ? Language.FI : Language.EN);
	}

	/** The key of the check's message in the message bundles: the code without its prefix. */
	public String messageKey() {
		return messageKey;
	}

	/** The check with the given issue code, or {@code null}. */
	public static SelosteCheck byCode(String code) {
		for (SelosteCheck check : values()) {
			if (check.code().equals(code)) {
				return check;
			}
		}
		return null;
	}

	private static String lowerCamel(String constant) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			} else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}
}
