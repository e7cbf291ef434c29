package fi.seloste.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.Fact;
import fi.seloste.model.resolved.Origin;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.RetentionFact;
import fi.seloste.seloste.AutomatedDetail;
import fi.seloste.seloste.AutomatedKind;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.Cookie;
import fi.seloste.seloste.CookieLifetime;
import fi.seloste.seloste.CookiePolicy;
import fi.seloste.seloste.CookieProvider;
import fi.seloste.seloste.CookiePurpose;
import fi.seloste.seloste.CookieType;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.Exercise;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.NoDpo;
import fi.seloste.seloste.NoRecipients;
import fi.seloste.seloste.NoTransfers;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.PersonalIdGround;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarker;
import fi.seloste.seloste.PurposeRefs;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.ResponseTime;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.Security;
import fi.seloste.seloste.SecurityMeasure;
import fi.seloste.seloste.SelostePackage.Literals;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.TransferRecipient;
import fi.seloste.seloste.Version;

/**
 * A notice as a tree of {@link Node}s: what the notice states, including the declarations it uses
 * from organisation files ({@code käytä}, or referenced by qualified name), and per purpose what the
 * resolved model says applies to it (bases, data, data subjects, retention), so that a change stated
 * once for a register or an organisation shows where it takes effect.
 */
final class NoticeTree {

	private final ResolvedNotice resolved;

	private NoticeTree(Notice notice) {
		this.resolved = ResolvedNotice.of(notice);
	}

	static Node of(Notice notice) {
		return new NoticeTree(notice).notice(notice);
	}

	private Node notice(Notice notice) {
		Node root = new Node(Subject.NOTICE, notice.getName(), null, notice);
		for (EObject member : expand(notice.getMembers())) {
			root.add(member(member));
		}
		return root;
	}

	/** Members with the declarations a {@code käytä} line brings in, in place of the line. */
	private static List<EObject> expand(List<? extends EObject> members) {
		List<EObject> result = new ArrayList<>();
		for (EObject member : members) {
			if (member instanceof fi.seloste.seloste.Use use) {
				if (use.getElement() != null && !use.getElement().eIsProxy()) {
					result.add(use.getElement());
				}
			} else {
				result.add(member);
			}
		}
		return result;
	}

	private Node member(EObject member) {
		return switch (member) {
			case Title title -> new Node(Subject.TITLE, null, null, title).value(text(title.getText()));
			case Languages languages -> new Node(Subject.LANGUAGES, null, null, languages)
					.value(Value.of(languages.getLanguages().stream().map(Enum::name).toList(), SourceText.of(languages),
							languages));
			case DateEntry date -> new Node(Subject.DATE, null, word(date.getKind()), date)
					.value(Value.of(date.getDate(), date.getDate(), date));
			case Version version -> new Node(Subject.VERSION, null, null, version)
					.value(Value.of(version.getVersion(), SourceText.of(version, Literals.VERSION__VERSION), version));
			case Change change -> new Node(Subject.CHANGE_ENTRY, null, change.getDate(), change)
					.value(text(change.getText()));
			case Detail detail -> detail(detail);
			case Controller controller -> details(new Node(Subject.CONTROLLER, controller.getName(), null, controller)
					.attribute("kind", literal(controller.getKind(), controller, Literals.CONTROLLER__KIND)),
					controller.getDetails());
			case Person person -> details(new Node(switch (person.getRole()) {
				case DPO -> Subject.DATA_PROTECTION_OFFICER;
				case REPRESENTATIVE -> Subject.REPRESENTATIVE;
				default -> Subject.CONTACT;
			}, person.getName(), null, person), person.getDetails());
			case NoDpo none -> new Node(Subject.NO_DPO, null, null, none).value(text(none.getText()));
			case SupervisoryAuthority authority -> details(
					new Node(Subject.SUPERVISORY_AUTHORITY, authority.getName(), null, authority), authority.getDetails());
			case Party party -> party(party);
			case Security security -> security(security);
			case Register register -> register(register);
			case Cookie cookie -> cookie(cookie);
			case CookiePolicy policy -> new Node(Subject.COOKIE_POLICY, null, null, policy).value(text(policy.getText()));
			case Rights rights -> rights(rights);
			case AutomatedProcessing automated -> automated(automated);
			case Provision provision -> provision(provision);
			// Retention of the notice or a register is compared where it applies: per purpose (RetentionRule).
			case Retention retention -> null;
			case LegalBasis basis -> null;
			default -> null;
		};
	}

