package fi.seloste.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.generator.NoticeDocument.Block;
import fi.seloste.generator.NoticeDocument.Section;
import fi.seloste.law.Countries;
import fi.seloste.model.Dates;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.Fact;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.model.resolved.Location;
import fi.seloste.model.resolved.Origin;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRecipient;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.model.resolved.ResolvedTransfer;
import fi.seloste.model.resolved.RetentionFact;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.RegisterRole;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.Security;
import fi.seloste.seloste.SecurityMeasure;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.Text;

/**
 * The record of processing activities of GDPR Article 30, drawn up from the notice: {@code <notice>.ropa.html}
 * (a standalone page, one table per register) and {@code <notice>.ropa.csv} (one row per purpose, for a
 * spreadsheet). Written in the first of the requested languages, by default the notice's first output
 * language; a text missing in it falls back to the notice's first language.
 * <p>
 * A row of a controller register (Art 30(1)) holds the purpose, legal basis, categories of data subjects
 * and of personal data (special, criminal and personal identity code data marked), the recipients that
 * receive the purpose's data (third-country recipients marked), the transfers to third countries with the
 * country and the safeguard, the time limits for erasure and the security measures (Art 32). A processor
 * register (Art 30(2)) names the controller on whose behalf the processing is done; a register without
 * purposes gives one row, its description standing for the category of processing.
 */
public class RopaFormat implements NoticeFormat {

	/** The columns of the CSV, in order; the HTML tables show the columns from PURPOSE to RETENTION. */
	public enum Column {
		REGISTER("ropa.register"), ROLE("ropa.role"), ON_BEHALF_OF("ropa.onBehalfOf"), PURPOSE("ropa.purpose"),
		BASIS("ropa.basis"), SUBJECTS("ropa.subjects"), DATA("ropa.data"), RECIPIENTS("ropa.recipients"),
		TRANSFERS("ropa.transfers"), RETENTION("ropa.retention"), SECURITY("ropa.security"),
		CONTROLLER("ropa.controller");

		private final String key;

		Column(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}
	}

	/** One value of a cell; {@code mark} (may be null) is shown emphasised after it: a category's flags. */
	public record Item(String text, String mark) {
		String plain() {
			return mark == null ? text : text + " (" + mark + ")";
		}
	}

	/** One row: a purpose of a register (or the register itself when it has no purpose). */
	public record Row(Register register, RegisterRole role, List<List<Item>> cells) {
		public List<Item> cell(Column column) {
			return cells.get(column.ordinal());
		}
	}

	static final String CSS = """
			:root{color-scheme:light;--ink:#1d1d1f;--muted:#55575d;--line:#c9ccd1;--soft:#f1f3f5;--accent:#0b5cad}
			*{box-sizing:border-box}
			body{margin:0;color:var(--ink);background:#fff;font:.95rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
			main{padding:1.25rem 1.5rem 3rem;max-width:120rem;margin:0 auto}
			h1{font-size:1.6rem;margin:.25rem 0 .5rem}
			h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:2px solid var(--line)}
			h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
			a{color:var(--accent)}
			.meta{color:var(--muted);margin:0 0 1rem}
			dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.2rem 1rem;margin:.25rem 0 1rem}
			dt{font-weight:600;color:var(--muted)}
			dd{margin:0}
			.table{overflow-x:auto}
			table{border-collapse:collapse;width:100%;font-size:.85rem;table-layout:fixed}
			th,td{border:1px solid var(--line);padding:.35rem .45rem;text-align:left;vertical-align:top;hyphens:auto}
			th{background:var(--soft)}
			td ul{margin:0;padding-left:1.1rem}
			td li{margin:0 0 .2rem}
			strong.flag{color:#8a1c1c}
			@media print{
			  @page{size:A4 landscape;margin:12mm}
			  body{font-size:9pt}
			  main{padding:0;max-width:none}
			  h2,h3{break-after:avoid}
			  tr{break-inside:avoid}
			  a{color:#000;text-decoration:none}
			}""";

