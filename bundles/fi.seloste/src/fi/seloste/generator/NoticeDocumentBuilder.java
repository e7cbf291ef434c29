package fi.seloste.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.generator.NoticeDocument.Block;
import fi.seloste.generator.NoticeDocument.Field;
import fi.seloste.generator.NoticeDocument.Fields;
import fi.seloste.generator.NoticeDocument.Inline;
import fi.seloste.generator.NoticeDocument.Items;
import fi.seloste.generator.NoticeDocument.Line;
import fi.seloste.generator.NoticeDocument.Link;
import fi.seloste.generator.NoticeDocument.Paragraph;
import fi.seloste.generator.NoticeDocument.Run;
import fi.seloste.generator.NoticeDocument.Section;
import fi.seloste.generator.NoticeDocument.Subheading;
import fi.seloste.generator.NoticeDocument.Table;
import fi.seloste.law.Countries;
import fi.seloste.model.Dates;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedRecipient;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.model.resolved.Statement;
import fi.seloste.seloste.AutomatedDetail;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.Cookie;
import fi.seloste.seloste.CookieLifetime;
import fi.seloste.seloste.CookiePolicy;
import fi.seloste.seloste.CookieProvider;
import fi.seloste.seloste.CookiePurpose;
import fi.seloste.seloste.CookieType;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Exercise;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.NoDpo;
import fi.seloste.seloste.NoRecipients;
import fi.seloste.seloste.NoTransfers;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.PartyKind;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.PersonRole;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarker;
import fi.seloste.seloste.PurposeRefs;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.ResponseTime;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.Security;
import fi.seloste.seloste.SecurityMeasure;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SpecialConditionKind;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.SubjectRefs;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.TransferRecipient;
import fi.seloste.seloste.Version;

/** Builds the {@link NoticeDocument} of a notice in one language, in the order a Finnish reader expects. */
public final class NoticeDocumentBuilder {