	private static Node detail(Detail detail) {
		return new Node(Subject.DETAIL, null, word(detail.getKind()), detail).value(text(detail.getValue()));
	}

	private static Node details(Node node, List<? extends EObject> members) {
		members.stream().filter(Detail.class::isInstance).map(Detail.class::cast).forEach(d -> node.add(detail(d)));
		return node;
	}

	private Node party(Party party) {
		Node node = new Node(Subject.RECIPIENT, party.getName(), null, party)
				.attribute("kind", literal(party.getKind(), party, Literals.PARTY__KIND));
		if (party.getLabel() != null) {
			node.value(text(party.getLabel()));
		}
		List<Purpose> purposes = new ArrayList<>();
		List<DataCategory> categories = new ArrayList<>();
		String purposesText = null;
		String dataText = null;
		for (EObject member : party.getMembers()) {
			if (member instanceof PurposeRefs refs) {
				purposes.addAll(refs.getPurposes());
				purposesText = join(purposesText, SourceText.of(refs));
			} else if (member instanceof DataRefs refs) {
				categories.addAll(refs.getCategories());
				dataText = join(dataText, SourceText.of(refs));
			} else if (member instanceof Detail detail) {
				node.add(detail(detail));
			}
		}
		// Without `tarkoituksiin` the party serves its register as a whole (ResolvedRecipient.scope).
		node.attribute("serves", Value.references(Subject.PURPOSE, purposes.isEmpty() ? List.of("*")
				: names(purposes), purposesText == null ? "*" : purposesText, party));
		if (!categories.isEmpty()) {
			node.attribute("data", Value.references(Subject.DATA_CATEGORY, names(categories), dataText, party));
		}
		return node;
	}

	private static Node security(Security security) {
		Node node = new Node(Subject.SECURITY, security.getName(), null, security);
		for (EObject member : security.getMembers()) {
			if (member instanceof SecurityMeasure measure) {
				node.add(new Node(Subject.SECURITY_MEASURE, null, word(measure.getKind()), measure)
						.value(text(measure.getText())));
			} else if (member instanceof Detail detail) {
				node.add(detail(detail));
			}
		}
		return node;
	}

	private Node register(Register register) {
		Node node = new Node(Subject.REGISTER, register.getName(), null, register).value(text(register.getLabel()));
		Set<DataCategory> categories = new LinkedHashSet<>();
		for (EObject member : expand(register.getMembers())) {
			switch (member) {
				case Role role -> node.add(new Node(Subject.ROLE, null, null, role)
						.value(Value.of(role.getRole() + "|" + texts(role.getOnBehalfOf()), SourceText.of(role), role)));
				case SubjectGroup group -> node.add(subjectGroup(group));
				case DataCategory category -> categories.add(category);
				case Purpose purpose -> node.add(purpose(purpose, categories));
				case Source source -> node.add(source(source, categories));
				case Party party -> node.add(party(party));
				case Transfer transfer -> node.add(transfer(transfer));
				case NoTransfers none -> node.add(new Node(Subject.NO_TRANSFERS, null, null, none).value(text(none.getText())));
				case NoRecipients none -> node
						.add(new Node(Subject.NO_RECIPIENTS, null, null, none).value(text(none.getText())));
				case Detail detail -> node.add(detail(detail));
				case Provision provision -> node.add(provision(provision));
				case Rights rights -> node.add(rights(rights));
				default -> {
					// retention and bases of the register are compared per purpose
				}
			}
		}
		// Categories used by the purposes and sources by qualified name, declared in an organisation file,
		// are part of what the register processes: their changes show here as well.
		categories.forEach(category -> node.add(category(category)));
		return node;
	}

	private static Node subjectGroup(SubjectGroup group) {
		return new Node(Subject.DATA_SUBJECTS, group.getName(), null, group).value(text(group.getLabel()))
				.attribute("minimum-age", group.getMinimumAge() == 0 ? null
						: Value.of(group.getMinimumAge(), SourceText.of(group, Literals.SUBJECT_GROUP__MINIMUM_AGE), group));
	}

	private static Node category(DataCategory category) {
		Node node = new Node(Subject.DATA_CATEGORY, category.getName(), null, category).value(text(category.getLabel()));
		if (!category.getFlags().isEmpty()) {
			node.attribute("flags", Value.of(category.getFlags().stream().map(Enum::name).sorted().toList(),
					SourceText.of(category, Literals.DATA_CATEGORY__FLAGS), category));
		}
		details(node, category.getMembers());
		return node;
	}

