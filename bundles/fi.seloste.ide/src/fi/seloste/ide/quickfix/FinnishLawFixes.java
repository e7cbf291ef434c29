package fi.seloste.ide.quickfix;

import static fi.seloste.ide.quickfix.FixEdits.end;
import static fi.seloste.ide.quickfix.FixEdits.node;
import static fi.seloste.ide.quickfix.FixEdits.quote;
import static fi.seloste.ide.quickfix.FixEdits.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Singleton;

import fi.seloste.law.DataProtectionOmbudsman;
import fi.seloste.law.PersonalDataActSuccessors;
import fi.seloste.law.RepealedLaw;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.seloste.CategoryFlag;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.PersonalIdGround;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.TextVariant;
import fi.seloste.ide.quickfix.Wording.Missing;
import fi.seloste.validation.SelosteCheck;

/** Quick fixes of the Finnish-law checks ({@code FinnishLawValidator}). */
@Singleton
public class FinnishLawFixes extends SelosteQuickfixSupport {

	@Fixes(SelosteCheck.BUSINESS_ID_VAT_FORM)
	public void businessIdFromVatNumber(DiagnosticResolutionAcceptor acceptor) {
		offerDetailValue(acceptor, "businessIdVatForm");
	}

	@Fixes(SelosteCheck.BUSINESS_ID_FORMAT)
	public void normaliseBusinessId(DiagnosticResolutionAcceptor acceptor) {
		offerDetailValue(acceptor, "businessIdFormat");
	}

	@Fixes(SelosteCheck.EMAIL_FORMAT)
	public void repairEmail(DiagnosticResolutionAcceptor acceptor) {
		offerDetailValue(acceptor, "emailFormat");
	}

	@Fixes(SelosteCheck.URL_FORMAT)
	public void completeWebAddress(DiagnosticResolutionAcceptor acceptor) {
		offerDetailValue(acceptor, "urlFormat");
	}

	@Fixes(SelosteCheck.COUNTRY_CODE_INVALID)
	public void upperCaseCountryCode(DiagnosticResolutionAcceptor acceptor) {
		offerDetailValue(acceptor, "countryCodeInvalid");
	}

	/** Replaces a detail's value with the corrected one the validator found (its issue data), if any. */
	private void offerDetailValue(DiagnosticResolutionAcceptor acceptor, String key) {
		String value = datum();
		if (value == null || value.isEmpty()) {
			return;
		}
		accept(acceptor, label(key, value), (edits, element, data) -> {
			Detail detail = within(element, Detail.class);
			edits.replace(node(detail.getValue()), quote(data.get(0)));
		});
	}

	/**
	 * The whole citation (the act with the provisions cited) is replaced by its successor where
	 * {@link PersonalDataActSuccessors} knows it for certain, else by a placeholder: section numbers
	 * do not carry over to the laws in force.
	 */
	@Fixes(SelosteCheck.REPEALED_LAW_REFERENCE)
	public void replaceRepealedLaw(DiagnosticResolutionAcceptor acceptor) {
		String reference = datum();
		EObject at = element();
		if (reference == null || within(at, Text.class) == null) {
			return;
		}
		RepealedLaw.citation(stringNode(at).getText(), reference).ifPresent(citation -> {
			Optional<String> successor = PersonalDataActSuccessors.successor(citation);
			String label = successor.map(s -> label("repealedLawReference", citation.written(), s))
					.orElseGet(() -> label("repealedLawReference.placeholder", citation.written()));
			accept(acceptor, label, (edits, element, data) -> {
				INode string = stringNode(element);
				RepealedLaw.Citation target = RepealedLaw.citation(string.getText(), data.get(0)).orElseThrow();
				String replacement = PersonalDataActSuccessors.successor(target)
						.orElseGet(() -> Wording.provisionInForce(languageOf(element), target.provisions()));
				edits.replace(string.getOffset() + target.start(), target.end() - target.start(), replacement);
			});
		});
	}

	/** The language of the text a diagnostic is on: its variant's, or the notice's first. */
	private static Language languageOf(EObject element) {
		TextVariant variant = within(element, TextVariant.class);
		return variant != null ? variant.getLanguage() : Texts.outputLanguages(Selostes.noticeOf(element)).get(0);
	}

	@Fixes(SelosteCheck.INSECURE_URL)
	public void useHttps(DiagnosticResolutionAcceptor acceptor) {
		String url = datum();
		if (url == null || !url.startsWith("http://")) {
			return;
		}
		String secure = "https://" + url.substring("http://".length());
		accept(acceptor, label("insecureUrl", secure), (edits, element, data) -> {
			INode string = stringNode(element);
			edits.replace(string, string.getText().replace(url, secure));
		});
	}

	/** The string token a text diagnostic is on: a language variant's or a plain text's. */
	private static INode stringNode(EObject element) {
		TextVariant variant = within(element, TextVariant.class);
		if (variant != null) {
			return FixEdits.node(variant, Literals.TEXT_VARIANT__TEXT);
		}
		return FixEdits.node(within(element, Text.class), Literals.TEXT__PLAIN);
	}