	@Override
	public String id() {
		return "ropa";
	}

	@Override
	public List<OutputFile> render(Notice notice, List<Language> languages) {
		Language language = languages.isEmpty() ? Texts.outputLanguages(notice).get(0) : languages.get(0);
		return List.of(OutputFile.text(notice.getName() + ".ropa.html", html(notice, language)),
				OutputFile.text(notice.getName() + ".ropa.csv", csv(notice, language)));
	}

	// ------------------------------------------------------------ rows

	/** The rows of the record: for each register in order, one per purpose. */
	public static List<Row> rows(Notice notice, Language language) {
		return new Builder(notice, language).rows();
	}

	private static final class Builder {
		private final Notice notice;
		private final Language language;
		private final Language first;
		private final Labels labels;
		private final ResolvedNotice resolved;

		Builder(Notice notice, Language language) {
			this.notice = notice;
			this.language = language;
			this.first = Texts.outputLanguages(notice).get(0);
			this.labels = Labels.of(language);
			this.resolved = ResolvedNotice.of(notice);
		}

		List<Row> rows() {
			List<Item> security = security();
			List<Item> controller = controller();
			List<Row> rows = new ArrayList<>();
			for (ResolvedRegister register : resolved.registers()) {
				List<Role> roles = Selostes.members(register.register().getMembers(), Role.class);
				RegisterRole role = roles.isEmpty() ? RegisterRole.CONTROLLER : roles.get(0).getRole();
				List<Item> onBehalfOf = roles.stream().filter(r -> r.getOnBehalfOf() != null)
						.map(r -> item(text(r.getOnBehalfOf()))).toList();
				if (register.purposes().isEmpty()) {
					rows.add(registerRow(register, role, onBehalfOf, security, controller));
				}
				for (ResolvedPurpose purpose : register.purposes()) {
					rows.add(purposeRow(register, role, onBehalfOf, purpose, security, controller));
				}
			}
			return rows;
		}

		private static List<List<Item>> emptyCells() {
			List<List<Item>> cells = new ArrayList<>();
			for (int i = 0; i < Column.values().length; i++) {
				cells.add(new ArrayList<>());
			}
			return cells;
		}

		private void common(List<List<Item>> cells, ResolvedRegister register, RegisterRole role, List<Item> onBehalfOf,
				List<Item> security, List<Item> controller) {
			cells.get(Column.REGISTER.ordinal()).add(item(text(register.register().getLabel())));
			cells.get(Column.ROLE.ordinal()).add(item(labels.get("ropa.role", role)));
			cells.get(Column.ON_BEHALF_OF.ordinal()).addAll(onBehalfOf);
			cells.get(Column.SECURITY.ordinal()).addAll(security);
			cells.get(Column.CONTROLLER.ordinal()).addAll(controller);
		}