	private Node purpose(Purpose purpose, Set<DataCategory> categories) {
		Node node = new Node(Subject.PURPOSE, purpose.getName(), null, purpose).value(text(purpose.getLabel()));
		ResolvedPurpose meaning = resolved.purpose(purpose).orElse(null);
		if (meaning == null) {
			return node;
		}
		meaning.categories().forEach(c -> categories.add(c.value()));
		node.attribute("data", factNames(Subject.DATA_CATEGORY, meaning.categories(), purpose));
		node.attribute("data-subjects", factNames(Subject.DATA_SUBJECTS, meaning.subjects(), purpose));
		for (PurposeMarker marker : Selostes.members(purpose.getMembers(), PurposeMarker.class)) {
			node.add(new Node(Subject.MARKER, null, word(marker.getKind()), marker)
					.value(Value.of(marker.getKind().name(), SourceText.of(marker), marker)));
		}
		for (Fact<LegalBasis> basis : meaning.bases()) {
			LegalBasis value = basis.value();
			node.add(new Node(Subject.BASIS, null, word(value.getKind()), value).value(text(value.getText()))
					.attribute("law", value.getStatute() == null ? null : text(value.getStatute())));
		}
		for (SpecialCondition condition : meaning.conditions()) {
			node.add(new Node(Subject.SPECIAL_CONDITION, null, word(condition.getKind()), condition)
					.value(text(condition.getText())));
		}
		for (PersonalIdGround ground : Selostes.members(purpose.getMembers(), PersonalIdGround.class)) {
			node.add(new Node(Subject.PERSONAL_ID_GROUND, null, word(ground.getKind()), ground)
					.value(text(ground.getText())));
		}
		for (RetentionFact fact : meaning.retention()) {
			node.add(retention(fact));
		}
		details(node, purpose.getMembers());
		return node;
	}

	private static Node retention(RetentionFact fact) {
		Retention retention = fact.retention();
		// A category's retention is told apart by its category; the purpose's, register's or notice's
		// is the one retention of the purpose.
		String holder = fact.origin() == Origin.CATEGORY && fact.holder() instanceof DataCategory category
				? category.getName() : null;
		return new Node(Subject.RETENTION, null, holder, retention)
				.value(Value.of(Periods.canonical(retention.getPeriod()), SourceText.of(retention.getPeriod()),
						retention.getPeriod()))
				.attribute("rationale", retention.getRationale() == null ? null : text(retention.getRationale()));
	}

	private static Node source(Source source, Set<DataCategory> categories) {
		categories.addAll(source.getCategories());
		return new Node(Subject.SOURCE, null, word(source.getKind()), source).value(text(source.getText()))
				.attribute("data", source.getCategories().isEmpty() ? null
						: Value.references(Subject.DATA_CATEGORY, names(source.getCategories()),
								SourceText.of(source, Literals.SOURCE__CATEGORIES), source));
	}

	private static Node transfer(Transfer transfer) {
		List<Party> recipients = new ArrayList<>();
		List<Purpose> purposes = new ArrayList<>();
		List<Safeguard> safeguards = new ArrayList<>();
		List<Detail> details = new ArrayList<>();
		String recipientsText = null;
		String purposesText = null;
		for (EObject member : transfer.getMembers()) {
			switch (member) {
				case TransferRecipient recipient -> {
					recipients.add(recipient.getRecipient());
					recipientsText = join(recipientsText, SourceText.of(recipient));
				}
				case PurposeRefs refs -> {
					purposes.addAll(refs.getPurposes());
					purposesText = join(purposesText, SourceText.of(refs));
				}
				case Safeguard safeguard -> safeguards.add(safeguard);
				case Detail detail -> details.add(detail);
				default -> {
				}
			}
		}
		// An unnamed transfer is known by its recipients.
		Node node = new Node(Subject.TRANSFER, transfer.getName(),
				transfer.getName() == null ? String.join(",", names(recipients)) : null, transfer);
		node.attribute("recipients", Value.references(Subject.RECIPIENT, names(recipients), recipientsText, transfer));
		if (!purposes.isEmpty()) {
			node.attribute("serves", Value.references(Subject.PURPOSE, names(purposes), purposesText, transfer));
		}
		for (Safeguard safeguard : safeguards) {
			node.add(new Node(Subject.SAFEGUARD, null, word(safeguard.getKind()), safeguard)
					.value(text(safeguard.getText()))
					.attribute("copy", safeguard.getCopy() == null ? null : text(safeguard.getCopy())));
		}
		details.forEach(d -> node.add(detail(d)));
		return node;
	}

