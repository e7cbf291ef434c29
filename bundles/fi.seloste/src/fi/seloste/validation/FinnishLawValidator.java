package fi.seloste.validation;


import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import fi.seloste.law.BusinessIds;
import fi.seloste.law.Countries;
import fi.seloste.law.DataProtectionOmbudsman;
import fi.seloste.law.RepealedLaw;
import fi.seloste.model.Selostes;
import fi.seloste.model.resolved.Fact;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.Texts;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.CategoryFlag;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.TextVariant;
import fi.seloste.seloste.UntilPeriod;
import fi.seloste.seloste.Use;

/** Finnish law: business IDs, the repealed Personal Data Act, the Ombudsman, accounting, children. */
public class FinnishLawValidator extends SelosteCheckBase {

	private static final Pattern PHONE = Pattern.compile("[+0-9 ()/-]+");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/]+\\.[^\\s]+");
	/** An http:// address; punctuation that ends the sentence around it is not part of it. */
	private static final Pattern INSECURE = Pattern.compile("http://[^\\s\"<>)]*[^\\s\"<>).,;:!?]");
	private static final Pattern ACCOUNTING = Pattern.compile("(?iuU)kirjanpi|tilinpäätö|accounting|bookkeeping|bokför");
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
		for (String reference : RepealedLaw.references(value)) {
			report(SelosteCheck.REPEALED_LAW_REFERENCE, owner, feature, data(reference), reference);
		}
		Matcher insecure = INSECURE.matcher(value);
		while (insecure.find()) {
			report(SelosteCheck.INSECURE_URL, owner, feature, data(insecure.group()), insecure.group());
		}
	}

	@Check
	public void checkAuthority(SupervisoryAuthority authority) {
		boolean outdated = authority.getDetails().stream().flatMap(d -> Texts.allValues(d.getValue()).stream())
				.anyMatch(DataProtectionOmbudsman::isOutdated);
		if (outdated) {
			report(SelosteCheck.AUTHORITY_DETAILS_OUTDATED, authority, Literals.SUPERVISORY_AUTHORITY__NAME,
					nameOf(authority));
		}
	}

	@Check
	public void checkPersonalIdentityCode(DataCategory category) {
		Notice notice = Selostes.noticeOf(category);
		if (notice == null || !category.getFlags().contains(CategoryFlag.PERSONAL_ID_CODE)) {
			return; // an organisation's category is checked where a notice brings it in (below)
		}
		if (!grounded(category, notice)) {
			report(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND, category, Literals.DATA_CATEGORY__NAME, nameOf(category));
		}
	}

	/** A notice that brings in an organisation's personal identity code must have a ground for it. */
	@Check
	public void checkPersonalIdentityCodeUse(Use use) {
		Notice notice = Selostes.noticeOf(use);
		if (notice != null && use.getElement() instanceof DataCategory category && !category.eIsProxy()
				&& category.getFlags().contains(CategoryFlag.PERSONAL_ID_CODE) && !grounded(category, notice)) {
			report(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND, use, Literals.USE__ELEMENT, nameOf(category));
		}
	}

	/** Whether a purpose of the notice that has a legal basis (its own or its register's) names the category. */
	private static boolean grounded(DataCategory category, Notice notice) {
		return ResolvedNotice.of(notice).purposes().stream()
				.anyMatch(p -> !p.bases().isEmpty() && p.ownCategories().contains(category));
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

	/** Tietosuojalaki 5 §: a child's own consent to an online service counts from 13 years. */
	@Check
	public void checkChildConsent(Purpose purpose) {
		Optional<ResolvedPurpose> resolved = resolved(purpose);
		boolean consent = resolved.stream().flatMap(p -> p.bases().stream())
				.anyMatch(b -> b.value().getKind() == BasisKind.CONSENT);
		if (!consent) {
			return;
		}
		List<SubjectGroup> groups = resolved.get().subjects().stream().map(Fact::value).toList();
		groups.stream().filter(g -> g.eIsSet(Literals.SUBJECT_GROUP__MINIMUM_AGE) && g.getMinimumAge() < CHILD_CONSENT_AGE)
				.mapToInt(SubjectGroup::getMinimumAge).min()
				.ifPresent(age -> report(SelosteCheck.CHILD_CONSENT_BELOW_13, purpose, Literals.PURPOSE__NAME,
						nameOf(purpose), age));
	}
}
