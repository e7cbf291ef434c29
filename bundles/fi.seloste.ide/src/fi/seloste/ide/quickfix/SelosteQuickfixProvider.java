package fi.seloste.ide.quickfix;

import static fi.seloste.ide.quickfix.FixEdits.end;
import static fi.seloste.ide.quickfix.FixKind.EDITORIAL;
import static fi.seloste.ide.quickfix.FixKind.SUBSTANTIVE;
import static fi.seloste.ide.quickfix.FixEdits.node;
import static fi.seloste.ide.quickfix.FixEdits.quote;
import static fi.seloste.ide.quickfix.FixEdits.text;
import static fi.seloste.model.Selostes.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Singleton;

import fi.seloste.ide.quickfix.Wording.Missing;
import fi.seloste.ide.quickfix.Wording.MissingDetail;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.law.DataProtectionOmbudsman;
import fi.seloste.law.PersonalDataActSuccessors;
import fi.seloste.law.RepealedLaw;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.seloste.AutomatedDetailKind;
import fi.seloste.seloste.AutomatedKind;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.CategoryFlag;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.Cookie;
import fi.seloste.seloste.CookieClass;
import fi.seloste.seloste.CookieProvider;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.NoTransfers;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.ProvisionKind;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.ResponseTime;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SourceKind;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SpecialConditionKind;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.TextVariant;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.Use;
import fi.seloste.seloste.Version;
import fi.seloste.validation.SelosteIssueCodes;

/**
 * Quick fixes for the Seloste checks, shared by the Eclipse editor, a language server and the
 * command line ({@code seloste check --fix}). Each fix edits the text through the node model and
 * inserts complete lines in the canonical layout, keywords in the file's language and texts in
 * the notice's output languages. Where only a lawyer can write the text, a placeholder is
 * inserted, which the PLACEHOLDER check reports until it is replaced.
 * <p>
 * Each fix declares its {@link FixKind} with {@link Kind}: {@code check --fix} applies only the
 * editorial ones (form, never content), and only when they have exactly one resolution. A
 * substantive fix (a fact, a date, a legal basis, a citation, a placeholder) is a choice offered
 * in the editor and the language server.
 */
@Singleton
public class SelosteQuickfixProvider extends SelosteQuickfixSupport {

	private static final Set<SafeguardKind> SAFEGUARDS = EnumSet.complementOf(EnumSet.of(SafeguardKind.NONE_STATED));

	// =================================================================== GDPR Art 12–14 completeness

	@QuickFix(SelosteIssueCodes.CONTROLLER_MISSING)
	@Kind(SUBSTANTIVE)
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