	private static Node cookie(Cookie cookie) {
		Node node = new Node(Subject.COOKIE, cookie.getName(), null, cookie).value(text(cookie.getLabel()));
		for (EObject member : cookie.getMembers()) {
			switch (member) {
				case CookieType type -> node.attribute("type",
						Value.of(type.getType().name(), SourceText.of(type), type));
				case CookiePurpose purpose -> node.attribute("purpose", text(purpose.getText()));
				case LegalBasis basis -> node.add(new Node(Subject.BASIS, null, word(basis.getKind()), basis)
						.value(text(basis.getText())));
				case CookieLifetime lifetime -> node.add(new Node(Subject.RETENTION, null, null, lifetime)
						.value(Value.of(Periods.canonical(lifetime.getPeriod()), SourceText.of(lifetime.getPeriod()),
								lifetime.getPeriod())));
				case CookieProvider provider -> node.attribute("provider", Value.references(Subject.RECIPIENT,
						names(List.of(provider.getProvider())), SourceText.of(provider), provider));
				case Detail detail -> node.add(detail(detail));
				default -> {
				}
			}
		}
		return node;
	}

	private static Node rights(Rights rights) {
		Node node = new Node(Subject.RIGHTS, null, null, rights);
		for (EObject member : rights.getMembers()) {
			switch (member) {
				case Right right -> node.add(new Node(Subject.RIGHT, null, word(right.getKind()), right)
						.value(text(right.getText())));
				case Exercise exercise -> node.add(new Node(Subject.EXERCISE, null, null, exercise)
						.value(text(exercise.getText())));
				case ResponseTime time -> node.add(new Node(Subject.RESPONSE_TIME, null, null, time)
						.value(Value.of(time.getAmount() + " " + time.getUnit().name(), SourceText.of(time), time)));
				case Detail detail -> node.add(detail(detail));
				default -> {
				}
			}
		}
		return node;
	}

	private static Node automated(AutomatedProcessing automated) {
		Subject subject = automated.getKind() == AutomatedKind.PROFILING ? Subject.PROFILING
				: Subject.AUTOMATED_DECISION_MAKING;
		Node node = new Node(subject, null, null, automated)
				.value(Value.of(automated.getStatus().name(),
						SourceText.of(automated, Literals.AUTOMATED_PROCESSING__STATUS), automated))
				.attribute("text", automated.getText() == null ? null : text(automated.getText()));
		for (AutomatedDetail detail : automated.getDetails()) {
			node.add(new Node(Subject.DETAIL, null, word(detail.getKind()), detail).value(text(detail.getText())));
		}
		return node;
	}

	private static Node provision(Provision provision) {
		return new Node(Subject.PROVISION, null, word(provision.getKind()), provision).value(text(provision.getText()))
				.attribute("consequences",
						provision.getConsequences() == null ? null : text(provision.getConsequences()));
	}

	// ------------------------------------------------------------------ values

	private static Value text(Text text) {
		if (text == null) {
			return Value.of(null, null, null);
		}
		return Value.of(texts(text), SourceText.of(text), text);
	}

	private static String texts(Text text) {
		// in a fixed language order: writing the variants in another order changes nothing
		return text == null ? "" : new java.util.TreeMap<>(Texts.variants(text)).toString();
	}

	private static <T extends EObject> Value factNames(Subject subject, List<Fact<T>> facts, EObject holder) {
		List<String> names = facts.stream().map(f -> nameOf(f.value())).toList();
		return Value.references(subject, names, String.join(", ", names), holder);
	}

	private static Value literal(Enumerator literal, EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return Value.of(((Enum<?>) literal).name(), SourceText.of(owner, feature), owner);
	}

	/** The stable word of an enum literal in a path: {@code LEGITIMATE_INTERESTS} → {@code legitimate-interests}. */
	static String word(Enumerator literal) {
		return ((Enum<?>) literal).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private static List<String> names(List<? extends EObject> elements) {
		return elements.stream().map(NoticeTree::nameOf).collect(Collectors.toList());
	}

	private static String nameOf(EObject element) {
		if (element == null || element.eIsProxy()) {
			return "?";
		}
		Object name = element.eGet(element.eClass().getEStructuralFeature("name"));
		return name == null ? "?" : name.toString();
	}

	private static String join(String earlier, String more) {
		return earlier == null ? more : earlier + "; " + more;
	}
}