		/** One row per purpose; what the purpose does not state itself is marked as stated for the register. */
		private Row purposeRow(ResolvedRegister register, RegisterRole role, List<Item> onBehalfOf,
				ResolvedPurpose purpose, List<Item> security, List<Item> controller) {
			List<List<Item>> cells = emptyCells();
			common(cells, register, role, onBehalfOf, security, controller);
			cells.get(Column.PURPOSE.ordinal()).add(item(text(purpose.purpose().getLabel())));
			for (Fact<LegalBasis> basis : purpose.bases()) {
				cells.get(Column.BASIS.ordinal()).add(item(basis(basis.value(), stated(basis.origin()))));
			}
			for (SpecialCondition condition : purpose.conditions()) {
				cells.get(Column.BASIS.ordinal()).add(item(labels.get("special", condition.getKind())));
			}
			for (Fact<SubjectGroup> group : purpose.subjects()) {
				String label = text(group.value().getLabel());
				if (group.value().getMinimumAge() > 0) {
					label += " (" + labels.format("minimumAge", group.value().getMinimumAge()) + ")";
				}
				cells.get(Column.SUBJECTS.ordinal()).add(item(label + stated(group.origin())));
			}
			for (Fact<DataCategory> category : purpose.categories()) {
				List<String> flags = category.value().getFlags().stream().map(f -> labels.get("flag", f)).toList();
				cells.get(Column.DATA.ordinal()).add(new Item(text(category.value().getLabel()) + stated(category.origin()),
						flags.isEmpty() ? null : String.join(", ", flags)));
			}
			List<Item> recipients = cells.get(Column.RECIPIENTS.ordinal());
			purpose.recipients().forEach(r -> recipients.add(party(r)));
			if (recipients.isEmpty() && register.recipients().isStatedAbsent()) {
				recipients.add(item(labels.get("noRecipients")));
			}
			List<Item> transfers = cells.get(Column.TRANSFERS.ordinal());
			purpose.transfers().forEach(t -> transfers.add(transfer(t)));
			if (transfers.isEmpty() && register.transfers().isStatedAbsent()) {
				transfers.add(item(labels.get("noTransfers")));
			}
			for (RetentionFact fact : purpose.retention()) {
				String period = retention(fact.retention());
				cells.get(Column.RETENTION.ordinal()).add(item(fact.holder() instanceof DataCategory category
						? text(category.getLabel()) + ": " + period : period + stated(fact.origin())));
			}
			return new Row(register.register(), role, cells.stream().map(List::copyOf).toList());
		}

		/** A register without purposes: its description stands for the category of processing. */
		private Row registerRow(ResolvedRegister register, RegisterRole role, List<Item> onBehalfOf,
				List<Item> security, List<Item> controller) {
			List<List<Item>> cells = emptyCells();
			common(cells, register, role, onBehalfOf, security, controller);
			List<Item> purposeCell = cells.get(Column.PURPOSE.ordinal());
			Selostes.details(register.register().getMembers(), DetailKind.DESCRIPTION)
					.forEach(d -> purposeCell.add(item(text(d.getValue()))));
			if (purposeCell.isEmpty()) {
				purposeCell.add(item(text(register.register().getLabel())));
			}
			register.bases().forEach(b -> cells.get(Column.BASIS.ordinal()).add(item(basis(b, ""))));
			Selostes.members(register.register().getMembers(), SubjectGroup.class)
					.forEach(g -> cells.get(Column.SUBJECTS.ordinal()).add(item(text(g.getLabel()))));
			for (DataCategory category : Selostes.categories(register.register())) {
				List<String> flags = category.getFlags().stream().map(f -> labels.get("flag", f)).toList();
				cells.get(Column.DATA.ordinal())
						.add(new Item(text(category.getLabel()), flags.isEmpty() ? null : String.join(", ", flags)));
			}
			register.recipients().items().forEach(r -> cells.get(Column.RECIPIENTS.ordinal()).add(party(r)));
			if (register.recipients().isStatedAbsent()) {
				cells.get(Column.RECIPIENTS.ordinal()).add(item(labels.get("noRecipients")));
			}
			register.transfers().items().forEach(t -> cells.get(Column.TRANSFERS.ordinal()).add(transfer(t)));
			if (register.transfers().isStatedAbsent()) {
				cells.get(Column.TRANSFERS.ordinal()).add(item(labels.get("noTransfers")));
			}
			register.retention().forEach(r -> cells.get(Column.RETENTION.ordinal()).add(item(retention(r))));
			return new Row(register.register(), role, cells.stream().map(List::copyOf).toList());
		}

		/** " (stated for the whole register)" where a fact is not the purpose's own; else nothing. */
		/** A basis, where it was stated, and the law it rests on when the notice names one (Art 6(3)). */
		private String basis(LegalBasis basis, String stated) {
			String term = labels.get("basis", basis.getKind()) + stated;
			return LegalBases.statute(basis).map(statute -> term + "; "
					+ labels.get(LegalBases.restsOnLaw(basis.getKind()) ? "basis.statute" : "basis.law") + ": "
					+ text(statute)).orElse(term);
		}

