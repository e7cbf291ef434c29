package fi.seloste.validation;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import fi.seloste.law.BusinessIds;
import fi.seloste.law.Countries;
import fi.seloste.law.DataProtectionOmbudsman;
import fi.seloste.law.ElectronicMarketing;
import fi.seloste.law.PersonalIdentityCodes;
import fi.seloste.law.WorkingLife;
import fi.seloste.law.RepealedLaw;
import fi.seloste.model.Selostes;
import fi.seloste.model.resolved.Fact;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.Texts;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.CategoryFlag;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.PersonalIdGround;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarker;
import fi.seloste.seloste.PurposeMarkerKind;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SourceKind;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.TextVariant;
import fi.seloste.seloste.UntilPeriod;
import fi.seloste.seloste.Use;

/**
 * Finnish law: business IDs, the repealed Personal Data Act, the Ombudsman, personal identity codes,
 * accounting, children, electronic direct marketing and privacy in working life.
 */
public class FinnishLawValidator extends SelosteCheckBase {

	private static final Pattern PHONE = Pattern.compile("[+0-9 ()/-]+");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/]+\\.[^\\s]+");
	/** An http:// address; punctuation that ends the sentence around it is not part of it. */
	private static final Pattern INSECURE = Pattern.compile("http://[^\\s\"<>)]*[^\\s\"<>).,;:!?]");
	/** Accounting material; not the accounting services a firm sells or markets ("kirjanpitopalvelujen markkinointi"). */
	private static final Pattern ACCOUNTING = Pattern.compile("(?iuU)kirjanpi(?!topalvel|totoimist|täjä)|tilinpäätö"
			+ "|accounting(?! (?:services|firm))|bookkeeping(?! services)|bokför(?!ingstjänst|ingsbyrå)");
	private static final int CHILD_CONSENT_AGE = 13;

	@Check
	public void checkDetail(Detail detail) {
		String value = Texts.firstValue(detail.getValue()).trim();
		switch (detail.getKind()) {
			case BUSINESS_ID -> checkBusinessId(detail, value);
			case PHONE -> {
				long digits = value.chars().filter(Character::isDigit).count();
				if (!PHONE.matcher(value).matches() || digits < 5 || digits > 15) {
					report(SelosteCheck.PHONE_FORMAT, detail, Literals.DETAIL__VALUE, value);
				}
			}
			case EMAIL -> {
				if (!EMAIL.matcher(value).matches()) {
					String repaired = value.replace("(at)", "@").replace("[at]", "@").replace(" ", "");
					report(SelosteCheck.EMAIL_FORMAT, detail, Literals.DETAIL__VALUE,
							EMAIL.matcher(repaired).matches() ? data(repaired) : data(), value);
				}
			}
			case WEBSITE -> {
				if (!WEB_ADDRESS.matcher(value).matches()) {
					report(SelosteCheck.URL_FORMAT, detail, Literals.DETAIL__VALUE,
							value.contains(" ") ? data() : data("https://" + value.replaceFirst("^[a-z]+:/*", "")), value);
				}
			}
			case COUNTRY -> {
				if (!Countries.isCode(value)) {
					String upper = value.toUpperCase(java.util.Locale.ROOT);
					report(SelosteCheck.COUNTRY_CODE_INVALID, detail, Literals.DETAIL__VALUE,
							Countries.isCode(upper) ? data(upper) : data(), value);
				}
			}
			default -> {
			}
		}
	}

	private void checkBusinessId(Detail detail, String value) {
		Optional<String> fromVat = BusinessIds.fromVatNumber(value);
		if (fromVat.isPresent()) {
			report(SelosteCheck.BUSINESS_ID_VAT_FORM, detail, Literals.DETAIL__VALUE, data(fromVat.get()), value,
					fromVat.get());
			if (!BusinessIds.hasValidCheckDigit(fromVat.get())) {
				// the ID inside is wrong too: say so now, not only after the VAT form has been fixed
				report(SelosteCheck.BUSINESS_ID_CHECK_DIGIT, detail, Literals.DETAIL__VALUE, value);
			}
		} else if (!BusinessIds.hasFormat(value)) {
			report(SelosteCheck.BUSINESS_ID_FORMAT, detail, Literals.DETAIL__VALUE,
					BusinessIds.normalised(value).map(id -> data(id)).orElse(data()), value);
		} else if (!BusinessIds.hasValidCheckDigit(value)) {
			report(SelosteCheck.BUSINESS_ID_CHECK_DIGIT, detail, Literals.DETAIL__VALUE, value);
		}
	}

	/** Free text counts too: a repealed law cited anywhere misleads the reader. */
	@Check
	public void checkPlainText(Text text) {
		if (text.getPlain() != null) {
			checkString(text.getPlain(), text, Literals.TEXT__PLAIN);
		}
	}

	@Check
	public void checkTextVariant(TextVariant variant) {
		checkString(variant.getText(), variant, Literals.TEXT_VARIANT__TEXT);
	}

	private void checkString(String value, EObject owner, EStructuralFeature feature) {
		StringScan scan = STRING_SCANS.get(value);
		for (String reference : scan.repealedLaws()) {
			report(SelosteCheck.REPEALED_LAW_REFERENCE, owner, feature, data(reference), reference);
		}
		for (String insecure : scan.insecureAddresses()) {
			report(SelosteCheck.INSECURE_URL, owner, feature, data(insecure), insecure);
		}
	}

	/** What {@link #checkString} looks for in a string, found once per distinct string (every text is scanned). */
	private record StringScan(List<String> repealedLaws, List<String> insecureAddresses) {
	}

	private static final TextMemo<String, StringScan> STRING_SCANS = TextMemo.of(value -> {
		List<String> insecure = new java.util.ArrayList<>();
		Matcher matcher = INSECURE.matcher(value);
		while (matcher.find()) {
			insecure.add(matcher.group());
		}
		return new StringScan(List.copyOf(RepealedLaw.references(value)), List.copyOf(insecure));
	});

	@Check
	public void checkAuthority(SupervisoryAuthority authority) {
		boolean outdated = authority.getDetails().stream().flatMap(d -> Texts.allValues(d.getValue()).stream())
				.anyMatch(DataProtectionOmbudsman::isOutdated);
		if (outdated) {
			report(SelosteCheck.AUTHORITY_DETAILS_OUTDATED, authority, Literals.SUPERVISORY_AUTHORITY__NAME,
					nameOf(authority));
		}
	}

	/**
	 * Tietosuojalaki 29 §: a personal identity code may be processed only on a ground the section
	 * gives (consent, provided by law, unambiguous identification in a task it lists). Each purpose that
	 * uses a flagged category states its ground; a category no purpose uses has none at all.
	 */
	@Check
	public void checkPersonalIdentityCode(DataCategory category) {
		checkPersonalIdentityCodeLabel(category);
		Notice notice = Selostes.noticeOf(category);
		// an organisation's category is used where a notice brings it in (below)
		if (notice != null && category.getFlags().contains(CategoryFlag.PERSONAL_ID_CODE) && !usedByAPurpose(category, notice)) {
			report(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND, category, Literals.DATA_CATEGORY__NAME, nameOf(category));
		}
	}

	/** A label that names personal identity codes on a category not flagged as holding them. */
	private void checkPersonalIdentityCodeLabel(DataCategory category) {
		if (!category.getFlags().contains(CategoryFlag.PERSONAL_ID_CODE)
				&& says(category.getLabel(), PersonalIdentityCodes::named)) {
			report(SelosteCheck.PERSONAL_ID_UNFLAGGED, category, Literals.DATA_CATEGORY__LABEL, nameOf(category));
		}
	}

	/** A notice that brings in an organisation's personal identity code must use it for a purpose with a ground. */
	@Check
	public void checkPersonalIdentityCodeUse(Use use) {
		Notice notice = Selostes.noticeOf(use);
		if (notice != null && use.getElement() instanceof DataCategory category && !category.eIsProxy()
				&& category.getFlags().contains(CategoryFlag.PERSONAL_ID_CODE) && !usedByAPurpose(category, notice)) {
			report(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND, use, Literals.USE__ELEMENT, nameOf(category));
		}
	}

	/** A purpose that uses personal identity codes states its 29 § ground. */
	@Check
	public void checkPersonalIdentityCodeGround(Purpose purpose) {
		if (!Selostes.members(purpose.getMembers(), PersonalIdGround.class).isEmpty()) {
			return;
		}
		Selostes.members(purpose.getMembers(), DataRefs.class).stream().flatMap(refs -> refs.getCategories().stream())
				.filter(c -> !c.eIsProxy() && c.getFlags().contains(CategoryFlag.PERSONAL_ID_CODE)).findFirst()
				.ifPresent(category -> report(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND, purpose, Literals.PURPOSE__NAME,
						data(category.getName()), nameOf(category)));
	}

	/** Whether a purpose of the notice names the category ({@code tiedot}). */
	private static boolean usedByAPurpose(DataCategory category, Notice notice) {
		return ResolvedNotice.of(notice).purposes().stream().anyMatch(p -> p.ownCategories().contains(category));
	}

	/** Kirjanpitolaki 2:10 §: vouchers 6 years, books 10 years; less than 6 years is always too short. */
	@Check
	public void checkAccountingRetention(Retention retention) {
		if (!concernsAccounting(retention)) {
			return;
		}
		Optional<Double> years = years(retention.getPeriod());
		if (years.isPresent() && years.get() < 6) {
			String written = NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(retention.getPeriod()));
			report(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT, retention, Literals.RETENTION__PERIOD, written);
		}
	}

	private static boolean concernsAccounting(Retention retention) {
		EObject owner = retention.eContainer();
		if (owner instanceof Purpose purpose && Selostes.members(purpose.getMembers(), PurposeMarker.class).stream()
				.anyMatch(m -> m.getKind() == PurposeMarkerKind.DIRECT_MARKETING)) {
			return false; // marketing (of accounting services, say) keeps no accounting material
		}
		Text label = owner instanceof Purpose p ? p.getLabel() : owner instanceof DataCategory c ? c.getLabel() : null;
		return mentionsAccounting(label) || mentionsAccounting(retention.getRationale());
	}

	private static boolean mentionsAccounting(Text text) {
		return Texts.allValues(text).stream().anyMatch(v -> ACCOUNTING.matcher(v).find());
	}

	/** The longest time a period keeps data, in years, when the period states one. */
	static Optional<Double> years(Period period) {
		if (period instanceof DurationPeriod duration) {
			int amount = duration.eIsSet(Literals.DURATION_PERIOD__MAX_AMOUNT) ? duration.getMaxAmount() : duration.getAmount();
			return Optional.of(switch (duration.getUnit()) {
				case DAY -> amount / 365.0;
				case WEEK -> amount / 52.0;
				case MONTH -> amount / 12.0;
				case YEAR -> (double) amount;
			});
		}
		if (period instanceof UntilPeriod until && until.getExtension() != null) {
			return years(until.getExtension());
		}
		return Optional.empty();
	}

	/**
	 * Tietosuojalaki 5 § (GDPR 8(1)): for an information society service offered directly to a child,
	 * a child under 13 cannot consent alone; the holder of parental responsibility gives or authorises
	 * it. The notice cannot say whether a purpose is such a service, so a consent-based purpose that
	 * concerns children under 13 is asked who consents, unless its consent or its own words already name
	 * the guardian.
	 */
	@Check
	public void checkChildConsent(Purpose purpose) {
		Optional<ResolvedPurpose> resolved = resolved(purpose);
		List<LegalBasis> consents = resolved.stream().flatMap(p -> p.bases().stream()).map(Fact::value)
				.filter(b -> b.getKind() == BasisKind.CONSENT).toList();
		if (consents.isEmpty() || consents.stream().anyMatch(b -> says(b.getText(), t -> GUARDIAN.matcher(t).find()))
				|| texts(purpose).stream().anyMatch(t -> GUARDIAN.matcher(t).find())) {
			return;
		}
		List<SubjectGroup> groups = resolved.get().subjects().stream().map(Fact::value).toList();
		groups.stream().filter(g -> g.eIsSet(Literals.SUBJECT_GROUP__MINIMUM_AGE) && g.getMinimumAge() < CHILD_CONSENT_AGE)
				.mapToInt(SubjectGroup::getMinimumAge).min()
				.ifPresent(age -> report(SelosteCheck.CHILD_CONSENT_BELOW_13, purpose, Literals.PURPOSE__NAME,
						nameOf(purpose), age));
	}

	/**
	 * 917/2014 200 §: electronic direct marketing to natural persons needs their prior consent, unless
	 * the existing-customer exception (200 § 2 mom.) applies; marketing to businesses is 202 §. Only a
	 * purpose that states no consent at all is reported: where it states consent and another basis, which
	 * one the electronic messages rest on is for the author to say; where its words or its data subjects
	 * say the person subscribes or opts in ("uutiskirjeen tilaajat"), consent is stated in substance and
	 * the missing basis is purposeWithoutBasis's finding.
	 */
	@Check
	public void checkElectronicDirectMarketing(Purpose purpose) {
		Optional<ResolvedPurpose> resolved = resolved(purpose);
		if (resolved.isEmpty() || !resolved.get().has(PurposeMarkerKind.DIRECT_MARKETING)) {
			return;
		}
		List<LegalBasis> bases = resolved.get().bases().stream().map(Fact::value).toList();
		if (bases.stream().anyMatch(b -> b.getKind() == BasisKind.CONSENT)) {
			return;
		}
		List<String> texts = texts(purpose);
		List<SubjectGroup> groups = resolved.get().subjects().stream().map(Fact::value).toList();
		boolean toBusinesses = !bases.isEmpty() && bases.stream().allMatch(b -> says(b.getText(), TO_BUSINESSES::get))
				|| !groups.isEmpty() && groups.stream().allMatch(g -> says(g.getLabel(), TO_BUSINESSES::get));
		boolean optIn = texts.stream().anyMatch(OPT_IN::get)
				|| groups.stream().anyMatch(g -> says(g.getLabel(), OPT_IN::get));
		if (texts.stream().anyMatch(ELECTRONIC::get) && !toBusinesses && !optIn
				&& texts.stream().noneMatch(EXISTING_CUSTOMER_EXCEPTION::get)) {
			report(SelosteCheck.ELECTRONIC_DIRECT_MARKETING_WITHOUT_CONSENT, purpose, Literals.PURPOSE__NAME,
					nameOf(purpose));
		}
	}

	/** Whether some language variant of a text says it. */
	/** The words of electronic direct marketing in a text, found once per distinct text. */
	private static final TextMemo<String, Boolean> TO_BUSINESSES = TextMemo.of(ElectronicMarketing::toBusinesses);
	private static final TextMemo<String, Boolean> OPT_IN = TextMemo.of(ElectronicMarketing::optIn);
	private static final TextMemo<String, Boolean> ELECTRONIC = TextMemo.of(ElectronicMarketing::electronic);
	private static final TextMemo<String, Boolean> EXISTING_CUSTOMER_EXCEPTION = TextMemo
			.of(ElectronicMarketing::existingCustomerException);

	private static boolean says(Text text, Predicate<String> saying) {
		return Texts.allValues(text).stream().anyMatch(saying);
	}

	/** What a purpose says in words: its label, the texts of its bases and conditions, its details. */
	private static List<String> texts(Purpose purpose) {
		List<String> texts = new ArrayList<>(Texts.allValues(purpose.getLabel()));
		for (EObject member : purpose.getMembers()) {
			switch (member) {
				case LegalBasis basis -> texts.addAll(Texts.allValues(basis.getText()));
				case SpecialCondition condition -> texts.addAll(Texts.allValues(condition.getText()));
				case Detail detail -> texts.addAll(Texts.allValues(detail.getValue()));
				default -> {
				}
			}
		}
		return texts;
	}

	/**
	 * Consent in employment (EDPB 05/2020 para 21; 759/2004 3 §): reported where every data subject
	 * group of a consent-based purpose is employees. Job applicants are left out: consent to keep an
	 * application for later recruitment is the accepted practice.
	 */
	@Check
	public void checkWorkingLifeConsent(Purpose purpose) {
		Optional<ResolvedPurpose> resolved = resolved(purpose);
		if (resolved.isEmpty() || resolved.get().bases().stream().noneMatch(b -> b.value().getKind() == BasisKind.CONSENT)) {
			return;
		}
		List<SubjectGroup> groups = resolved.get().subjects().stream().map(Fact::value).toList();
		if (!groups.isEmpty() && groups.stream().allMatch(g -> says(g.getLabel(), WorkingLife::employees))) {
			report(SelosteCheck.WORKING_LIFE_CONSENT_BASIS, purpose, Literals.PURPOSE__NAME, nameOf(purpose));
		}
	}

	/** 759/2004 13 §: psychological and aptitude tests of employees and applicants only with their consent. */
	@Check
	public void checkWorkingLifeTests(Purpose purpose) {
		Optional<ResolvedPurpose> resolved = resolved(purpose);
		if (resolved.isEmpty() || resolved.get().subjects().stream().map(Fact::value)
				.noneMatch(FinnishLawValidator::employeesOrApplicants)) {
			return;
		}
		List<String> texts = texts(purpose);
		resolved.get().ownCategories().forEach(c -> texts.addAll(Texts.allValues(c.getLabel())));
		boolean consent = resolved.get().bases().stream().anyMatch(b -> b.value().getKind() == BasisKind.CONSENT)
				|| texts.stream().anyMatch(WorkingLife::mentionsConsent);
		if (!consent && texts.stream().anyMatch(WorkingLife::mentionsTests)) {
			report(SelosteCheck.WORKING_LIFE_TESTS, purpose, Literals.PURPOSE__NAME, nameOf(purpose));
		}
	}

	/**
	 * 759/2004 4 §: data on employees and applicants is collected primarily from them; from others only
	 * with their consent, unless an act provides otherwise. A source from a third party or a public source
	 * is reported where its text states no consent and it concerns them: the data it gives is used by a
	 * purpose concerning employees or applicants, or (no data named) every group of the register is such.
	 * Authorities are left out: the acts that let them give data are the exception the section makes.
	 */
	@Check
	public void checkWorkingLifeSource(Source source) {
		if (source.getKind() != SourceKind.THIRD_PARTY && source.getKind() != SourceKind.PUBLIC
				|| says(source.getText(), WorkingLife::mentionsConsent)) {
			return;
		}
		Register register = Selostes.registerOf(source);
		Optional<ResolvedNotice> notice = resolved(source);
		if (register == null || notice.isEmpty()) {
			return;
		}
		List<ResolvedPurpose> purposes = notice.get().purposes().stream()
				.filter(p -> Selostes.registerOf(p.purpose()) == register).toList();
		boolean concerns;
		if (source.getCategories().isEmpty()) {
			List<SubjectGroup> groups = purposes.stream().flatMap(p -> p.subjects().stream()).map(Fact::value).distinct().toList();
			concerns = !groups.isEmpty() && groups.stream().allMatch(FinnishLawValidator::employeesOrApplicants);
		} else {
			concerns = purposes.stream().anyMatch(p -> p.ownCategories().stream().anyMatch(source.getCategories()::contains)
					&& p.subjects().stream().map(Fact::value).anyMatch(FinnishLawValidator::employeesOrApplicants));
		}
		if (concerns) {
			report(SelosteCheck.WORKING_LIFE_THIRD_PARTY_SOURCE, source, Literals.SOURCE__KIND, nameOf(register));
		}
	}

	private static boolean employeesOrApplicants(SubjectGroup group) {
		return says(group.getLabel(), WorkingLife::employeesOrApplicants);
	}

	/** A consent that names who gives it for a child: the guardian or a parent. */
	private static final Pattern GUARDIAN = Pattern.compile("(?iuU)huoltaj|vanhem|holhooj|guardian|parent|vårdnadshavare|förälder|föräldr");
}