	/**
	 * Replaces the contact details with the current ones; other details (a description) stay.
	 * Editorial: the check fires only on the Ombudsman's own former details, so the authority stays
	 * the one the author named.
	 */
	@Fixes(SelosteCheck.AUTHORITY_DETAILS_OUTDATED)
	public void updateAuthorityDetails(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("authorityDetailsOutdated"), (edits, element, data) -> {
			SupervisoryAuthority authority = within(element, SupervisoryAuthority.class);
			Set<DetailKind> contact = EnumSet.of(DetailKind.NAME, DetailKind.ADDRESS, DetailKind.POSTAL_ADDRESS,
					DetailKind.PHONE, DetailKind.EMAIL, DetailKind.WEBSITE);
			for (Detail detail : authority.getDetails()) {
				if (contact.contains(detail.getKind())
						|| Texts.allValues(detail.getValue()).stream().anyMatch(DataProtectionOmbudsman::isOutdated)) {
					edits.delete(detail);
				}
			}
			edits.appendMembers(authority, authorityDetails(authority));
		});
	}

	/** Kirjanpitolaki 2:10 §: books are kept ten years from the end of the financial year. */
	@Fixes(SelosteCheck.ACCOUNTING_RETENTION_TOO_SHORT)
	public void useAccountingRetention(DiagnosticResolutionAcceptor acceptor) {
		String period = "10 vuotta alkaen tilikauden-päättyminen";
		accept(acceptor, label("accountingRetentionTooShort", keyword(period)), (edits, element, data) -> {
			Retention retention = within(element, Retention.class);
			edits.replace(node(retention.getPeriod()), edits.keywords(period));
		});
	}

	/**
	 * Tietosuojalaki 29 §. On a purpose that uses identity codes: the three grounds the section gives,
	 * the law or the task left for the author to write. On a category no purpose uses: the category holds
	 * no identity codes after all. Which is true is for the author to say.
	 */
	@Fixes(SelosteCheck.PERSONAL_ID_WITHOUT_GROUND)
	public void groundPersonalIdentityCode(DiagnosticResolutionAcceptor acceptor) {
		if (element() instanceof Purpose) {
			offerPersonalIdGround(acceptor, "henkilötunnuksen-peruste suostumus", null);
			offerPersonalIdGround(acceptor, "henkilötunnuksen-peruste laissa-säädetty", Missing.PERSONAL_ID_LAW);
			offerPersonalIdGround(acceptor, "henkilötunnuksen-peruste yksiselitteinen-yksilöinti", Missing.PERSONAL_ID_TASK);
			return;
		}
		if (element(DataCategory.class) == null) {
			return;
		}
		// using the category in a purpose would only move the finding there: the ground is still missing
		accept(acceptor, label("personalIdWithoutGround.flag", keyword(CategoryFlag.PERSONAL_ID_CODE.getLiteral())),
				(edits, element, data) -> {
					DataCategory target = within(element, DataCategory.class);
					List<INode> flags = NodeModelUtils.findNodesForFeature(target, Literals.DATA_CATEGORY__FLAGS);
					INode flag = flags.get(target.getFlags().indexOf(CategoryFlag.PERSONAL_ID_CODE));
					int from = flag.getOffset();
					while (from > 0 && Character.isWhitespace(edits.text().charAt(from - 1))) {
						from--;
					}
					edits.replace(from, end(flag) - from, "");
				});
	}

	/** A 29 § ground after the purpose's bases and conditions; with a placeholder for its text if one is needed. */
	private void offerPersonalIdGround(DiagnosticResolutionAcceptor acceptor, String ground, Missing text) {
		accept(acceptor, label("personalIdWithoutGround.ground", keyword(ground)), (edits, element, data) -> {
			Purpose purpose = within(element, Purpose.class);
			String line = text == null ? ground : ground + " " + FixEdits.text(purpose, text.placeholders());
			List<EObject> grounds = purpose.getMembers().stream()
					.filter(m -> m instanceof LegalBasis || m instanceof SpecialCondition || m instanceof PersonalIdGround)
					.map(EObject.class::cast).toList();
			if (grounds.isEmpty()) {
				edits.prependMembers(purpose, Lines.of(line));
			} else {
				edits.insertAfter(grounds.get(grounds.size() - 1), Lines.of(line));
			}
		});
	}

	/**
	 * Tietosuojalaki 5 §: who gives the consent is the author's to say; the fix leaves a placeholder that
	 * asks it (offered only: a placeholder is no text a notice can be published with).
	 */
	@Fixes(SelosteCheck.CHILD_CONSENT_BELOW_13)
	public void askWhoConsents(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("childConsentBelow13"), (edits, element, data) -> {
			Purpose purpose = within(element, Purpose.class);
			edits.appendMembers(purpose, Lines.of("lisätieto " + FixEdits.text(purpose, Missing.CHILD_CONSENT_GIVER.placeholders())));
		});
	}

	/** The category's label names identity codes: flag it, so that the 29 § ground is checked. */
	@Fixes(SelosteCheck.PERSONAL_ID_UNFLAGGED)
	public void flagPersonalIdentityCode(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("personalIdUnflagged", keyword(CategoryFlag.PERSONAL_ID_CODE.getLiteral())),
				(edits, element, data) -> {
					DataCategory category = within(element, DataCategory.class);
					INode after = category.getFlags().isEmpty() ? node(category, Literals.DATA_CATEGORY__LABEL)
							: FixEdits.lastNode(category, Literals.DATA_CATEGORY__FLAGS);
					edits.insert(end(after), " " + edits.keywords(CategoryFlag.PERSONAL_ID_CODE.getLiteral()));
				});
	}

}
