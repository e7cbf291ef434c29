package fi.seloste.law;

import java.util.Map;

import fi.seloste.seloste.Anchor;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SpecialConditionKind;
import fi.seloste.seloste.TimeUnit;

/**
 * The codes and IRIs the machine-readable formats use for the model's closed sets: GDPR article
 * codes in the TILT style ({@code GDPR-6-1-b}), W3C DPV and DPV eu-gdpr IRIs, and ISO 8601 durations.
 */
public final class Gdpr {

	public static final String DPV = "https://w3id.org/dpv#";
	public static final String EU_GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
	/** The DPV locations extension: one concept per ISO 3166 alpha-2 code, e.g. {@code loc:US}. */
	public static final String LOC = "https://w3id.org/dpv/loc#";

	private Gdpr() {
	}

	/** {@code GDPR-6-1-a} … {@code GDPR-6-1-f}. */
	public static String basisCode(BasisKind kind) {
		return "GDPR-6-1-" + basisLetter(kind);
	}

	/** The DPV legal-basis concept, e.g. {@code https://w3id.org/dpv#Contract}. */
	public static String basisDpv(BasisKind kind) {
		return DPV + switch (kind) {
		case CONSENT -> "Consent";
		case CONTRACT -> "Contract";
		case LEGAL_OBLIGATION -> "LegalObligation";
		case VITAL_INTERESTS -> "VitalInterest";
		case PUBLIC_TASK -> "PublicInterest";
		case LEGITIMATE_INTERESTS -> "LegitimateInterest";
		};
	}

	/** The DPV eu-gdpr concept, e.g. {@code https://w3id.org/dpv/legal/eu/gdpr#A6-1-b}. */
	public static String basisEuGdpr(BasisKind kind) {
		return EU_GDPR + "A6-1-" + basisLetter(kind);
	}

	private static String basisLetter(BasisKind kind) {
		return switch (kind) {
		case CONSENT -> "a";
		case CONTRACT -> "b";
		case LEGAL_OBLIGATION -> "c";
		case VITAL_INTERESTS -> "d";
		case PUBLIC_TASK -> "e";
		case LEGITIMATE_INTERESTS -> "f";
		};
	}

	/** {@code GDPR-9-2-a} … {@code GDPR-9-2-j}, or {@code GDPR-10} for criminal-offence data. */
	public static String specialCode(SpecialConditionKind kind) {
		String letter = specialLetter(kind);
		return letter == null ? "GDPR-10" : "GDPR-9-2-" + letter;
	}

	/** The DPV eu-gdpr concept of an Art 9(2) condition; {@code null} for Art 10. */
	public static String specialEuGdpr(SpecialConditionKind kind) {
		String letter = specialLetter(kind);
		return letter == null ? null : EU_GDPR + "A9-2-" + letter;
	}

	private static String specialLetter(SpecialConditionKind kind) {
		return switch (kind) {
		case EXPLICIT_CONSENT -> "a";
		case EMPLOYMENT -> "b";
		case VITAL_INTERESTS_INCAPABLE -> "c";
		case NOT_FOR_PROFIT -> "d";
		case MADE_PUBLIC -> "e";
		case LEGAL_CLAIMS -> "f";
		case SUBSTANTIAL_PUBLIC_INTEREST -> "g";
		case HEALTH_CARE -> "h";
		case PUBLIC_HEALTH -> "i";
		case ARCHIVING_RESEARCH -> "j";
		case CRIMINAL_DATA_AUTHORISED -> null;
		};
	}

	/** The article of a data subject's right, e.g. {@code GDPR-15}. */
	public static String rightCode(RightKind kind) {
		return switch (kind) {
		case ACCESS -> "GDPR-15";
		case RECTIFICATION -> "GDPR-16";
		case ERASURE -> "GDPR-17";
		case RESTRICTION -> "GDPR-18";
		case PORTABILITY -> "GDPR-20";
		case OBJECTION -> "GDPR-21-1";
		case DIRECT_MARKETING_OBJECTION -> "GDPR-21-2";
		case WITHDRAW_CONSENT -> "GDPR-7-3";
		case COMPLAINT -> "GDPR-77";
		};
	}

