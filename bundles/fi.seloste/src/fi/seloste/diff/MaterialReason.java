package fi.seloste.diff;

import fi.seloste.law.Citation;

/**
 * Why a change is material, with the provision that makes it so, in the compact form
 * {@link Citation} reads. The one list of reasons; which change has which reason is decided in
 * ChangeClassifier.
 */
public enum MaterialReason {
	/** A purpose is added: the data subject is informed before the processing for it starts. */
	NEW_PURPOSE("GDPR 13(3), 14(4)"),
	/** A recipient or processor is added, or serves purposes it did not serve. */
	NEW_RECIPIENT("GDPR 13(1)(e), 14(1)(e)"),
	/** A recipient's role (recipient, processor, authority) changes. */
	CHANGED_RECIPIENT("GDPR 13(1)(e), 14(1)(e)"),
	/** A transfer to a third country is added, or its recipients, countries or purposes change. */
	NEW_OR_CHANGED_TRANSFER("GDPR 13(1)(f), 14(1)(f)"),
	/** A safeguard of a transfer is added, removed or replaced by another kind. */
	CHANGED_SAFEGUARD("GDPR 13(1)(f), 14(1)(f), 46"),
	/** The retention of a purpose's data becomes longer. */
	LONGER_RETENTION("GDPR 13(2)(a), 14(2)(a)"),
	/** The retention changes in a way that cannot be told shorter (different anchors, criteria). */
	CHANGED_RETENTION("GDPR 13(2)(a), 14(2)(a)"),
	/** The legal basis of a purpose changes (one added, removed or replaced). */
	CHANGED_BASIS("GDPR 13(1)(c), 14(1)(c), 6(1)"),
	/** The Art 9(2) condition of a purpose for special categories changes (one added, removed or replaced). */
	CHANGED_SPECIAL_CONDITION("GDPR 13(1)(c), 14(1)(c), 9(2)"),
	/** The Art 10 authorisation of a purpose for criminal data changes. */
	CHANGED_CRIMINAL_DATA_AUTHORISATION("GDPR 13(1)(c), 14(1)(c), 10"),
	/** Special categories of personal data are processed that were not. */
	NEW_SPECIAL_CATEGORY("GDPR 9(1), 14(1)(d)"),
	/** Personal data relating to criminal convictions and offences are processed that were not. */
	NEW_CRIMINAL_DATA("GDPR 10, 14(1)(d)"),
	/** Personal identity codes are processed that were not. */
	NEW_PERSONAL_IDENTITY_CODE("LAW 1050/2018 29"),
	/** A new kind of source of the data. */
	NEW_SOURCE("GDPR 14(2)(f)"),
	/** Automated decision-making is now used. */
	AUTOMATED_DECISION_MAKING_INTRODUCED("GDPR 13(2)(f), 14(2)(g), 22"),
	/**
	 * Profiling is now used: a purpose the data subjects are told of, and the right to object where the
	 * basis is Art 6(1)(e) or (f). Art 13(2)(f), 14(2)(g) and 22 concern automated decision-making only.
	 */
	PROFILING_INTRODUCED("GDPR 13(1)(c), 14(1)(c), 21(1)-(2)"),
	/** A purpose is now direct marketing: the right to object must be brought to attention. */
	DIRECT_MARKETING_INTRODUCED("GDPR 21(2)-(4)"),
	/** A right the notice stated is no longer stated. */
	RIGHT_REMOVED("GDPR 13(2)(b)-(d), 14(2)(c)-(e)"),
	/** A controller is added or removed, or its name, business ID or kind (joint controller) changes. */
	CHANGED_CONTROLLER("GDPR 13(1)(a), 14(1)(a)"),
	/** Whether providing the data is statutory, contractual or voluntary changes. */
	CHANGED_PROVISION("GDPR 13(2)(e)");

	private final String citation;

	MaterialReason(String citation) {
		this.citation = citation;
	}

	/** The provision, in the compact form of {@link Citation#of(String)}. */
	public String citation() {
		return citation;
	}

	public Citation cite() {
		return Citation.of(citation);
	}
}
