package fi.seloste.ide.quickfix;

import static fi.seloste.ide.quickfix.FixEdits.end;
import static fi.seloste.ide.quickfix.FixEdits.node;
import static fi.seloste.ide.quickfix.FixEdits.quote;
import static fi.seloste.ide.quickfix.FixEdits.text;
import static fi.seloste.model.Selostes.members;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

import fi.seloste.changes.ChangeEntryDraft;
import fi.seloste.ide.quickfix.Wording.Missing;
import fi.seloste.ide.quickfix.Wording.MissingDetail;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.law.DataProtectionOmbudsman;
import fi.seloste.model.Selostes;
import fi.seloste.seloste.AutomatedDetailKind;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.ProvisionKind;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.ResponseTime;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.SourceKind;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SpecialConditionKind;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.TextVariant;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.Retention;
import fi.seloste.validation.SelosteCheck;

/** Quick fixes of the GDPR Art 12–14 completeness checks ({@code CompletenessValidator}). */
@Singleton
public class CompletenessFixes extends SelosteQuickfixSupport {

	@Fixes(SelosteCheck.CONTROLLER_MISSING)
	public void addController(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("controllerMissing"), (edits, element, data) -> {
			Notice notice = within(element, Notice.class);
			KeywordLanguage language = edits.keywordLanguage();
			String name = language == KeywordLanguage.FINNISH ? "Rekisterinpitäjä" : "Controller";
			insertAfterHeader(edits, notice, new Lines()
					.add(0, "rekisterinpitäjä " + name + " {")
					.add(1, "nimi " + quote(MissingDetail.CONTROLLER_NAME.in(language)))
					.add(1, "osoite " + quote(MissingDetail.ADDRESS.in(language)))
					.add(0, "}"));
		});
	}

	@Fixes(SelosteCheck.CONTROLLER_NAME_MISSING)
	public void addControllerName(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("controllerNameMissing"), (edits, element, data) -> edits.prependMembers(
				within(element, Controller.class),
				Lines.of("nimi " + quote(MissingDetail.CONTROLLER_NAME.in(edits.keywordLanguage())))));
	}

	@Fixes(SelosteCheck.CONTROLLER_CONTACT_MISSING)
	public void addControllerAddress(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("controllerContactMissing"), (edits, element, data) -> edits.appendMembers(
				within(element, Controller.class),
				Lines.of("osoite " + quote(MissingDetail.CONTACT_ADDRESS.in(edits.keywordLanguage())))));
	}

	/** The essence of the arrangement (Art 26(2)) is for the controllers to write: a placeholder. */
	@Fixes(SelosteCheck.JOINT_CONTROLLER_ESSENCE_MISSING)
	public void describeJointArrangement(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("jointControllerEssenceMissing"), (edits, element, data) -> {
			Controller controller = within(element, Controller.class);
			edits.appendMembers(controller, Lines.of("kuvaus " + text(controller, Missing.JOINT_ARRANGEMENT.placeholders())));
		});
	}

	/** Marks the category special (Art 9(1)): a legal classification, so offered only. */
	@Fixes(SelosteCheck.SPECIAL_CATEGORY_UNFLAGGED)
	public void flagSpecialCategory(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("specialCategoryUnflagged", keyword("erityinen")), (edits, element, data) -> {
			DataCategory category = within(element, DataCategory.class);
			edits.insert(end(node(category, Literals.DATA_CATEGORY__LABEL)), " " + edits.keywords("erityinen"));
		});
	}

	@Fixes(SelosteCheck.DPO_CONTACT_MISSING)
	public void addDataProtectionOfficerAddress(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("dpoContactMissing"), (edits, element, data) -> edits.appendMembers(
				within(element, Person.class),
				Lines.of("osoite " + quote(MissingDetail.CONTACT_ADDRESS.in(edits.keywordLanguage())))));
	}

	/** One resolution per basis of Art 6(1); legitimate interests come with the interest to state. */
	@Fixes(SelosteCheck.PURPOSE_WITHOUT_BASIS)
	public void addLegalBasis(DiagnosticResolutionAcceptor acceptor) {
		for (BasisKind basis : BasisKind.VALUES) {
			accept(acceptor, label("purposeWithoutBasis." + basis.getName(), keyword(basis.getLiteral())),
					(edits, element, data) -> {
						Purpose purpose = within(element, Purpose.class);
						String line = "peruste " + basis.getLiteral();
						if (basis == BasisKind.LEGITIMATE_INTERESTS) {
							line += " " + text(purpose, Missing.LEGITIMATE_INTEREST.placeholders());
						} else if (basis == BasisKind.LEGAL_OBLIGATION || basis == BasisKind.PUBLIC_TASK) {
							line += " laki " + text(purpose, Missing.STATUTORY_BASIS_LAW.placeholders()); // Art 6(3)
						}
						edits.prependMembers(purpose, Lines.of(line));
					});
		}
	}

	@Fixes(SelosteCheck.LEGITIMATE_INTEREST_NOT_STATED)
	public void stateLegitimateInterest(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("legitimateInterestNotStated"), (edits, element, data) -> {
			LegalBasis basis = within(element, LegalBasis.class);
			edits.appendToElement(basis, " " + text(basis, Missing.LEGITIMATE_INTEREST.placeholders()));
		});
	}

	@Fixes(SelosteCheck.RECIPIENTS_NOT_STATED)
	public void stateRecipients(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("recipientsNotStated.none", keyword("ei-vastaanottajia")), (edits, element, data) ->
				edits.appendMembers(within(element, Register.class), Lines.of("ei-vastaanottajia")));
		accept(acceptor, label("recipientsNotStated.recipient"), (edits, element, data) -> {
			Register register = within(element, Register.class);
			String name = edits.keywordLanguage() == KeywordLanguage.FINNISH ? "Vastaanottaja" : "Recipient";
			edits.appendMembers(register, Lines.of("vastaanottaja " + name + " " + text(register,
					Missing.RECIPIENT.placeholders())));
		});
	}

	/** One resolution per safeguard; clauses and rules come with the copy to describe. */
	@Fixes(SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD)
	public void addSafeguard(DiagnosticResolutionAcceptor acceptor) {
		for (SafeguardKind safeguard : SAFEGUARDS) {
			accept(acceptor, label("transferWithoutSafeguard", keyword(safeguard.getLiteral())),
					(edits, element, data) -> {
						Transfer transfer = within(element, Transfer.class);
						edits.appendMembers(transfer, Lines.of(safeguardLine(transfer, safeguard)));
					});
		}
	}

	/** One resolution per safeguard of Art 45-47 beside the derogation: which one applies is the controller's fact. */
	@Fixes(SelosteCheck.DEROGATION_FOR_REGULAR_TRANSFER)
	public void addSafeguardBesideDerogation(DiagnosticResolutionAcceptor acceptor) {
		for (SafeguardKind safeguard : SAFEGUARDS) {
			if (safeguard != SafeguardKind.DEROGATION) {
				accept(acceptor, label("transferWithoutSafeguard", keyword(safeguard.getLiteral())),
						(edits, element, data) -> {
							Transfer transfer = within(element, Transfer.class);
							edits.appendMembers(transfer, Lines.of(safeguardLine(transfer, safeguard)));
						});
			}
		}
	}

	@Fixes(SelosteCheck.SAFEGUARD_COPY_MISSING)
	public void addSafeguardCopy(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("safeguardCopyMissing", keyword("kopio")), (edits, element, data) -> {
			Safeguard safeguard = within(element, Safeguard.class);
			edits.appendToElement(safeguard, " kopio " + text(safeguard, Missing.SAFEGUARD_COPY.placeholders()));
		});
	}

	@Fixes(SelosteCheck.RETENTION_MISSING)
	public void addRetentionCriteria(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("retentionMissing", keyword("säilytys kriteeri")), (edits, element, data) -> {
			Purpose purpose = within(element, Purpose.class);
			edits.appendMembers(purpose, Lines.of("säilytys kriteeri " + text(purpose,
					Missing.RETENTION_CRITERIA.placeholders())));
		});
	}

	@Fixes(SelosteCheck.RIGHT_MISSING)
	public void addRight(DiagnosticResolutionAcceptor acceptor) {
		RightKind right = RightKind.getByName(datum());
		if (right != null) {
			accept(acceptor, label("rightMissing", name("right." + right.getName())),
					(edits, element, data) -> addRight(edits, element, RightKind.getByName(data.get(0))));
		}
	}

	@Fixes(SelosteCheck.OBJECTION_RIGHT_MISSING)
	public void addObjectionRight(DiagnosticResolutionAcceptor acceptor) {
		offerRight(acceptor, RightKind.OBJECTION);
	}

	@Fixes(SelosteCheck.PORTABILITY_RIGHT_MISSING)
	public void addPortabilityRight(DiagnosticResolutionAcceptor acceptor) {
		offerRight(acceptor, RightKind.PORTABILITY);
	}

	@Fixes(SelosteCheck.WITHDRAW_CONSENT_RIGHT_MISSING)
	public void addWithdrawConsentRight(DiagnosticResolutionAcceptor acceptor) {
		offerRight(acceptor, RightKind.WITHDRAW_CONSENT);
	}

	@Fixes(SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING)
	public void addDirectMarketingObjectionRight(DiagnosticResolutionAcceptor acceptor) {
		offerRight(acceptor, RightKind.DIRECT_MARKETING_OBJECTION);
	}

	/** The right to complain, worded with the Ombudsman's current details, and the authority itself. */
	@Fixes(SelosteCheck.COMPLAINT_RIGHT_MISSING)
	public void addComplaintRight(DiagnosticResolutionAcceptor acceptor) {
		offerRight(acceptor, RightKind.COMPLAINT);
	}

	private void offerRight(DiagnosticResolutionAcceptor acceptor, RightKind right) {
		accept(acceptor, label("rightMissing", name("right." + right.getName())),
				(edits, element, data) -> addRight(edits, element, right));
	}

	private void addRight(FixEdits edits, EObject element, RightKind right) {
		Notice notice = within(element, Notice.class);
		Rights block = within(element, Rights.class);
		if (block == null && notice != null) {
			block = members(notice.getMembers(), Rights.class).stream().findFirst().orElse(null);
		}
		if (block == null) {
			Register register = within(element, Register.class);
			block = register == null ? null : members(register.getMembers(), Rights.class).stream().findFirst().orElse(null);
		}
		String line = "oikeus " + right.getLiteral() + " " + text(element, Wording.right(right));
		boolean authority = right == RightKind.COMPLAINT && notice != null
				&& members(notice.getMembers(), SupervisoryAuthority.class).isEmpty();
		if (block != null) {
			EObject lastRight = lastOf(block.getMembers(), Right.class);
			if (lastRight != null) {
				edits.insertAfter(lastRight, Lines.of(line));
			} else {
				edits.prependMembers(block, Lines.of(line));
			}
			if (authority && block.eContainer() == notice) {
				edits.insertAfter(block, authority(notice, edits.keywordLanguage()));
			} else if (authority) {
				edits.appendMembers(notice, authority(notice, edits.keywordLanguage()));
			}
		} else {
			Lines lines = new Lines().add(0, "oikeudet {").add(1, line).add(0, "}");
			if (authority) {
				lines.addAll(0, authority(notice, edits.keywordLanguage()));
			}
			edits.appendMembers(notice, lines);
		}
	}

	/** The Office of the Data Protection Ombudsman with its current contact details. */
	private static Lines authority(Notice notice, KeywordLanguage language) {
		String name = language == KeywordLanguage.FINNISH ? "Tietosuojavaltuutettu" : "DataProtectionOmbudsman";
		return new Lines().add(0, "valvontaviranomainen " + name + " {").addAll(1, authorityDetails(notice)).add(0, "}");
	}

	@Fixes(SelosteCheck.SUPERVISORY_AUTHORITY_MISSING)
	public void addSupervisoryAuthority(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("supervisoryAuthorityMissing"), (edits, element, data) -> {
			Notice notice = within(element, Notice.class);
			edits.appendMembers(notice, authority(notice, edits.keywordLanguage()));
		});
	}

	@Fixes(SelosteCheck.RESPONSE_TIME_MISSING)
	public void addResponseTime(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("responseTimeMissing", keyword("vastausaika 1 kuukausi")), (edits, element, data) -> {
			Rights block = within(element, Rights.class);
			if (block != null) {
				edits.appendMembers(block, Lines.of("vastausaika 1 kuukausi"));
			} else {
				edits.appendMembers(within(element, Notice.class),
						new Lines().add(0, "oikeudet {").add(1, "vastausaika 1 kuukausi").add(0, "}"));
			}
		});
	}

	@Fixes(SelosteCheck.RESPONSE_TIME_TOO_LONG)
	public void shortenResponseTime(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("responseTimeTooLong", keyword("1 kuukausi")), (edits, element, data) -> {
			ResponseTime time = within(element, ResponseTime.class);
			INode amount = FixEdits.node(time, Literals.RESPONSE_TIME__AMOUNT);
			INode unit = FixEdits.node(time, Literals.RESPONSE_TIME__UNIT);
			edits.replace(amount.getOffset(), end(unit) - amount.getOffset(), edits.keywords("1 kuukausi"));
		});
	}

	/** One resolution per kind of requirement; all but voluntary come with the consequences to state. */
	@Fixes(SelosteCheck.PROVISION_NOT_STATED)
	public void stateProvision(DiagnosticResolutionAcceptor acceptor) {
		for (ProvisionKind kind : ProvisionKind.VALUES) {
			accept(acceptor, label("provisionNotStated", keyword(kind.getLiteral())), (edits, element, data) -> {
				Notice notice = within(element, Notice.class);
				String line = "tietojen-antaminen " + kind.getLiteral();
				if (kind != ProvisionKind.VOLUNTARY) {
					line += " seuraukset " + text(notice, Missing.CONSEQUENCES.placeholders());
				}
				edits.appendMembers(notice, Lines.of(line));
			});
		}
	}

	@Fixes(SelosteCheck.PROVISION_CONSEQUENCES_MISSING)
	public void stateProvisionConsequences(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("provisionConsequencesMissing", keyword("seuraukset")), (edits, element, data) -> {
			Provision provision = within(element, Provision.class);
			edits.appendToElement(provision, " seuraukset " + text(provision, Missing.CONSEQUENCES.placeholders()));
		});
	}

	/** Either statement: a lawyer decides whether automated decisions are made. */
	@Fixes(SelosteCheck.ADM_NOT_STATED)
	public void stateAutomatedDecisions(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("admNotStated.notUsed", keyword("automaattinen-päätöksenteko ei-käytössä")),
				(edits, element, data) -> {
					Notice notice = within(element, Notice.class);
					edits.appendMembers(notice, Lines.of("automaattinen-päätöksenteko ei-käytössä "
							+ text(notice, Wording.noAutomatedDecisions())));
				});
		accept(acceptor, label("admNotStated.used", keyword("automaattinen-päätöksenteko käytössä")),
				(edits, element, data) -> {
					Notice notice = within(element, Notice.class);
					edits.appendMembers(notice, automatedProcessing(notice, "automaattinen-päätöksenteko"));
				});
	}

	@Fixes(SelosteCheck.ADM_DETAILS_MISSING)
	public void addAutomatedDetails(DiagnosticResolutionAcceptor acceptor) {
		offerAutomatedDetails(acceptor);
	}

	@Fixes(SelosteCheck.PROFILING_DETAILS_MISSING)
	public void addProfilingDetails(DiagnosticResolutionAcceptor acceptor) {
		offerAutomatedDetails(acceptor);
	}

	/** Placeholders for the missing logic, significance and consequences: the author states them. */
	private void offerAutomatedDetails(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("admDetailsMissing"), (edits, element, data) -> {
			AutomatedProcessing processing = within(element, AutomatedProcessing.class);
			Set<AutomatedDetailKind> missing = EnumSet.allOf(AutomatedDetailKind.class);
			processing.getDetails().forEach(d -> missing.remove(d.getKind()));
			edits.appendMembers(processing, automatedDetails(processing, missing));
		});
	}

	/** One resolution per kind of source; other sources than the data subject name the data they give. */
	@Fixes(SelosteCheck.SOURCES_MISSING)
	public void addSource(DiagnosticResolutionAcceptor acceptor) {
		for (SourceKind kind : SourceKind.VALUES) {
			accept(acceptor, label("sourcesMissing", keyword(kind.getLiteral())), (edits, element, data) -> {
				Register register = within(element, Register.class);
				String line = "lähde " + kind.getLiteral();
				List<String> categories = Selostes.categories(register).stream()
						.map(c -> referenceName(register, Literals.SOURCE__CATEGORIES, c)).toList();
				if (kind != SourceKind.DATA_SUBJECT && !categories.isEmpty()) {
					line += " tiedot " + String.join(", ", categories);
				}
				edits.appendMembers(register, Lines.of(line));
			});
		}
	}

	/** One resolution per condition of Art 9(2). */
	@Fixes(SelosteCheck.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	public void addSpecialCondition(DiagnosticResolutionAcceptor acceptor) {
		for (SpecialConditionKind kind : SpecialConditionKind.VALUES) {
			if (kind != SpecialConditionKind.CRIMINAL_DATA_AUTHORISED) {
				accept(acceptor, label("specialCategoryWithoutCondition." + kind.getName(), keyword(kind.getLiteral())),
						(edits, element, data) -> {
							Purpose purpose = within(element, Purpose.class);
							String line = "erityisperuste " + kind.getLiteral();
							if (CONDITIONS_ON_LAW.contains(kind)) { // Art 9(2)(b), (g)-(j): the law is named
								line += " " + text(purpose, Missing.SPECIAL_CONDITION_LAW.placeholders());
							}
							addCondition(edits, purpose, line);
							if (kind == SpecialConditionKind.EXPLICIT_CONSENT) { // Art 13(2)(c), 20(1)(a)
								addMissingRights(edits, element, List.of(RightKind.WITHDRAW_CONSENT, RightKind.PORTABILITY));
							}
						});
			}
		}
	}

	@Fixes(SelosteCheck.CRIMINAL_DATA_WITHOUT_AUTHORISATION)
	public void addCriminalDataAuthorisation(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("criminalDataWithoutAuthorisation", keyword("erityisperuste rikostietolupa")),
				(edits, element, data) -> {
					Purpose purpose = within(element, Purpose.class);
					addCondition(edits, purpose, "erityisperuste rikostietolupa "
							+ text(purpose, Missing.CRIMINAL_DATA_LAW.placeholders()));
				});
	}

	private static final Set<SpecialConditionKind> CONDITIONS_ON_LAW = EnumSet.of(SpecialConditionKind.EMPLOYMENT,
			SpecialConditionKind.SUBSTANTIAL_PUBLIC_INTEREST, SpecialConditionKind.HEALTH_CARE,
			SpecialConditionKind.PUBLIC_HEALTH, SpecialConditionKind.ARCHIVING_RESEARCH);

	/** The rights of the list that neither the notice nor a register states, after the notice's last right. */
	private void addMissingRights(FixEdits edits, EObject element, List<RightKind> rights) {
		Notice notice = within(element, Notice.class);
		List<Rights> blocks = new java.util.ArrayList<>(members(notice.getMembers(), Rights.class));
		Selostes.registers(notice).forEach(r -> blocks.addAll(members(r.getMembers(), Rights.class)));
		Set<RightKind> stated = Selostes.rights(blocks).map(Right::getKind).collect(Collectors.toSet());
		Lines lines = new Lines();
		rights.stream().filter(r -> !stated.contains(r))
				.forEach(r -> lines.add(0, "oikeus " + r.getLiteral() + " " + text(element, Wording.right(r))));
		if (lines.isEmpty()) {
			return;
		}
		Rights block = members(notice.getMembers(), Rights.class).stream().findFirst().orElse(null);
		EObject lastRight = block == null ? null : lastOf(block.getMembers(), Right.class);
		if (lastRight != null) {
			edits.insertAfter(lastRight, lines);
		} else if (block != null) {
			edits.prependMembers(block, lines);
		}
	}

	/** A condition of Art 9(2)(b), (g)-(j) without a text gets a placeholder for its law. */
	@Fixes(SelosteCheck.SPECIAL_CATEGORY_NATIONAL_LAW_MISSING)
	public void nameSpecialConditionLaw(DiagnosticResolutionAcceptor acceptor) {
		SpecialCondition condition = element(SpecialCondition.class);
		if (condition == null || condition.getText() != null) {
			return; // a text of its own stays the author's: no resolution
		}
		accept(acceptor, label("specialCategoryNationalLawMissing"), (edits, element, data) -> {
			SpecialCondition target = within(element, SpecialCondition.class);
			edits.appendToElement(target, " " + text(target, Missing.SPECIAL_CONDITION_LAW.placeholders()));
		});
	}

	/** The Art 27 representative after the controller, with placeholders for what only the controller knows. */
	@Fixes(SelosteCheck.REPRESENTATIVE_MISSING)
	public void addRepresentative(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("representativeMissing"), (edits, element, data) -> {
			Controller controller = within(element, Controller.class);
			String name = edits.keywordLanguage() == KeywordLanguage.FINNISH ? "Edustaja" : "Representative";
			edits.insertAfter(controller, new Lines().add(0, "edustaja " + name + " {")
					.add(1, "nimi " + text(controller, Missing.REPRESENTATIVE.placeholders())).add(0, "}"));
		});
	}

	/**
	 * Issue 14: the change entry drafted from the comparison with the earlier version (carried in the
	 * issue's data), dated today as the label shows: the date is the user's choice, offered, never applied
	 * by {@code check --fix}. A date placeholder cannot be written: a date in the grammar is three numbers.
	 */
	@Fixes(SelosteCheck.CHANGE_ENTRY_MISSING)
	public void addChangeEntry(DiagnosticResolutionAcceptor acceptor) {
		String date = today().toString();
		if (ChangeEntryDraft.fromIssueData(data()).isEmpty()) {
			return;
		}
		accept(acceptor, label("changeEntryMissing", keyword("muutos") + " " + date), (edits, element, data) -> {
			Map<Language, String> texts = ChangeEntryDraft.fromIssueData(data);
			ChangeEntryInsertion.insert(edits, within(element, Notice.class), date, texts);
		});
	}

	/** The law behind a basis of Art 6(1)(c) or (e) (Art 6(3)) is for a lawyer to name: a placeholder. */
	@Fixes(SelosteCheck.STATUTORY_BASIS_LAW_MISSING)
	public void nameStatute(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("statutoryBasisLawMissing", keyword("laki")), (edits, element, data) -> {
			LegalBasis basis = within(element, LegalBasis.class);
			edits.appendToElement(basis, " laki " + text(basis, Missing.STATUTORY_BASIS_LAW.placeholders()));
		});
	}

	/** A condition goes after the purpose's legal bases and conditions. */
	private static void addCondition(FixEdits edits, Purpose purpose, String line) {
		List<EObject> grounds = purpose.getMembers().stream()
				.filter(m -> m instanceof LegalBasis || m instanceof SpecialCondition).map(EObject.class::cast).toList();
		if (grounds.isEmpty()) {
			edits.prependMembers(purpose, Lines.of(line));
		} else {
			edits.insertAfter(grounds.get(grounds.size() - 1), Lines.of(line));
		}
	}

	@Fixes(SelosteCheck.UPDATED_DATE_MISSING)
	public void addUpdatedDate(DiagnosticResolutionAcceptor acceptor) {
		String date = today().toString();
		accept(acceptor, label("updatedDateMissing", keyword("päivitetty") + " " + date), (edits, element, data) -> {
			Notice notice = within(element, Notice.class);
			EObject after = last(notice, Languages.class);
			if (after == null) {
				after = last(notice, Title.class);
			}
			Lines line = Lines.of("päivitetty " + date);
			if (after != null) {
				edits.insertAfter(after, line);
			} else {
				edits.prependMembers(notice, line);
			}
		});
	}

	/**
	 * Declares the languages the notice's texts are in; Finnish first, as a plain text means Finnish now.
	 * Substantive: it decides the languages the notice is published in, and reads plain texts as Finnish.
	 */
	@Fixes(SelosteCheck.OUTPUT_LANGUAGES_MISSING)
	public void declareOutputLanguages(DiagnosticResolutionAcceptor acceptor) {
		Notice current = element(Notice.class);
		String languages = current == null ? "fi" : usedLanguages(current);
		accept(acceptor, label("outputLanguagesMissing", keyword("kielet") + " " + languages), (edits, element, data) -> {
			Notice notice = within(element, Notice.class);
			Lines line = Lines.of("kielet " + usedLanguages(notice));
			EObject title = last(notice, Title.class);
			if (title != null) {
				edits.insertAfter(title, line);
			} else {
				edits.prependMembers(notice, line);
			}
		});
	}

	private static String usedLanguages(Notice notice) {
		Set<Language> used = new LinkedHashSet<>();
		used.add(Language.FI);
		EcoreUtil2.getAllContentsOfType(notice, TextVariant.class).forEach(v -> used.add(v.getLanguage()));
		return used.stream().map(Language::getLiteral).collect(Collectors.joining(", "));
	}

	/**
	 * One resolution per data category of the register with a retention: the purpose names it as its data,
	 * so its retention applies. Which data a purpose keeps is a fact: offered, never applied by --fix.
	 */
	@Fixes(SelosteCheck.RETENTION_BY_CATEGORY_ONLY)
	public void nameThePurposesData(DiagnosticResolutionAcceptor acceptor) {
		Purpose purpose = element(Purpose.class);
		Register register = purpose == null ? null : Selostes.registerOf(purpose);
		if (register == null) {
			return;
		}
		for (DataCategory category : categoriesWithRetention(register)) {
			String categoryName = category.getName();
			accept(acceptor, label("retentionByCategoryOnly", categoryName), (edits, element, data) -> {
				Purpose target = within(element, Purpose.class);
				DataCategory chosen = categoriesWithRetention(Selostes.registerOf(target)).stream()
						.filter(c -> categoryName.equals(c.getName())).findFirst().orElseThrow();
				Lines line = Lines.of("tiedot " + referenceName(target, Literals.DATA_REFS__CATEGORIES, chosen));
				EObject after = lastOf(target.getMembers(), LegalBasis.class, SpecialCondition.class);
				if (after != null) {
					edits.insertAfter(after, line);
				} else {
					edits.prependMembers(target, line);
				}
			});
		}
	}

	private static List<DataCategory> categoriesWithRetention(Register register) {
		return members(register.getMembers(), DataCategory.class).stream()
				.filter(c -> !members(c.getMembers(), Retention.class).isEmpty()).toList();
	}
}