	/**
	 * The article a transfer safeguard rests on; {@code null} when none is stated. A derogation is
	 * {@code GDPR-49-1} as a whole: the language does not say which point of Art 49(1) (a)–(g), or the
	 * second subparagraph's compelling legitimate interests, a transfer rests on, although they differ
	 * legally; the safeguard's text says.
	 */
	public static String safeguardCode(SafeguardKind kind) {
		return switch (kind) {
		case ADEQUACY_DECISION, DATA_PRIVACY_FRAMEWORK -> "GDPR-45-3";
		case STANDARD_CONTRACTUAL_CLAUSES -> "GDPR-46-2-c";
		case BINDING_CORPORATE_RULES -> "GDPR-47";
		case DEROGATION -> "GDPR-49-1";
		case NONE_STATED -> null;
		};
	}

	/**
	 * The DPV eu-gdpr transfer legal basis of a safeguard: {@code A45-3} (an adequacy decision, the EU–US
	 * Data Privacy Framework being one), {@code A46-2-c} (standard contractual clauses adopted by the
	 * Commission), {@code A46-2-b} (binding corporate rules; DPV has no concept for Art 47 itself).
	 * {@code null} for a derogation, whose point of Art 49 the notice does not state (DPV has only
	 * {@code A49-1-a} … {@code A49-1-g} and {@code A49-2}), and when none is stated.
	 */
	public static String safeguardEuGdpr(SafeguardKind kind) {
		return switch (kind) {
		case ADEQUACY_DECISION, DATA_PRIVACY_FRAMEWORK -> EU_GDPR + "A45-3";
		case STANDARD_CONTRACTUAL_CLAUSES -> EU_GDPR + "A46-2-c";
		case BINDING_CORPORATE_RULES -> EU_GDPR + "A46-2-b";
		case DEROGATION, NONE_STATED -> null;
		};
	}

	private static final Map<Anchor, String> ANCHORS = Map.of(Anchor.COLLECTION, "collection",
			Anchor.CUSTOMER_RELATIONSHIP_END, "end-of-customer-relationship", Anchor.CONTRACT_END, "end-of-contract",
			Anchor.WARRANTY_END, "end-of-warranty", Anchor.FINANCIAL_YEAR_END, "end-of-financial-year",
			Anchor.CONSENT_WITHDRAWAL, "consent-withdrawal", Anchor.ACCOUNT_CLOSURE, "account-closure",
			Anchor.PURPOSE_FULFILLED, "purpose-fulfilled");

	/** The English keyword of an anchor, e.g. {@code end-of-financial-year}. */
	public static String anchor(Anchor anchor) {
		return ANCHORS.get(anchor);
	}

	/**
	 * The anchor of a duration, if the source gives one. The first literal (collection) is also the
	 * unset default of the feature, so only the source tells them apart.
	 */
	public static String anchor(DurationPeriod period) {
		var feature = fi.seloste.seloste.SelostePackage.Literals.DURATION_PERIOD__ANCHOR;
		boolean given = period.eIsSet(feature)
				|| !org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(period, feature).isEmpty();
		return given ? anchor(period.getAnchor()) : null;
	}

	/** An ISO 8601 duration: {@code P6Y}, {@code P12M}, {@code P2W}, {@code P30D}. */
	public static String duration(int amount, TimeUnit unit) {
		return "P" + amount + switch (unit) {
		case DAY -> "D";
		case WEEK -> "W";
		case MONTH -> "M";
		case YEAR -> "Y";
		};
	}

	/** The (minimum) duration of a period. */
	public static String duration(DurationPeriod period) {
		return duration(period.getAmount(), period.getUnit());
	}

	/** The longest duration of a period: its upper bound for a range, else its amount. */
	public static String maxDuration(DurationPeriod period) {
		return duration(period.getMaxAmount() > 0 ? period.getMaxAmount() : period.getAmount(), period.getUnit());
	}

	/** A model enum as a code: {@code LEGITIMATE_INTERESTS} → {@code legitimate-interests}. */
	public static String code(Enum<?> value) {
		return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