	@QuickFix(SelosteIssueCodes.CONTROLLER_NAME_MISSING)
	@Kind(SUBSTANTIVE)
	public void addControllerName(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("controllerNameMissing"), (edits, element, data) -> edits.prependMembers(
				within(element, Controller.class),
				Lines.of("nimi " + quote(MissingDetail.CONTROLLER_NAME.in(edits.keywordLanguage())))));
	}

	@QuickFix(SelosteIssueCodes.CONTROLLER_CONTACT_MISSING)
	@Kind(SUBSTANTIVE)
	public void addControllerAddress(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("controllerContactMissing"), (edits, element, data) -> edits.appendMembers(
				within(element, Controller.class),
				Lines.of("osoite " + quote(MissingDetail.CONTACT_ADDRESS.in(edits.keywordLanguage())))));
	}

	@QuickFix(SelosteIssueCodes.DPO_CONTACT_MISSING)
	@Kind(SUBSTANTIVE)
	public void addDataProtectionOfficerAddress(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("dpoContactMissing"), (edits, element, data) -> edits.appendMembers(
				within(element, Person.class),
				Lines.of("osoite " + quote(MissingDetail.CONTACT_ADDRESS.in(edits.keywordLanguage())))));
	}

	/** One resolution per basis of Art 6(1); legitimate interests come with the interest to state. */
	@QuickFix(SelosteIssueCodes.PURPOSE_WITHOUT_BASIS)
	@Kind(SUBSTANTIVE)
	public void addLegalBasis(DiagnosticResolutionAcceptor acceptor) {
		for (BasisKind basis : BasisKind.VALUES) {
			accept(acceptor, label("purposeWithoutBasis." + basis.getName(), keyword(basis.getLiteral())),
					(edits, element, data) -> {
						Purpose purpose = within(element, Purpose.class);
						String line = "peruste " + basis.getLiteral();
						if (basis == BasisKind.LEGITIMATE_INTERESTS) {
							line += " " + text(purpose, Missing.LEGITIMATE_INTEREST.placeholders());
						}
						edits.prependMembers(purpose, Lines.of(line));
					});
		}
	}

	@QuickFix(SelosteIssueCodes.LEGITIMATE_INTEREST_NOT_STATED)
	@Kind(SUBSTANTIVE)
	public void stateLegitimateInterest(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("legitimateInterestNotStated"), (edits, element, data) -> {
			LegalBasis basis = within(element, LegalBasis.class);
			edits.appendToElement(basis, " " + text(basis, Missing.LEGITIMATE_INTEREST.placeholders()));
		});
	}

	@QuickFix(SelosteIssueCodes.RECIPIENTS_NOT_STATED)
	@Kind(SUBSTANTIVE)
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
	@QuickFix(SelosteIssueCodes.TRANSFER_WITHOUT_SAFEGUARD)
	@Kind(SUBSTANTIVE)
	public void addSafeguard(DiagnosticResolutionAcceptor acceptor) {
		for (SafeguardKind safeguard : SAFEGUARDS) {
			accept(acceptor, label("transferWithoutSafeguard", keyword(safeguard.getLiteral())),
					(edits, element, data) -> {
						Transfer transfer = within(element, Transfer.class);
						edits.appendMembers(transfer, Lines.of(safeguardLine(transfer, safeguard)));
					});
		}
	}

	private static String safeguardLine(EObject context, SafeguardKind safeguard) {
		String line = "suojatoimi " + safeguard.getLiteral();
		if (safeguard == SafeguardKind.DEROGATION) {
			line += " " + text(context, Missing.DEROGATION.placeholders());
		}
		if (needsCopy(safeguard)) {
			line += " kopio " + text(context, Missing.SAFEGUARD_COPY.placeholders());
		}
		return line;
	}

	private static boolean needsCopy(SafeguardKind safeguard) {
		return safeguard == SafeguardKind.STANDARD_CONTRACTUAL_CLAUSES
				|| safeguard == SafeguardKind.BINDING_CORPORATE_RULES;
	}

	@QuickFix(SelosteIssueCodes.SAFEGUARD_COPY_MISSING)
	@Kind(SUBSTANTIVE)
	public void addSafeguardCopy(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("safeguardCopyMissing", keyword("kopio")), (edits, element, data) -> {
			Safeguard safeguard = within(element, Safeguard.class);
			edits.appendToElement(safeguard, " kopio " + text(safeguard, Missing.SAFEGUARD_COPY.placeholders()));
		});
	}

	@QuickFix(SelosteIssueCodes.RETENTION_MISSING)
	@Kind(SUBSTANTIVE)
	public void addRetentionCriteria(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("retentionMissing", keyword("säilytys kriteeri")), (edits, element, data) -> {
			Purpose purpose = within(element, Purpose.class);
			edits.appendMembers(purpose, Lines.of("säilytys kriteeri " + text(purpose,
					Missing.RETENTION_CRITERIA.placeholders())));
		});
	}

	@QuickFix(SelosteIssueCodes.RIGHT_MISSING)
	@Kind(SUBSTANTIVE)
	public void addRight(DiagnosticResolutionAcceptor acceptor) {
		RightKind right = RightKind.getByName(datum());
		if (right != null) {
			accept(acceptor, label("rightMissing", name("right." + right.getName())),
					(edits, element, data) -> addRight(edits, element, RightKind.getByName(data.get(0))));
		}
	}

	@QuickFix(SelosteIssueCodes.OBJECTION_RIGHT_MISSING)
	@Kind(SUBSTANTIVE)
	public void addObjectionRight(DiagnosticResolutionAcceptor acceptor) {
		offerRight(acceptor, RightKind.OBJECTION);
	}

	@QuickFix(SelosteIssueCodes.PORTABILITY_RIGHT_MISSING)
	@Kind(SUBSTANTIVE)
	public void addPortabilityRight(DiagnosticResolutionAcceptor acceptor) {
		offerRight(acceptor, RightKind.PORTABILITY);
	}

	@QuickFix(SelosteIssueCodes.WITHDRAW_CONSENT_RIGHT_MISSING)
	@Kind(SUBSTANTIVE)
	public void addWithdrawConsentRight(DiagnosticResolutionAcceptor acceptor) {
		offerRight(acceptor, RightKind.WITHDRAW_CONSENT);
	}

	@QuickFix(SelosteIssueCodes.DIRECT_MARKETING_OBJECTION_MISSING)
	@Kind(SUBSTANTIVE)
	public void addDirectMarketingObjectionRight(DiagnosticResolutionAcceptor acceptor) {
		offerRight(acceptor, RightKind.DIRECT_MARKETING_OBJECTION);
	}

	/** The right to complain, worded with the Ombudsman's current details, and the authority itself. */
	@QuickFix(SelosteIssueCodes.COMPLAINT_RIGHT_MISSING)
	@Kind(SUBSTANTIVE)
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

	private static Lines authorityDetails(EObject context) {
		return new Lines()
				.add(0, "nimi " + text(context, Wording.ombudsmanName()))
				.add(0, "osoite " + quote(DataProtectionOmbudsman.ADDRESS))
				.add(0, "postiosoite " + quote(DataProtectionOmbudsman.POSTAL_ADDRESS))
				.add(0, "puhelin " + quote(DataProtectionOmbudsman.PHONE))
				.add(0, "sähköposti " + quote(DataProtectionOmbudsman.EMAIL))
				.add(0, "verkkosivu " + quote(DataProtectionOmbudsman.WEBSITE));
	}

	@QuickFix(SelosteIssueCodes.SUPERVISORY_AUTHORITY_MISSING)
	@Kind(SUBSTANTIVE)
	public void addSupervisoryAuthority(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("supervisoryAuthorityMissing"), (edits, element, data) -> {
			Notice notice = within(element, Notice.class);
			edits.appendMembers(notice, authority(notice, edits.keywordLanguage()));
		});
	}

	@QuickFix(SelosteIssueCodes.RESPONSE_TIME_MISSING)
	@Kind(SUBSTANTIVE)
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

	@QuickFix(SelosteIssueCodes.RESPONSE_TIME_TOO_LONG)
	@Kind(SUBSTANTIVE)
	public void shortenResponseTime(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("responseTimeTooLong", keyword("1 kuukausi")), (edits, element, data) -> {
			ResponseTime time = within(element, ResponseTime.class);
			INode amount = FixEdits.node(time, Literals.RESPONSE_TIME__AMOUNT);
			INode unit = FixEdits.node(time, Literals.RESPONSE_TIME__UNIT);
			edits.replace(amount.getOffset(), end(unit) - amount.getOffset(), edits.keywords("1 kuukausi"));
		});
	}

	/** One resolution per kind of requirement; all but voluntary come with the consequences to state. */
	@QuickFix(SelosteIssueCodes.PROVISION_NOT_STATED)
	@Kind(SUBSTANTIVE)
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

	@QuickFix(SelosteIssueCodes.PROVISION_CONSEQUENCES_MISSING)
	@Kind(SUBSTANTIVE)
	public void stateProvisionConsequences(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("provisionConsequencesMissing", keyword("seuraukset")), (edits, element, data) -> {
			Provision provision = within(element, Provision.class);
			edits.appendToElement(provision, " seuraukset " + text(provision, Missing.CONSEQUENCES.placeholders()));
		});
	}

	/** Either statement: a lawyer decides whether automated decisions are made. */
	@QuickFix(SelosteIssueCodes.ADM_NOT_STATED)
	@Kind(SUBSTANTIVE)
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

	private static Lines automatedProcessing(EObject context, String kind) {
		return new Lines().add(0, kind + " käytössä {")
				.addAll(1, automatedDetails(context, EnumSet.allOf(AutomatedDetailKind.class)))
				.add(0, "}");
	}

	private static Lines automatedDetails(EObject context, Set<AutomatedDetailKind> kinds) {
		Lines lines = new Lines();
		for (AutomatedDetailKind kind : kinds) {
			Missing missing = switch (kind) {
				case LOGIC -> Missing.LOGIC;
				case SIGNIFICANCE -> Missing.SIGNIFICANCE;
				case CONSEQUENCES -> Missing.ENVISAGED_CONSEQUENCES;
			};
			lines.add(0, kind.getLiteral() + " " + text(context, missing.placeholders()));
		}
		return lines;
	}

	@QuickFix(SelosteIssueCodes.ADM_DETAILS_MISSING)
	@Kind(SUBSTANTIVE)
	public void addAutomatedDetails(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("admDetailsMissing"), (edits, element, data) -> {
			AutomatedProcessing processing = within(element, AutomatedProcessing.class);
			Set<AutomatedDetailKind> missing = EnumSet.allOf(AutomatedDetailKind.class);
			processing.getDetails().forEach(d -> missing.remove(d.getKind()));
			edits.appendMembers(processing, automatedDetails(processing, missing));
		});
	}

	/** One resolution per kind of source; other sources than the data subject name the data they give. */
	@QuickFix(SelosteIssueCodes.SOURCES_MISSING)
	@Kind(SUBSTANTIVE)
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

	/** One resolution per data category of the register. */
	@QuickFix(SelosteIssueCodes.SOURCE_CATEGORIES_MISSING)
	@Kind(SUBSTANTIVE)
	public void nameSourceCategories(DiagnosticResolutionAcceptor acceptor) {
		Source source = element(Source.class);
		Register register = within(source, Register.class);
		if (register == null) {
			return;
		}
		for (DataCategory category : Selostes.categories(register)) {
			String name = referenceName(source, Literals.SOURCE__CATEGORIES, category);
			accept(acceptor, label("sourceCategoriesMissing", keyword("tiedot") + " " + name),
					(edits, element, data) -> edits.appendToElement(within(element, Source.class),
							" tiedot " + name));
		}
	}

	/** One resolution per condition of Art 9(2). */
	@QuickFix(SelosteIssueCodes.SPECIAL_CATEGORY_WITHOUT_CONDITION)
	@Kind(SUBSTANTIVE)
	public void addSpecialCondition(DiagnosticResolutionAcceptor acceptor) {
		for (SpecialConditionKind kind : SpecialConditionKind.VALUES) {
			if (kind != SpecialConditionKind.CRIMINAL_DATA_AUTHORISED) {
				accept(acceptor, label("specialCategoryWithoutCondition." + kind.getName(), keyword(kind.getLiteral())),
						(edits, element, data) -> addCondition(edits, within(element, Purpose.class),
								"erityisperuste " + kind.getLiteral()));
			}
		}
	}

	@QuickFix(SelosteIssueCodes.CRIMINAL_DATA_WITHOUT_AUTHORISATION)
	@Kind(SUBSTANTIVE)
	public void addCriminalDataAuthorisation(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("criminalDataWithoutAuthorisation", keyword("erityisperuste rikostietolupa")),
				(edits, element, data) -> {
					Purpose purpose = within(element, Purpose.class);
					addCondition(edits, purpose, "erityisperuste rikostietolupa "
							+ text(purpose, Missing.CRIMINAL_DATA_LAW.placeholders()));
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

	@QuickFix(SelosteIssueCodes.UPDATED_DATE_MISSING)
	@Kind(SUBSTANTIVE)
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
	@QuickFix(SelosteIssueCodes.OUTPUT_LANGUAGES_MISSING)
	@Kind(SUBSTANTIVE)
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

	// =================================================================== Finnish law

	@QuickFix(SelosteIssueCodes.BUSINESS_ID_VAT_FORM)
	@Kind(EDITORIAL)
	public void businessIdFromVatNumber(DiagnosticResolutionAcceptor acceptor) {
		offerDetailValue(acceptor, "businessIdVatForm");
	}

	@QuickFix(SelosteIssueCodes.BUSINESS_ID_FORMAT)
	@Kind(EDITORIAL)
	public void normaliseBusinessId(DiagnosticResolutionAcceptor acceptor) {
		offerDetailValue(acceptor, "businessIdFormat");
	}

	@QuickFix(SelosteIssueCodes.EMAIL_FORMAT)
	@Kind(EDITORIAL)
	public void repairEmail(DiagnosticResolutionAcceptor acceptor) {
		offerDetailValue(acceptor, "emailFormat");
	}

	@QuickFix(SelosteIssueCodes.URL_FORMAT)
	@Kind(EDITORIAL)
	public void completeWebAddress(DiagnosticResolutionAcceptor acceptor) {
		offerDetailValue(acceptor, "urlFormat");
	}

	@QuickFix(SelosteIssueCodes.COUNTRY_CODE_INVALID)
	@Kind(EDITORIAL)
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
	@QuickFix(SelosteIssueCodes.REPEALED_LAW_REFERENCE)
	@Kind(SUBSTANTIVE)
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

	@QuickFix(SelosteIssueCodes.INSECURE_URL)
	@Kind(EDITORIAL)
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
	@QuickFix(SelosteIssueCodes.AUTHORITY_DETAILS_OUTDATED)
	@Kind(EDITORIAL)
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
	@QuickFix(SelosteIssueCodes.ACCOUNTING_RETENTION_TOO_SHORT)
	@Kind(SUBSTANTIVE)
	public void useAccountingRetention(DiagnosticResolutionAcceptor acceptor) {
		String period = "10 vuotta alkaen tilikauden-päättyminen";
		accept(acceptor, label("accountingRetentionTooShort", keyword(period)), (edits, element, data) -> {
			Retention retention = within(element, Retention.class);
			edits.replace(node(retention.getPeriod()), edits.keywords(period));
		});
	}

	/**
	 * Tietosuojalaki 29 §: the identity code is processed for a purpose with a legal basis; or the
	 * category holds no identity codes after all. Which is true is for the author to say.
	 */
	@QuickFix(SelosteIssueCodes.PERSONAL_ID_WITHOUT_GROUND)
	@Kind(SUBSTANTIVE)
	public void usePersonalIdInPurpose(DiagnosticResolutionAcceptor acceptor) {
		DataCategory category = element(DataCategory.class);
		if (category == null) {
			return;
		}
		for (Purpose purpose : purposesNear(category)) {
			if (!members(purpose.getMembers(), LegalBasis.class).isEmpty()) {
				offerUseInPurpose(acceptor, "personalIdWithoutGround", category, purpose);
			}
		}
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

	/** The purposes that may use a category: those of its register, else of its notice. */
	private static List<Purpose> purposesNear(DataCategory category) {
		Register register = within(category, Register.class);
		if (register != null) {
			return Selostes.purposes(register);
		}
		EObject scope = within(category, Notice.class) != null ? within(category, Notice.class)
				: EcoreUtil2.getRootContainer(category);
		return EcoreUtil2.getAllContentsOfType(scope, Purpose.class);
	}

	private void offerUseInPurpose(DiagnosticResolutionAcceptor acceptor, String key, DataCategory category,
			Purpose purpose) {
		String purposeName = purpose.getName();
		String categoryName = category.getName();
		accept(acceptor, label(key, categoryName, purposeName), (edits, element, data) -> {
			DataCategory target = within(element, DataCategory.class);
			Purpose chosen = purposesNear(target).stream().filter(p -> purposeName.equals(p.getName())).findFirst()
					.orElseThrow();
			String name = referenceName(chosen, Literals.DATA_REFS__CATEGORIES, target);
			List<DataRefs> refs = members(chosen.getMembers(), DataRefs.class);
			if (refs.isEmpty()) {
				EObject after = lastOf(chosen.getMembers(), LegalBasis.class, SpecialCondition.class);
				if (after != null) {
					edits.insertAfter(after, Lines.of("tiedot " + name));
				} else {
					edits.prependMembers(chosen, Lines.of("tiedot " + name));
				}
			} else {
				edits.insert(end(node(refs.get(refs.size() - 1))), ", " + name);
			}
		});
	}

	// =================================================================== consistency

	/** The statement is contradicted by the notice itself; the transfer is then described for the recipient. */
	@QuickFix(SelosteIssueCodes.NO_TRANSFERS_CONTRADICTED)
	@Kind(SUBSTANTIVE)
	public void removeNoTransfers(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("noTransfersContradicted", keyword("ei-siirtoja")),
				(edits, element, data) -> edits.delete(within(element, NoTransfers.class)));
	}

	/** One resolution per safeguard; the issue data is the name of the recipient as the register can refer to it. */
	@QuickFix(SelosteIssueCodes.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
	@Kind(SUBSTANTIVE)
	public void addTransfer(DiagnosticResolutionAcceptor acceptor) {
		String recipient = datum();
		if (recipient == null) {
			return;
		}
		for (SafeguardKind safeguard : SAFEGUARDS) {
			accept(acceptor, label("thirdCountryRecipientWithoutTransfer", recipient, keyword(safeguard.getLiteral())),
					(edits, element, data) -> {
						Register register = within(element, Register.class);
						edits.appendMembers(register, new Lines().add(0, "siirto {")
								.add(1, "vastaanottaja " + data.get(0))
								.add(1, safeguardLine(register, safeguard))
								.add(0, "}"));
					});
		}
	}

	/** Removing is one choice; naming a purpose that uses the data is the other. */
	@QuickFix(SelosteIssueCodes.UNUSED_DATA_CATEGORY)
	@Kind(SUBSTANTIVE)
	public void removeOrUseDataCategory(DiagnosticResolutionAcceptor acceptor) {
		DataCategory category = element(DataCategory.class);
		String name = category == null ? "" : category.getName();
		accept(acceptor, label("unusedDataCategory.remove", name),
				(edits, element, data) -> edits.delete(within(element, DataCategory.class)));
		if (category != null) {
			purposesNear(category).forEach(p -> offerUseInPurpose(acceptor, "unusedDataCategory.use", category, p));
		}
	}

	@QuickFix(SelosteIssueCodes.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT)
	@Kind(SUBSTANTIVE)
	public void cookieConsent(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("nonEssentialCookieWithoutConsent", keyword("peruste suostumus")),
				(edits, element, data) -> {
					Cookie cookie = within(element, Cookie.class);
					if (!replaceBasesWithConsent(edits, cookie)) {
						edits.appendMembers(cookie, Lines.of("peruste suostumus"));
					}
				});
	}

	/** Makes consent the cookie's only basis; {@code false} when it has no basis to replace. */
	private static boolean replaceBasesWithConsent(FixEdits edits, Cookie cookie) {
		List<LegalBasis> bases = members(cookie.getMembers(), LegalBasis.class);
		if (bases.isEmpty()) {
			return false;
		}
		edits.replace(node(bases.get(0)), edits.keywords("peruste suostumus"));
		bases.subList(1, bases.size()).forEach(edits::delete);
		return true;
	}

	/** One resolution per type; a cookie that is not essential also gets consent as its basis. */
	@QuickFix(SelosteIssueCodes.COOKIE_TYPE_MISSING)
	@Kind(SUBSTANTIVE)
	public void addCookieType(DiagnosticResolutionAcceptor acceptor) {
		for (CookieClass type : CookieClass.VALUES) {
			accept(acceptor, label("cookieTypeMissing", keyword(type.getLiteral())), (edits, element, data) -> {
				Cookie cookie = within(element, Cookie.class);
				Lines lines = Lines.of("luokka " + type.getLiteral());
				boolean consent = members(cookie.getMembers(), LegalBasis.class).stream()
						.anyMatch(b -> b.getKind() == BasisKind.CONSENT);
				if (type != CookieClass.ESSENTIAL && !consent && !replaceBasesWithConsent(edits, cookie)) {
					lines.add(0, "peruste suostumus");
				}
				edits.prependMembers(cookie, lines);
			});
		}
	}

	/** One resolution per recipient or processor of the notice. */
	@QuickFix(SelosteIssueCodes.COOKIE_PROVIDER_MISSING)
	@Kind(SUBSTANTIVE)
	public void addCookieProvider(DiagnosticResolutionAcceptor acceptor) {
		Cookie cookie = element(Cookie.class);
		Notice notice = within(cookie, Notice.class);
		if (notice == null) {
			return;
		}
		for (Party party : Selostes.parties(notice)) {
			String name = referenceName(cookie, Literals.COOKIE_PROVIDER__PROVIDER, party);
			accept(acceptor, label("cookieProviderMissing", keyword("tarjoaja") + " " + name),
					(edits, element, data) -> edits.appendMembers(within(element, Cookie.class),
							Lines.of("tarjoaja " + name)));
		}
	}

	/** A provider declared elsewhere (an organisation) becomes a recipient of the notice with {@code käytä}. */
	@QuickFix(SelosteIssueCodes.COOKIE_PROVIDER_NOT_RECIPIENT)
	@Kind(SUBSTANTIVE)
	public void useCookieProvider(DiagnosticResolutionAcceptor acceptor) {
		CookieProvider provider = element(CookieProvider.class);
		Notice notice = within(provider, Notice.class);
		if (provider == null || notice == null || provider.getProvider().eIsProxy()) {
			return;
		}
		Party party = provider.getProvider();
		String name = referenceName(notice, Literals.USE__ELEMENT, party);
		accept(acceptor, label("cookieProviderNotRecipient", keyword("käytä") + " " + name), (edits, element, data) -> {
			Notice target = within(element, Notice.class);
			EObject lastUse = last(target, Use.class);
			if (lastUse != null) {
				edits.insertAfter(lastUse, Lines.of("käytä " + name));
			} else {
				insertAfterHeader(edits, target, Lines.of("käytä " + name));
			}
		});
	}

	/** States profiling with the details to describe, replacing a statement that it is not used. */
	@QuickFix(SelosteIssueCodes.PROFILING_WITHOUT_STATEMENT)
	@Kind(SUBSTANTIVE)
	public void stateProfiling(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("profilingWithoutStatement", keyword("profilointi käytössä")), (edits, element, data) -> {
			Notice notice = within(element, Notice.class);
			Lines statement = automatedProcessing(notice, "profilointi");
			AutomatedProcessing notUsed = members(notice.getMembers(), AutomatedProcessing.class).stream()
					.filter(a -> a.getKind() == AutomatedKind.PROFILING).findFirst().orElse(null);
			if (notUsed != null && notUsed.eContainer() == notice) {
				edits.replaceLines(notUsed, statement);
			} else {
				edits.appendMembers(notice, statement);
			}
		});
	}

	@QuickFix(SelosteIssueCodes.PROCESSOR_REGISTER_WITHOUT_CONTROLLER)
	@Kind(SUBSTANTIVE)
	public void stateOnBehalfOf(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("processorRegisterWithoutController", keyword("lukuun")), (edits, element, data) -> {
			Role role = within(element, Role.class);
			edits.appendToElement(role, " lukuun " + text(role, Missing.ON_BEHALF_OF.placeholders()));
		});
	}

	/** A reversed range is swapped; a range of one value becomes that value. */
	@QuickFix(SelosteIssueCodes.RETENTION_RANGE_INVALID)
	@Kind(EDITORIAL)
	public void repairRange(DiagnosticResolutionAcceptor acceptor) {
		DurationPeriod period = element(DurationPeriod.class);
		if (period == null) {
			return;
		}
		boolean equal = period.getAmount() == period.getMaxAmount();
		String label = equal ? label("retentionRangeInvalid.single", String.valueOf(period.getAmount()))
				: label("retentionRangeInvalid.swap", period.getMaxAmount() + "-" + period.getAmount());
		accept(acceptor, label, (edits, element, data) -> {
			DurationPeriod target = within(element, DurationPeriod.class);
			INode amount = FixEdits.node(target, Literals.DURATION_PERIOD__AMOUNT);
			INode max = FixEdits.node(target, Literals.DURATION_PERIOD__MAX_AMOUNT);
			if (target.getAmount() == target.getMaxAmount()) {
				edits.replace(end(amount), end(max) - end(amount), "");
			} else {
				edits.replace(amount, max.getText().strip());
				edits.replace(max, amount.getText().strip());
			}
		});
	}

	/** A date of update or drawing up cannot lie ahead: it becomes today. An effective date may. */
	@QuickFix(SelosteIssueCodes.DATE_IN_FUTURE)
	@Kind(SUBSTANTIVE)
	public void dateToday(DiagnosticResolutionAcceptor acceptor) {
		DateEntry entry = element(DateEntry.class);
		if (entry == null || entry.getKind() == DateKind.EFFECTIVE) {
			return;
		}
		String today = today().toString();
		accept(acceptor, label("dateInFuture", today), (edits, element, data) -> edits.replace(
				FixEdits.node(within(element, DateEntry.class), Literals.DATE_ENTRY__DATE), today));
	}

	/** A date written without leading zeros ({@code 2026-4-3}) is written as ISO 8601. */
	@QuickFix(SelosteIssueCodes.DATE_INVALID)
	@Kind(EDITORIAL)
	public void padDate(DiagnosticResolutionAcceptor acceptor) {
		EObject owner = element(DateEntry.class) != null ? element(DateEntry.class) : element(Change.class);
		String date = owner instanceof DateEntry entry ? entry.getDate()
				: owner instanceof Change change ? change.getDate() : null;
		String padded = padded(date);
		if (padded == null) {
			return;
		}
		accept(acceptor, label("dateInvalid", padded), (edits, element, data) -> {
			DateEntry entry = within(element, DateEntry.class);
			INode node = entry != null ? FixEdits.node(entry, Literals.DATE_ENTRY__DATE)
					: FixEdits.node(within(element, Change.class), Literals.CHANGE__DATE);
			edits.replace(node, padded);
		});
	}

	private static String padded(String date) {
		if (date == null) {
			return null;
		}
		String[] parts = date.replace(" ", "").split("-");
		if (parts.length != 3) {
			return null;
		}
		try {
			LocalDate valid = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
					Integer.parseInt(parts[2]));
			String iso = valid.toString();
			return iso.equals(date) ? null : iso;
		} catch (RuntimeException e) {
			return null;
		}
	}

	/**
	 * Removes the repeated statement. When it says something else than the first one, removing the
	 * first instead is offered too: which one is right is for the author to say. Editorial because
	 * the one resolution {@code --fix} may apply removes a word-for-word repetition.
	 */
	@QuickFix(SelosteIssueCodes.DUPLICATE_ENTRY)
	@Kind(EDITORIAL)
	public void removeDuplicate(DiagnosticResolutionAcceptor acceptor) {
		EObject entry = duplicateEntry(element());
		if (entry == null) {
			return;
		}
		accept(acceptor, label("duplicateEntry.this"), (edits, element, data) -> edits.delete(duplicateEntry(element)));
		EObject first = firstWithSameKey(entry);
		if (first != null && !normalised(first).equals(normalised(entry))) {
			int line = NodeModelUtils.getNode(first).getStartLine();
			accept(acceptor, label("duplicateEntry.first", String.valueOf(line)), (edits, element, data) -> edits.delete(
					firstWithSameKey(duplicateEntry(element))));
		}
	}

	private static EObject duplicateEntry(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Title || current instanceof Languages || current instanceof Version
					|| current instanceof DateEntry || current instanceof Right || current instanceof ResponseTime
					|| current instanceof LegalBasis) {
				return current;
			}
		}
		return null;
	}

	private static EObject firstWithSameKey(EObject entry) {
		for (EObject sibling : entry.eContainer().eContents()) {
			if (sibling == entry) {
				return null;
			}
			if (sibling.eClass() == entry.eClass() && key(sibling).equals(key(entry))) {
				return sibling;
			}
		}
		return null;
	}

	private static String key(EObject entry) {
		return switch (entry) {
			case DateEntry date -> date.getKind().getName();
			case Right right -> right.getKind().getName();
			case LegalBasis basis -> basis.getKind().getName();
			default -> entry.eClass().getName();
		};
	}

	private static String normalised(EObject entry) {
		return NodeModelUtils.getTokenText(node(entry));
	}

	// =================================================================== language and style

	/**
	 * The whole file in Finnish keywords, or in English ones; the majority language is offered first.
	 * Editorial (keywords only, texts untouched), but two choices, so never applied by {@code --fix}.
	 */
	@QuickFix(SelosteIssueCodes.MIXED_KEYWORD_LANGUAGES)
	@Kind(EDITORIAL)
	public void unifyKeywordLanguage(DiagnosticResolutionAcceptor acceptor) {
		KeywordLanguage majority = KeywordLanguage.ENGLISH.code().equals(datum()) ? KeywordLanguage.ENGLISH
				: KeywordLanguage.FINNISH;
		for (KeywordLanguage target : List.of(majority, majority.other())) {
			accept(acceptor, label("mixedKeywordLanguages." + target.name()), (edits, element, data) -> {
				EObject root = EcoreUtil2.getRootContainer(element);
				for (ILeafNode leaf : node(root).getRootNode().getLeafNodes()) {
					if (KeywordTranslator.isKeyword(leaf)) {
						String translated = keywords.in(leaf.getText(), target);
						if (!translated.equals(leaf.getText())) {
							edits.replace(leaf, translated);
						}
					}
				}
			});
		}
	}

	/** The missing language versions are added as placeholders for the translator. */
	@QuickFix(SelosteIssueCodes.TEXT_VARIANT_MISSING)
	@Kind(SUBSTANTIVE)
	public void addTextVariants(DiagnosticResolutionAcceptor acceptor) {
		String languages = datum();
		if (languages == null || languages.isEmpty()) {
			return;
		}
		accept(acceptor, label("textVariantMissing", languages.replace(",", ", ")), (edits, element, data) -> {
			Text text = within(element, Text.class);
			List<Language> missing = new ArrayList<>();
			for (String code : data.get(0).split(",")) {
				missing.add(Language.get(code.strip()));
			}
			String indentation = edits.memberIndentation(text) + "\t";
			StringBuilder added = new StringBuilder();
			for (Language language : missing) {
				added.append('\n').append(indentation).append(language.getLiteral()).append(' ')
						.append(quote(Missing.TRANSLATION.in(language)));
			}
			if (text.getPlain() != null) {
				INode plain = FixEdits.node(text, Literals.TEXT__PLAIN);
				Language first = Texts.outputLanguages(Selostes.noticeOf(text)).get(0);
				edits.replace(plain, first.getLiteral() + " " + plain.getText().strip() + added);
			} else {
				TextVariant last = text.getVariants().get(text.getVariants().size() - 1);
				edits.insert(end(node(last)), added.toString());
			}
		});
	}

	/** Declaring the language is one choice; when the text has other versions, removing this one is the other. */
	@QuickFix(SelosteIssueCodes.TEXT_LANGUAGE_NOT_DECLARED)
	@Kind(SUBSTANTIVE)
	public void declareOrRemoveLanguage(DiagnosticResolutionAcceptor acceptor) {
		String code = datum();
		if (code == null) {
			return;
		}
		accept(acceptor, label("textLanguageNotDeclared.declare", keyword("kielet"), code), (edits, element, data) -> {
			Notice notice = within(element, Notice.class);
			Languages languages = members(notice.getMembers(), Languages.class).get(0);
			edits.insert(end(node(languages)), ", " + data.get(0));
		});
		TextVariant variant = element(TextVariant.class);
		Text text = within(variant, Text.class);
		if (text != null && text.getVariants().size() > 1) {
			accept(acceptor, label("textLanguageNotDeclared.remove", code), (edits, element, data) -> {
				TextVariant target = within(element, TextVariant.class);
				List<TextVariant> variants = ((Text) target.eContainer()).getVariants();
				int index = variants.indexOf(target);
				if (index == 0) {
					INode next = node(variants.get(1));
					edits.replace(node(target).getOffset(), next.getOffset() - node(target).getOffset(), "");
				} else {
					int from = end(node(variants.get(index - 1)));
					edits.replace(from, end(node(target)) - from, "");
				}
			});
		}
	}

	// =================================================================== helpers

	/** The last member of the given type directly in the notice, or {@code null}. */
	private static EObject last(Notice notice, Class<? extends EObject> type) {
		EObject found = null;
		for (EObject member : notice.getMembers()) {
			if (type.isInstance(member)) {
				found = member;
			}
		}
		return found;
	}

	@SafeVarargs
	private static EObject lastOf(List<? extends EObject> members, Class<? extends EObject>... types) {
		EObject found = null;
		for (EObject member : members) {
			for (Class<? extends EObject> type : types) {
				if (type.isInstance(member)) {
					found = member;
				}
			}
		}
		return found;
	}

	/** Inserts after the notice's opening lines (title, languages, dates, version, change log, uses). */
	private static void insertAfterHeader(FixEdits edits, Notice notice, Lines lines) {
		EObject header = null;
		for (EObject member : notice.getMembers()) {
			if (member instanceof Title || member instanceof Languages || member instanceof DateEntry
					|| member instanceof Version || member instanceof Change || member instanceof Use) {
				header = member;
			} else {
				break;
			}
		}
		if (header != null) {
			edits.insertAfter(header, lines);
		} else {
			edits.prependMembers(notice, lines);
		}
	}
}