		private String stated(Origin origin) {
			return switch (origin) {
				case REGISTER, NOTICE -> " (" + labels.get("ropa.stated", origin) + ")";
				default -> "";
			};
		}

		private Item party(ResolvedRecipient recipient) {
			Party party = recipient.party();
			String name = party.getLabel() != null ? text(party.getLabel())
					: Selostes.details(party.getMembers(), DetailKind.NAME).stream().findFirst()
							.map(d -> text(d.getValue())).orElse(party.getName());
			String text = labels.get("party", party.getKind()) + ": " + name;
			Location location = recipient.location();
			if (location.isStated()) {
				text += ", " + country(location.code());
			}
			text += stated(recipient.scope());
			return location.status() == Location.Status.STATED_THIRD_COUNTRY ? new Item(text, labels.get("ropa.thirdCountry"))
					: item(text);
		}

		private Item transfer(ResolvedTransfer transfer) {
			List<String> parts = new ArrayList<>();
			for (ResolvedRecipient recipient : transfer.recipients()) {
				Party party = recipient.party();
				String name = Selostes.details(party.getMembers(), DetailKind.NAME).stream().findFirst()
						.map(d -> text(d.getValue())).orElse(party.getName());
				parts.add(recipient.location().isStated() ? name + ", " + country(recipient.location().code()) : name);
			}
			for (EObject member : transfer.transfer().getMembers()) {
				if (member instanceof Detail detail && detail.getKind() == DetailKind.COUNTRY) {
					parts.add(country(Texts.firstValue(detail.getValue()).strip()));
				}
			}
			for (Safeguard safeguard : transfer.safeguards()) {
				String label = labels.get("safeguard") + ": " + labels.get("safeguard", safeguard.getKind());
				if (safeguard.getKind() == SafeguardKind.DEROGATION && safeguard.getText() != null) {
					label += ": " + text(safeguard.getText());
				}
				parts.add(label);
			}
			return item(String.join(" — ", parts) + stated(transfer.scope()));
		}

		private String retention(Retention retention) {
			String period = retention.getPeriod() instanceof CriteriaPeriod criteria ? text(criteria.getText())
					: RetentionText.of(retention.getPeriod(), labels);
			return period == null ? "" : period;
		}

		private List<Item> security() {
			List<Item> items = new ArrayList<>();
			for (Security security : Selostes.members(notice.getMembers(), Security.class)) {
				for (EObject member : security.getMembers()) {
					if (member instanceof SecurityMeasure measure) {
						items.add(item(labels.get("measure", measure.getKind()) + ": " + text(measure.getText())));
					} else if (member instanceof Detail detail) {
						items.add(item(text(detail.getValue())));
					}
				}
			}
			return items;
		}

		/** Controllers, joint controllers and persons (representative, DPO, contacts) with their details. */
		private List<Item> controller() {
			List<Item> items = new ArrayList<>();
			for (Controller controller : Selostes.members(notice.getMembers(), Controller.class)) {
				items.add(item(contact(labels.get("controller", controller.getKind()), controller.getDetails(),
						controller.getName())));
			}
			for (Person person : Selostes.members(notice.getMembers(), Person.class)) {
				items.add(item(contact(labels.get("person", person.getRole()), person.getDetails(), person.getName())));
			}
			if (resolved.dataProtectionOfficers().isStatedAbsent()) {
				items.add(item(labels.get("noDpo")));
			}
			return items;
		}

