package fi.seloste.ide.quickfix;

import static fi.seloste.ide.quickfix.FixEdits.end;
import static fi.seloste.ide.quickfix.FixEdits.node;
import static fi.seloste.ide.quickfix.FixEdits.text;
import static fi.seloste.model.Selostes.members;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Singleton;

import fi.seloste.ide.quickfix.Wording.Missing;
import fi.seloste.model.Selostes;
import fi.seloste.seloste.AutomatedKind;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.Cookie;
import fi.seloste.seloste.CookieClass;
import fi.seloste.seloste.CookieProvider;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.NoRecipients;
import fi.seloste.seloste.NoTransfers;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.ResponseTime;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Use;
import fi.seloste.seloste.Version;
import fi.seloste.seloste.RightKind;
import fi.seloste.validation.SelosteCheck;

/** Quick fixes of the consistency checks ({@code ConsistencyValidator}). */
@Singleton
public class ConsistencyFixes extends SelosteQuickfixSupport {

	/** The statement is contradicted by the notice itself; the transfer is then described for the recipient. */
	@Fixes(SelosteCheck.NO_TRANSFERS_CONTRADICTED)
	public void removeNoTransfers(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("noTransfersContradicted", keyword("ei-siirtoja")),
				(edits, element, data) -> edits.delete(within(element, NoTransfers.class)));
	}

	/** The statement is contradicted by the recipients the register names. */
	@Fixes(SelosteCheck.RECIPIENTS_CONTRADICTED)
	public void removeNoRecipients(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("recipientsContradicted", keyword("ei-vastaanottajia")),
				(edits, element, data) -> edits.delete(within(element, NoRecipients.class)));
	}

	/** One resolution per safeguard; the issue data is the name of the recipient as the register can refer to it. */
	@Fixes(SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER)
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
	@Fixes(SelosteCheck.UNUSED_DATA_CATEGORY)
	public void removeOrUseDataCategory(DiagnosticResolutionAcceptor acceptor) {
		DataCategory category = element(DataCategory.class);
		String name = category == null ? "" : category.getName();
		accept(acceptor, label("unusedDataCategory.remove", name),
				(edits, element, data) -> edits.delete(within(element, DataCategory.class)));
		if (category != null) {
			purposesNear(category).forEach(p -> offerUseInPurpose(acceptor, "unusedDataCategory.use", category, p));
		}
	}

	@Fixes(SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT)
	public void cookieConsent(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("nonEssentialCookieWithoutConsent", keyword("peruste suostumus")),
				(edits, element, data) -> {
					Cookie cookie = within(element, Cookie.class);
					if (!replaceBasesWithConsent(edits, cookie)) {
						edits.appendMembers(cookie, Lines.of("peruste suostumus"));
					}
				});
	}

	/** Offered, never applied by {@code check --fix}: whether the cookie is set with consent is a fact for the author. */
	@Fixes(SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT)
	public void trackingCookieConsent(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("trackingCookieWithoutConsent", keyword("peruste suostumus")),
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
	@Fixes(SelosteCheck.COOKIE_TYPE_MISSING)
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
	@Fixes(SelosteCheck.COOKIE_PROVIDER_MISSING)
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
	@Fixes(SelosteCheck.COOKIE_PROVIDER_NOT_RECIPIENT)
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
	@Fixes(SelosteCheck.PROFILING_WITHOUT_STATEMENT)
	public void stateProfiling(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("profilingWithoutStatement", keyword("profilointi käytössä")),
				(edits, element, data) -> stateProfilingUsed(edits, within(element, Notice.class)));
	}

	/** States profiling in use with the details to describe, in place of a statement that it is not used. */
	private static void stateProfilingUsed(FixEdits edits, Notice notice) {
		Lines statement = automatedProcessing(notice, "profilointi");
		AutomatedProcessing notUsed = members(notice.getMembers(), AutomatedProcessing.class).stream()
				.filter(a -> a.getKind() == AutomatedKind.PROFILING).findFirst().orElse(null);
		if (notUsed != null && notUsed.eContainer() == notice) {
			edits.replaceLines(notUsed, statement);
		} else {
			edits.appendMembers(notice, statement);
		}
	}

	@Fixes(SelosteCheck.PROCESSOR_REGISTER_WITHOUT_CONTROLLER)
	public void stateOnBehalfOf(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("processorRegisterWithoutController", keyword("lukuun")), (edits, element, data) -> {
			Role role = within(element, Role.class);
			edits.appendToElement(role, " lukuun " + text(role, Missing.ON_BEHALF_OF.placeholders()));
		});
	}

	/** A reversed range is swapped; a range of one value becomes that value. */
	@Fixes(SelosteCheck.RETENTION_RANGE_INVALID)
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
	@Fixes(SelosteCheck.DATE_IN_FUTURE)
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
	@Fixes(SelosteCheck.DATE_INVALID)
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
	@Fixes(SelosteCheck.DUPLICATE_ENTRY)
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

	/** Words of targeting in a purpose or data category: stating that profiling is used is the author's choice. */
	@Fixes(SelosteCheck.PROFILING_UNDECLARED)
	public void declareProfiling(DiagnosticResolutionAcceptor acceptor) {
		accept(acceptor, label("profilingUndeclared", keyword("profilointi käytössä")),
				(edits, element, data) -> stateProfilingUsed(edits, within(element, Notice.class)));
	}

	/**
	 * A right to object worded as if it needed unlawful processing: the standard wording of Art 21(1) in its
	 * place. Offered only; how the controller words the right is the author's to decide.
	 */
	@Fixes(SelosteCheck.RIGHTS_MISSTATED)
	public void rewordTheRight(DiagnosticResolutionAcceptor acceptor) {
		Right misstated = element(Right.class);
		if (misstated == null) {
			return;
		}
		RightKind kind = misstated.getKind();
		accept(acceptor, label("rightsMisstated", name("right." + kind.getName())), (edits, element, data) -> {
			Right right = within(element, Right.class);
			edits.replaceLines(right, Lines.of("oikeus " + kind.getLiteral() + " " + text(right, Wording.right(kind))));
		});
	}
}