	private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"'`\\\\]+", Pattern.CASE_INSENSITIVE);
	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{3,}[0-9]");

	private final Notice notice;
	private final Language language;
	private final Language first;
	private final Labels labels;
	private final ResolvedNotice resolved;

	private NoticeDocumentBuilder(Notice notice, Language language) {
		this.notice = notice;
		this.resolved = ResolvedNotice.of(notice);
		this.language = language;
		this.first = Texts.outputLanguages(notice).get(0);
		this.labels = Labels.of(language);
	}

	public static NoticeDocument build(Notice notice, Language language) {
		return new NoticeDocumentBuilder(notice, language).build();
	}

	private NoticeDocument build() {
		List<Title> titles = Selostes.members(notice.getMembers(), Title.class);
		List<Inline> title = titles.isEmpty() ? List.of(Run.of(notice.getName())) : text(titles.get(0).getText());
		List<List<Inline>> intro = new ArrayList<>();
		for (Detail detail : Selostes.members(notice.getMembers(), Detail.class)) {
			intro.add(detailLine(detail));
		}
		List<Register> registers = Selostes.registers(notice);
		List<Section> sections = new ArrayList<>();
		add(sections, "controller", controllers());
		add(sections, "dpo", dpo());
		add(sections, "registers", perRegister(registers, this::register));
		add(sections, "purposes", perRegister(registers, this::purposes));
		add(sections, "categories", perRegister(registers, this::categories));
		add(sections, "subjects", perRegister(registers, this::subjects));
		add(sections, "sources", perRegister(registers, this::sources));
		List<Block> recipients = perRegister(registers, this::recipients);
		if (registers.isEmpty()) {
			Selostes.members(notice.getMembers(), Party.class).forEach(p -> recipients.addAll(party(p)));
		}
		add(sections, "recipients", recipients);
		add(sections, "transfers", perRegister(registers, this::transfers));
		List<Block> retention = noticeRetention();
		retention.addAll(perRegister(registers, this::retention));
		add(sections, "retention", retention);
		add(sections, "rights", rights(registers));
		add(sections, "complaint", complaint());
		add(sections, "provision", provision(registers));
		add(sections, "automated", automated());
		add(sections, "cookies", cookies());
		add(sections, "security", security());
		add(sections, "changes", changes());
		return new NoticeDocument(language, title, intro, sections);
	}

	private void add(List<Section> sections, String id, List<Block> blocks) {
		if (!blocks.isEmpty()) {
			sections.add(new Section(id, labels.get("section." + id), blocks));
		}
	}

	private interface RegisterPart {
		List<Block> blocks(Register register);
	}

	/** One register's part of a section; with several registers each part starts with the register's name. */
	private List<Block> perRegister(List<Register> registers, RegisterPart part) {
		List<Block> blocks = new ArrayList<>();
		for (Register register : registers) {
			List<Block> own = part.blocks(register);
			if (!own.isEmpty() && registers.size() > 1) {
				blocks.add(new Subheading(text(register.getLabel())));
			}
			blocks.addAll(own);
		}
		return blocks;
	}

	// ------------------------------------------------------------ sections

	private List<Block> controllers() {
		List<Block> blocks = new ArrayList<>();
		for (Controller controller : Selostes.members(notice.getMembers(), Controller.class)) {
			blocks.add(new Subheading(new Line().strong(labels.get("controller", controller.getKind())).add(": ")
					.addAll(name(controller.getDetails(), controller.getName())).build()));
			blocks.add(fields(controller.getDetails()));
		}
		for (Person person : Selostes.members(notice.getMembers(), Person.class)) {
			if (person.getRole() != PersonRole.DPO) {
				blocks.addAll(person(person));
			}
		}
		return blocks;
	}

	private List<Block> person(Person person) {
		return List.of(new Subheading(new Line().strong(labels.get("person", person.getRole())).add(": ")
				.addAll(name(person.getDetails(), person.getName())).build()), fields(person.getDetails()));
	}

	/** The officers named; "none is appointed" only where the notice says so; else nothing. */
	private List<Block> dpo() {
		Statement<Person> officers = resolved.dataProtectionOfficers();
		List<Block> blocks = new ArrayList<>();
		officers.items().forEach(person -> blocks.addAll(person(person)));
		if (officers.isStatedAbsent()) {
			blocks.add(new Paragraph(withText(labels.get("noDpo"), ((NoDpo) officers.absence()).getText())));
		}
		return blocks;
	}

	private List<Block> register(Register register) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(new Line().strong(labels.get("register.name")).add(": ").addAll(text(register.getLabel()))
				.build()));
		for (Role role : Selostes.members(register.getMembers(), Role.class)) {
			Line line = new Line().add(labels.get("role", role.getRole()));
			if (role.getOnBehalfOf() != null) {
				line.add(" " + labels.get("role.onBehalfOf") + ": ").addAll(text(role.getOnBehalfOf()));
			}
			blocks.add(new Paragraph(line.build()));
		}
		for (Detail detail : Selostes.members(register.getMembers(), Detail.class)) {
			blocks.add(new Paragraph(detailLine(detail)));
		}
		List<LegalBasis> bases = Selostes.members(register.getMembers(), LegalBasis.class);
		if (!bases.isEmpty()) {
			Line stated = new Line();
			bases.forEach(b -> stated.append("; ", basis(b)));
			blocks.add(new Paragraph(new Line().strong(labels.get(bases.size() == 1 ? "basis.register" : "basis.registerSeveral"))
					.add(": ").addAll(stated.build()).build()));
		}
		return blocks;
	}

	private List<Block> purposes(Register register) {
		List<Block> blocks = new ArrayList<>();
		for (Purpose purpose : Selostes.purposes(register)) {
			blocks.add(new Subheading(text(purpose.getLabel())));
			List<Field> fields = new ArrayList<>();
			// a single basis stated for the register applies to the purpose (see the resolved model)
			resolved.purpose(purpose).stream().flatMap(p -> p.bases().stream()).filter(b -> !b.isOwn())
					.forEach(b -> fields.add(new Field(labels.get("basis"), withStatute(new Line()
							.addAll(withText(labels.get("basis", b.value().getKind()), null))
							.add(" (" + labels.get("basis.fromRegister") + ")").build(), b.value()))));
			for (EObject member : purpose.getMembers()) {
				switch (member) {
					case LegalBasis basis -> fields.add(new Field(labels.get("basis"), basis(basis)));
					case SpecialCondition condition -> fields.add(new Field(
							labels.get(condition.getKind() == SpecialConditionKind.CRIMINAL_DATA_AUTHORISED ? "criminal"
									: "special"),
							withText(labels.get("special", condition.getKind()), condition.getText())));
					case PurposeMarker marker -> fields.add(new Field(labels.get("purpose"),
							List.of(Run.of(labels.get("marker", marker.getKind())))));
					case DataRefs refs -> fields.add(new Field(labels.get("data"), categoryList(refs.getCategories())));
					case SubjectRefs refs -> {
						Line line = new Line();
						refs.getGroups().forEach(g -> line.append(", ", text(g.getLabel())));
						fields.add(new Field(labels.get("subjects"), line.build()));
					}
					case Retention retention -> fields.add(new Field(labels.get("retention"), retention(retention)));
					case Detail detail -> fields.add(new Field(labels.get("detail", detail.getKind()), value(detail)));
					default -> {
					}
				}
			}
			if (!fields.isEmpty()) {
				blocks.add(new Fields(fields));
			}
		}
		return blocks;
	}

	private List<Block> categories(Register register) {
		List<List<Inline>> items = new ArrayList<>();
		for (DataCategory category : Selostes.categories(register)) {
			Line line = new Line().addAll(text(category.getLabel()));
			category.getFlags().forEach(flag -> line.add(" — ").strong(labels.get("flag", flag)));
			for (EObject member : category.getMembers()) {
				if (member instanceof Detail detail) {
					line.add(" — ").addAll(detailLine(detail));
				} else if (member instanceof Retention retention) {
					line.add(" — " + labels.get("retention") + ": ").addAll(retention(retention));
				}
			}
			items.add(line.build());
		}
		return items.isEmpty() ? List.of() : List.of(new Items(items));
	}

	private List<Block> subjects(Register register) {
		List<List<Inline>> items = new ArrayList<>();
		for (SubjectGroup group : Selostes.members(register.getMembers(), SubjectGroup.class)) {
			Line line = new Line().addAll(text(group.getLabel()));
			if (group.getMinimumAge() > 0) {
				line.add(" (" + labels.format("minimumAge", group.getMinimumAge()) + ")");
			}
			items.add(line.build());
		}
		return items.isEmpty() ? List.of() : List.of(new Items(items));
	}

	private List<Block> sources(Register register) {
		List<List<Inline>> items = new ArrayList<>();
		for (Source source : Selostes.members(register.getMembers(), Source.class)) {
			Line line = new Line().strong(capitalise(labels.get("source", source.getKind())));
			if (source.getText() != null) {
				line.add(": ").addAll(text(source.getText()));
			}
			if (!source.getCategories().isEmpty()) {
				line.add(" (" + labels.get("data") + ": ").addAll(categoryList(source.getCategories())).add(")");
			}
			items.add(line.build());
		}
		return items.isEmpty() ? List.of() : List.of(new Items(items));
	}

	private List<Block> recipients(Register register) {
		List<Block> blocks = new ArrayList<>();
		for (Party party : Selostes.members(register.getMembers(), Party.class)) {
			blocks.addAll(party(party));
		}
		if (register == Selostes.registers(notice).get(0)) {
			for (Party party : Selostes.members(notice.getMembers(), Party.class)) {
				blocks.addAll(party(party));
			}
		}
		resolved.register(register).map(ResolvedRegister::recipients).ifPresent(recipients -> {
			if (recipients.absence() instanceof NoRecipients none) {
				blocks.addAll(noRecipients(recipients, none));
			}
		});
		return blocks;
	}

	/**
	 * "Not disclosed to anyone" only where no party is named; beside processors only, that they are
	 * the only ones (processors are recipients, Art 4(9)); beside other recipients, the author's text alone.
	 */
	private List<Block> noRecipients(Statement<ResolvedRecipient> recipients, NoRecipients none) {
		if (recipients.isStatedAbsent()) {
			return List.of(new Paragraph(withText(labels.get("noRecipients"), none.getText())));
		}
		if (recipients.items().stream().allMatch(r -> r.party().getKind() == PartyKind.PROCESSOR)) {
			return List.of(new Paragraph(withText(labels.get("noRecipients.processorsOnly"), none.getText())));
		}
		return none.getText() == null ? List.of() : List.of(new Paragraph(text(none.getText())));
	}

	private List<Block> party(Party party) {
		List<Field> fields = new ArrayList<>();
		for (EObject member : party.getMembers()) {
			if (member instanceof Detail detail) {
				fields.add(new Field(labels.get("detail", detail.getKind()), value(detail)));
			} else if (member instanceof DataRefs refs) {
				fields.add(new Field(labels.get("data"), categoryList(refs.getCategories())));
			} else if (member instanceof PurposeRefs refs) {
				fields.add(new Field(labels.get("purposesServed"), purposeList(refs.getPurposes())));
			}
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Subheading(new Line().strong(labels.get("party", party.getKind())).add(": ")
				.addAll(partyName(party)).build()));
		if (!fields.isEmpty()) {
			blocks.add(new Fields(fields));
		}
		return blocks;
	}

	private List<Inline> partyName(Party party) {
		if (party.getLabel() != null) {
			return text(party.getLabel());
		}
		return name(party.getMembers(), party.getName());
	}

	private List<Block> transfers(Register register) {
		List<Block> blocks = new ArrayList<>();
		for (Transfer transfer : Selostes.members(register.getMembers(), Transfer.class)) {
			List<Field> fields = new ArrayList<>();
			for (EObject member : transfer.getMembers()) {
				switch (member) {
					case TransferRecipient recipient -> fields.add(new Field(labels.get("transfer.recipient"),
							recipient.getRecipient() == null || recipient.getRecipient().eIsProxy() ? List.of()
									: partyName(recipient.getRecipient())));
					case Safeguard safeguard -> {
						fields.add(new Field(labels.get("safeguard"),
								withText(labels.get("safeguard", safeguard.getKind()), safeguard.getText())));
						if (safeguard.getCopy() != null) {
							fields.add(new Field(labels.get("safeguard.copy"), text(safeguard.getCopy())));
						}
					}
					case PurposeRefs refs -> fields.add(new Field(labels.get("purposesServed"), purposeList(refs.getPurposes())));
					case Detail detail -> fields.add(new Field(labels.get("detail", detail.getKind()), value(detail)));
					default -> {
					}
				}
			}
			blocks.add(new Fields(fields));
		}
		for (NoTransfers none : Selostes.members(register.getMembers(), NoTransfers.class)) {
			blocks.add(new Paragraph(withText(labels.get("noTransfers"), none.getText())));
		}
		return blocks;
	}

	private List<Block> noticeRetention() {
		List<List<Inline>> items = new ArrayList<>();
		for (Retention retention : resolved.retention()) {
			items.add(new Line().strong(labels.get("retention.notice")).add(": ").addAll(retention(retention)).build());
		}
		return items.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(new Items(items)));
	}

	private List<Block> retention(Register register) {
		List<List<Inline>> items = new ArrayList<>();
		for (Retention retention : Selostes.members(register.getMembers(), Retention.class)) {
			items.add(new Line().strong(labels.get("register.name")).add(": ").addAll(retention(retention)).build());
		}
		for (DataCategory category : Selostes.categories(register)) {
			for (Retention retention : Selostes.members(category.getMembers(), Retention.class)) {
				items.add(new Line().addAll(strong(text(category.getLabel()))).add(": ").addAll(retention(retention))
						.build());
			}
		}
		for (Purpose purpose : Selostes.purposes(register)) {
			for (Retention retention : Selostes.members(purpose.getMembers(), Retention.class)) {
				items.add(new Line().addAll(strong(text(purpose.getLabel()))).add(": ").addAll(retention(retention))
						.build());
			}
		}
		return items.isEmpty() ? List.of() : List.of(new Items(items));
	}

	private List<Block> rights(List<Register> registers) {
		Set<Rights> blocksOfRights = new LinkedHashSet<>(Selostes.members(notice.getMembers(), Rights.class));
		registers.forEach(r -> blocksOfRights.addAll(Selostes.members(r.getMembers(), Rights.class)));
		List<Block> blocks = new ArrayList<>();
		blocks.addAll(objection(blocksOfRights));
		for (Rights rights : blocksOfRights) {
			List<List<Inline>> items = new ArrayList<>();
			List<Block> after = new ArrayList<>();
			for (EObject member : rights.getMembers()) {
				switch (member) {
					case Right right when isObjection(right) -> {
						// presented separately above (Art 21(4))
					}
					case Right right -> {
						Line line = new Line().strong(capitalise(labels.get("right", right.getKind())));
						if (right.getText() != null) {
							line.add(": ").addAll(text(right.getText()));
						}
						items.add(line.build());
					}
					case Exercise exercise -> {
						after.add(new Subheading(List.of(Run.of(labels.get("exercise")))));
						after.add(new Paragraph(text(exercise.getText())));
					}
					case ResponseTime time -> after.add(paragraph(labels.format("responseTime",
							RetentionText.within(time.getAmount(), time.getUnit(), language)) + " "
							+ labels.get("responseTime.extension")));
					case Detail detail -> after.add(new Paragraph(detailLine(detail)));
					default -> {
					}
				}
			}
			if (!items.isEmpty()) {
				blocks.add(new Items(items));
			}
			blocks.addAll(after);
		}
		return blocks;
	}

	private static boolean isObjection(Right right) {
		return right.getKind() == RightKind.OBJECTION || right.getKind() == RightKind.DIRECT_MARKETING_OBJECTION;
	}

	/**
	 * The right to object, "explicitly brought to the attention of the data subject and presented
	 * clearly and separately from any other information" (Art 21(4)): its own heading, before the other rights.
	 */
	private List<Block> objection(Set<Rights> blocksOfRights) {
		List<Block> blocks = new ArrayList<>();
		for (Rights rights : blocksOfRights) {
			for (Right right : Selostes.members(rights.getMembers(), Right.class)) {
				if (isObjection(right)) {
					Line line = new Line().strong(capitalise(labels.get("right", right.getKind())));
					if (right.getText() != null) {
						line.add(": ").addAll(text(right.getText()));
					}
					blocks.add(new Paragraph(line.build()));
				}
			}
		}
		if (!blocks.isEmpty()) {
			blocks.add(0, new Subheading(List.of(Run.of(labels.get("objection")))));
		}
		return blocks;
	}

	private List<Block> complaint() {
		List<Block> blocks = new ArrayList<>();
		for (SupervisoryAuthority authority : Selostes.members(notice.getMembers(), SupervisoryAuthority.class)) {
			blocks.add(new Subheading(new Line().strong(labels.get("authority")).add(": ")
					.addAll(name(authority.getDetails(), authority.getName())).build()));
			blocks.add(fields(authority.getDetails()));
		}
		return blocks;
	}

	private List<Block> provision(List<Register> registers) {
		List<Provision> provisions = new ArrayList<>(Selostes.members(notice.getMembers(), Provision.class));
		registers.forEach(r -> provisions.addAll(Selostes.members(r.getMembers(), Provision.class)));
		List<Block> blocks = new ArrayList<>();
		for (Provision provision : provisions) {
			blocks.add(new Paragraph(withText(labels.get("provision", provision.getKind()), provision.getText())));
			if (provision.getConsequences() != null) {
				blocks.add(new Fields(List.of(new Field(labels.get("provision.consequences"),
						text(provision.getConsequences())))));
			}
		}
		return blocks;
	}

	private List<Block> automated() {
		List<Block> blocks = new ArrayList<>();
		for (AutomatedProcessing processing : Selostes.members(notice.getMembers(), AutomatedProcessing.class)) {
			blocks.add(new Paragraph(new Line().strong(labels.get("automated", processing.getKind()) + ":")
					.add(" " + labels.get("status", processing.getStatus()))
					.append(". ", processing.getText() == null ? List.of() : text(processing.getText())).build()));
			List<Field> fields = new ArrayList<>();
			for (AutomatedDetail detail : processing.getDetails()) {
				fields.add(new Field(labels.get("automatedDetail", detail.getKind()), text(detail.getText())));
			}
			if (!fields.isEmpty()) {
				blocks.add(new Fields(fields));
			}
		}
		return blocks;
	}

	private List<Block> cookies() {
		List<Block> blocks = new ArrayList<>();
		List<List<List<Inline>>> rows = new ArrayList<>();
		for (Cookie cookie : Selostes.members(notice.getMembers(), Cookie.class)) {
			Line type = new Line();
			Line purpose = new Line();
			Line basis = new Line();
			Line lifetime = new Line();
			Line provider = new Line();
			Line details = new Line();
			for (EObject member : cookie.getMembers()) {
				switch (member) {
					case CookieType t -> type.append(", ", List.of(Run.of(labels.get("cookie", t.getType()))));
					case CookiePurpose p -> purpose.append("; ", text(p.getText()));
					case LegalBasis b -> basis.append("; ", basis(b));
					case CookieLifetime l -> lifetime.append("; ", period(l.getPeriod()));
					case CookieProvider p -> provider.append(", ",
							p.getProvider() == null || p.getProvider().eIsProxy() ? List.of() : partyName(p.getProvider()));
					case Detail d -> details.append("; ", detailLine(d));
					default -> {
					}
				}
			}
			Line name = new Line().addAll(text(cookie.getLabel()));
			name.append(" — ", details.build());
			rows.add(List.of(name.build(), type.build(), purpose.build(), basis.build(), lifetime.build(),
					provider.build()));
		}
		if (!rows.isEmpty()) {
			blocks.add(new Table(List.of(labels.get("cookie"), labels.get("cookie.type"), labels.get("cookie.purpose"),
					labels.get("basis"), labels.get("cookie.lifetime"), labels.get("cookie.provider")), rows));
		}
		for (CookiePolicy policy : Selostes.members(notice.getMembers(), CookiePolicy.class)) {
			blocks.add(new Subheading(List.of(Run.of(labels.get("cookiePolicy")))));
			blocks.add(new Paragraph(text(policy.getText())));
		}
		return blocks;
	}

	private List<Block> security() {
		List<List<Inline>> items = new ArrayList<>();
		for (Security security : Selostes.members(notice.getMembers(), Security.class)) {
			for (EObject member : security.getMembers()) {
				if (member instanceof SecurityMeasure measure) {
					items.add(new Line().strong(labels.get("measure", measure.getKind())).add(": ")
							.addAll(text(measure.getText())).build());
				} else if (member instanceof Detail detail) {
					items.add(detailLine(detail));
				}
			}
		}
		return items.isEmpty() ? List.of() : List.of(new Items(items));
	}

	private List<Block> changes() {
		List<Field> fields = new ArrayList<>();
		for (DateEntry date : Selostes.members(notice.getMembers(), DateEntry.class)) {
			fields.add(new Field(labels.get("date", date.getKind()), List.of(Run.of(date(date.getDate())))));
		}
		for (Version version : Selostes.members(notice.getMembers(), Version.class)) {
			fields.add(new Field(labels.get("version"), List.of(Run.of(version.getVersion()))));
		}
		List<Block> blocks = new ArrayList<>();
		if (!fields.isEmpty()) {
			blocks.add(new Fields(fields));
		}
		List<List<Inline>> items = new ArrayList<>();
		for (Change change : Selostes.members(notice.getMembers(), Change.class)) {
			items.add(new Line().strong(date(change.getDate())).add(": ").addAll(text(change.getText())).build());
		}
		if (!items.isEmpty()) {
			blocks.add(new Subheading(List.of(Run.of(labels.get("changes")))));
			blocks.add(new Items(items));
		}
		return blocks;
	}

	// ------------------------------------------------------------ pieces

	/** A text in the output language, else in the notice's first language, else its first variant. */
	List<Inline> text(Text text) {
		Map<Language, String> variants = Texts.variants(text);
		if (variants.isEmpty()) {
			return List.of();
		}
		if (variants.containsKey(language)) {
			return List.of(Run.of(variants.get(language)));
		}
		Language fallback = variants.containsKey(first) ? first : variants.keySet().iterator().next();
		return List.of(new Run(variants.get(fallback), fallback, false));
	}

	private static List<Inline> strong(List<Inline> inlines) {
		return inlines.stream().map(i -> i instanceof Run r ? (Inline) new Run(r.text(), r.language(), true) : i)
				.toList();
	}

	private List<Inline> withText(String label, Text text) {
		Line line = new Line().add(label);
		if (text != null) {
			line.add(label.endsWith(".") ? " " : ": ").addAll(text(text));
		}
		return line.build();
	}

	/** A basis with its text and the law it rests on, each as the notice states it. */
	private List<Inline> basis(LegalBasis basis) {
		return withStatute(withText(labels.get("basis", basis.getKind()), basis.getText()), basis);
	}

	/**
	 * The law a basis names after what is said of the basis: for 6(1)(c) and (e) as the law Art 6(3)
	 * requires, for another basis as a law only.
	 */
	private List<Inline> withStatute(List<Inline> stated, LegalBasis basis) {
		Optional<Text> statute = LegalBases.statute(basis);
		if (statute.isEmpty()) {
			return stated;
		}
		String label = labels.get(LegalBases.restsOnLaw(basis.getKind()) ? "basis.statute" : "basis.law");
		boolean sentence = !stated.isEmpty() && stated.get(stated.size() - 1) instanceof Run run
				&& run.text().strip().endsWith(".");
		return new Line().addAll(stated).add(sentence ? " " + capitalise(label) + ": " : "; " + label + ": ")
				.addAll(text(statute.get())).build();
	}

	private List<Inline> purposeList(List<Purpose> purposes) {
		Line line = new Line();
		purposes.stream().filter(p -> !p.eIsProxy()).forEach(p -> line.append("; ", text(p.getLabel())));
		return line.build();
	}

	private List<Inline> categoryList(List<DataCategory> categories) {
		Line line = new Line();
		categories.stream().filter(c -> !c.eIsProxy()).forEach(c -> line.append("; ", text(c.getLabel())));
		return line.build();
	}

	private List<Inline> retention(Retention retention) {
		Line line = new Line().addAll(period(retention.getPeriod()));
		if (retention.getRationale() != null) {
			line.add(". " + labels.get("rationale") + ": ").addAll(text(retention.getRationale()));
		}
		return line.build();
	}

	private List<Inline> period(Period period) {
		if (period instanceof CriteriaPeriod criteria) {
			return text(criteria.getText());
		}
		String text = RetentionText.of(period, labels);
		return text == null || text.isEmpty() ? List.of() : List.of(Run.of(text));
	}

	/** The NAME detail, else the identifier. */
	private List<Inline> name(List<? extends EObject> details, String identifier) {
		List<Detail> names = Selostes.details(details, DetailKind.NAME);
		return names.isEmpty() ? List.of(Run.of(identifier)) : text(names.get(0).getValue());
	}

	private Fields fields(List<? extends EObject> members) {
		List<Field> fields = new ArrayList<>();
		for (EObject member : members) {
			if (member instanceof Detail detail) {
				fields.add(new Field(labels.get("detail", detail.getKind()), value(detail)));
			}
		}
		return new Fields(fields);
	}

	private List<Inline> detailLine(Detail detail) {
		if (detail.getKind() == DetailKind.DESCRIPTION) {
			return value(detail);
		}
		return new Line().strong(labels.get("detail", detail.getKind()) + ":").add(" ").addAll(value(detail)).build();
	}

	/** A detail's value: e-mail, phone and web addresses become links when they are exactly that. */
	private List<Inline> value(Detail detail) {
		List<Inline> text = text(detail.getValue());
		if (text.size() != 1 || !(text.get(0) instanceof Run run)) {
			return text;
		}
		String value = run.text().strip();
		return switch (detail.getKind()) {
			case EMAIL -> EMAIL.matcher(value).matches() ? List.of(new Link("mailto:" + value, value)) : text;
			case PHONE -> PHONE.matcher(value).matches()
					? List.of(new Link("tel:" + value.replaceAll("[^+0-9]", ""), value))
					: text;
			case WEBSITE -> WEB.matcher(value).matches() ? List.of(new Link(value, value)) : text;
			case COUNTRY -> Countries.isCode(value) ? List.of(new Run(country(value), run.language(), false)) : text;
			default -> text;
		};
	}

	private String country(String code) {
		String name = Locale.of("", code).getDisplayCountry(Locale.of(language.getLiteral()));
		return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
	}

	private String date(String iso) {
		return language == Language.FI ? Dates.finnish(iso) : Dates.iso(iso);
	}

	private Paragraph paragraph(String text) {
		return new Paragraph(List.of(Run.of(text)));
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