		private String contact(String kind, List<Detail> details, String identifier) {
			String name = Selostes.details(details, DetailKind.NAME).stream().findFirst().map(d -> text(d.getValue()))
					.orElse(identifier);
			List<String> parts = new ArrayList<>();
			for (Detail detail : details) {
				if (detail.getKind() == DetailKind.NAME || detail.getKind() == DetailKind.DESCRIPTION) {
					continue;
				}
				String value = text(detail.getValue());
				if (detail.getKind() == DetailKind.COUNTRY) {
					value = country(value.strip());
				}
				parts.add(labels.get("detail", detail.getKind()) + ": " + value);
			}
			return kind + ": " + name + (parts.isEmpty() ? "" : ", " + String.join(", ", parts));
		}

		private String country(String code) {
			if (!Countries.isCode(code)) {
				return code;
			}
			String name = Locale.of("", code).getDisplayCountry(Locale.of(language.getLiteral()));
			return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
		}

		/** A text in the output language, else in the notice's first language, else its first variant. */
		private String text(Text text) {
			Map<Language, String> variants = Texts.variants(text);
			if (variants.isEmpty()) {
				return "";
			}
			if (variants.containsKey(language)) {
				return variants.get(language);
			}
			return variants.containsKey(first) ? variants.get(first) : variants.values().iterator().next();
		}

		private static Item item(String text) {
			return new Item(text, null);
		}
	}

	// ------------------------------------------------------------ CSV

	/**
	 * RFC 4180 CSV: comma-separated, CRLF after every record, a field quoted when it holds a comma, a
	 * quote, CR or LF (quotes doubled). The file starts with a UTF-8 byte order mark: without it Excel
	 * reads a CSV file in the system's legacy code page and shows "Ã¤" for "ä"; LibreOffice and most CSV
	 * libraries accept or skip the mark. One header row, then one row per purpose; the values of a cell
	 * are joined with "; ".
	 */
	public static String csv(Notice notice, Language language) {
		Labels labels = Labels.of(language);
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> header = new ArrayList<>();
		for (Column column : Column.values()) {
			header.add(labels.get(column.key()));
		}
		record(csv, header);
		for (Row row : rows(notice, language)) {
			record(csv, row.cells().stream()
					.map(cell -> String.join("; ", cell.stream().map(Item::plain).toList())).toList());
		}
		return csv.toString();
	}

	private static void record(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(csvField(fields.get(i)));
		}
		csv.append("\r\n");
	}

	/**
	 * One field: guarded against formula injection (a value starting with =, +, -, @, tab or CR gets a
	 * leading apostrophe, so that a spreadsheet shows it as text instead of evaluating it), then quoted
	 * when RFC 4180 requires it.
	 */
	public static String csvField(String value) {
		String field = value;
		if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
			field = "'" + field;
		}
		if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0) {
			field = '"' + field.replace("\"", "\"\"") + '"';
		}
		return field;
	}

	// ------------------------------------------------------------ HTML

	/** A standalone HTML5 page: the controller's contact details, a table per register, the security measures. */
	public static String html(Notice notice, Language language) {
		Labels labels = Labels.of(language);
		NoticeDocument document = NoticeDocumentBuilder.build(notice, language);
		List<Row> rows = rows(notice, language);
		String title = labels.get("ropa.title");
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"").append(language.getLiteral()).append("\">\n<head>\n")
				.append("<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>").append(HtmlFormat.escape(title)).append("</title>\n")
				.append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
				.append(HtmlFormat.escape(title)).append("</h1>\n<p class=\"meta\">")
				.append(HtmlFormat.escape(labels.get("ropa.source"))).append(": ");
		document.title().forEach(i -> html.append(HtmlFormat.escape(switch (i) {
			case NoticeDocument.Run run -> run.text();
			case NoticeDocument.Link link -> link.text();
		})));
		for (DateEntry date : Selostes.members(notice.getMembers(), DateEntry.class)) {
			if (date.getKind() == DateKind.UPDATED) {
				html.append(" · ").append(HtmlFormat.escape(labels.get("date", date.getKind()))).append(": ")
						.append(HtmlFormat.escape(Dates.iso(date.getDate())));
			}
		}
		html.append("</p>\n</header>\n");
		for (Section section : document.sections()) {
			if (section.id().equals("controller") || section.id().equals("dpo")) {
				html.append("<section id=\"").append(section.id()).append("\">\n<h2>")
						.append(HtmlFormat.escape(section.title())).append("</h2>\n");
				for (Block block : section.blocks()) {
					HtmlFormat.block(html, block);
				}
				html.append("</section>\n");
			}
		}
		for (RegisterRole role : RegisterRole.values()) {
			List<Row> ofRole = rows.stream().filter(r -> r.role() == role).toList();
			if (ofRole.isEmpty()) {
				continue;
			}
			String id = role == RegisterRole.CONTROLLER ? "controller-activities" : "processor-activities";
			html.append("<section id=\"").append(id).append("\">\n<h2>")
					.append(HtmlFormat.escape(labels.get("ropa.section." + role.name().toLowerCase(Locale.ROOT))))
					.append("</h2>\n");
			Register current = null;
			for (Row row : ofRole) {
				if (row.register() != current) {
					if (current != null) {
						html.append("</tbody>\n</table>\n</div>\n");
					}
					current = row.register();
					html.append("<h3>");
					cellText(html, row.cell(Column.REGISTER));
					html.append("</h3>\n");
					if (!row.cell(Column.ON_BEHALF_OF).isEmpty()) {
						html.append("<p><strong>").append(HtmlFormat.escape(labels.get("ropa.onBehalfOf")))
								.append(":</strong> ");
						cellText(html, row.cell(Column.ON_BEHALF_OF));
						html.append("</p>\n");
					}
					html.append("<div class=\"table\">\n<table>\n<thead><tr>");
					for (Column column : tableColumns()) {
						html.append("<th scope=\"col\">").append(HtmlFormat.escape(labels.get(column.key()))).append("</th>");
					}
					html.append("</tr></thead>\n<tbody>\n");
				}
				html.append("<tr>");
				for (Column column : tableColumns()) {
					html.append("<td>");
					cell(html, row.cell(column));
					html.append("</td>");
				}
				html.append("</tr>\n");
			}
			html.append("</tbody>\n</table>\n</div>\n</section>\n");
		}
		List<Item> security = rows.isEmpty() ? List.of() : rows.get(0).cell(Column.SECURITY);
		if (!security.isEmpty()) {
			html.append("<section id=\"security\">\n<h2>").append(HtmlFormat.escape(labels.get("ropa.section.security")))
					.append("</h2>\n<ul>\n");
			for (Item item : security) {
				html.append("<li>");
				item(html, item);
				html.append("</li>\n");
			}
			html.append("</ul>\n</section>\n");
		}
		html.append("</main>\n</body>\n</html>\n");
		return html.toString();
	}

	private static List<Column> tableColumns() {
		return List.of(Column.PURPOSE, Column.BASIS, Column.SUBJECTS, Column.DATA, Column.RECIPIENTS, Column.TRANSFERS,
				Column.RETENTION);
	}

	private static void cell(StringBuilder html, List<Item> items) {
		if (items.size() == 1) {
			item(html, items.get(0));
		} else if (items.size() > 1) {
			html.append("<ul>");
			for (Item item : items) {
				html.append("<li>");
				item(html, item);
				html.append("</li>");
			}
			html.append("</ul>");
		}
	}

	private static void cellText(StringBuilder html, List<Item> items) {
		html.append(HtmlFormat.escape(String.join("; ", items.stream().map(Item::plain).toList())));
	}

	private static void item(StringBuilder html, Item item) {
		html.append(HtmlFormat.escape(item.text()));
		if (item.mark() != null) {
			html.append(" <strong class=\"flag\">(").append(HtmlFormat.escape(item.mark())).append(")</strong>");
		}
	}
}
