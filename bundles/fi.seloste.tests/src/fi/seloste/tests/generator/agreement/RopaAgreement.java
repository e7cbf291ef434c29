package fi.seloste.tests.generator.agreement;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fi.seloste.generator.RopaFormat.Column;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.model.resolved.ResolvedTransfer;
import fi.seloste.model.resolved.RetentionFact;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Retention;
import fi.seloste.tests.generator.Rfc4180;

/**
 * The RoPA CSV, read back with the tests' RFC 4180 reader: one row per purpose, whose cells hold what
 * applies to the purpose in the resolved model, however the format marks what the register or notice
 * states as a whole; the "no recipients", "no transfers" and "no DPO" sentences only where the notice
 * states them.
 */
public final class RopaAgreement implements AgreementCheck {

	static final String ROWS = "ropa.rows";
	static final String BASES = "ropa.bases";
	static final String RECIPIENTS = "ropa.recipients";
	static final String NO_RECIPIENTS = "ropa.noRecipients";
	static final String TRANSFERS = "ropa.transfers";
	static final String NO_TRANSFERS = "ropa.noTransfers";
	static final String RETENTION = "ropa.retention";
	static final String NO_DPO = "ropa.noDpo";

	@Override
	public Map<String, String> properties() {
		Map<String, String> p = new LinkedHashMap<>();
		p.put(ROWS, "one CSV row per purpose, in order, with the purpose's label");
		p.put(BASES, "a row's legal-basis cell names exactly the Art 6(1) bases that apply to the purpose");
		p.put(RECIPIENTS, "a row's recipients cell names exactly the recipients that serve the purpose (purpose-scoped and register-wide)");
		p.put(NO_RECIPIENTS, "a row says \"no recipients\" iff its register states it (STATED_ABSENT)");
		p.put(TRANSFERS, "a row's transfers cell has one entry per transfer that serves the purpose, naming its recipients");
		p.put(NO_TRANSFERS, "a row says \"no transfers\" iff its register states it (STATED_ABSENT)");
		p.put(RETENTION, "a row's retention cell states exactly the periods that apply to the purpose");
		p.put(NO_DPO, "the controller cell says \"no DPO appointed\" iff the notice states it (STATED_ABSENT)");
		return p;
	}

	@Override
	public void check(Sample sample, Findings findings) {
		String csv = sample.text("ropa", ".ropa.csv");
		List<List<String>> rows = Rfc4180.read(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
		Language language = sample.languages().get(0);
		List<ResolvedPurpose> purposes = sample.resolved().purposes();
		findings.checked(ROWS, sample);
		if (rows.size() != purposes.size() + 1) {
			findings.violated(ROWS, sample, (rows.size() - 1) + " rows for " + purposes.size() + " purposes");
			return;
		}
		int index = 0;
		for (ResolvedRegister register : sample.resolved().registers()) {
			for (ResolvedPurpose purpose : register.purposes()) {
				List<String> row = rows.get(++index);
				String where = "row " + index + " (" + purpose.purpose().getName() + ")";
				String label = Facts.text(purpose.purpose().getLabel(), language);
				if (!cell(row, Column.PURPOSE).contains(label)) {
					findings.violated(ROWS, sample, where + ": purpose cell " + cell(row, Column.PURPOSE) + ", expected " + label);
					continue;
				}
				bases(sample, findings, purpose, cell(row, Column.BASIS), language, where);
				recipients(sample, findings, register, purpose, cell(row, Column.RECIPIENTS), language, where);
				transfers(sample, findings, register, purpose, cell(row, Column.TRANSFERS), language, where);
				retention(sample, findings, purpose, cell(row, Column.RETENTION), language, where);
				findings.checked(NO_DPO, sample);
				boolean noDpo = cell(row, Column.CONTROLLER).contains(Facts.label("noDpo", language));
				if (noDpo != sample.resolved().dataProtectionOfficers().isStatedAbsent()) {
					findings.violated(NO_DPO, sample, where + ": \"no DPO\" " + (noDpo ? "said" : "not said")
							+ ", resolved " + sample.resolved().dataProtectionOfficers().kind());
				}
			}
		}
	}

	private static String cell(List<String> row, Column column) {
		return column.ordinal() < row.size() ? row.get(column.ordinal()) : "";
	}

	private void bases(Sample sample, Findings findings, ResolvedPurpose purpose, String cell, Language language,
			String where) {
		findings.checked(BASES, sample);
		Set<BasisKind> stated = new TreeSet<>();
		for (BasisKind kind : BasisKind.values()) {
			if (cell.contains(Facts.label("basis." + kind.name(), language))) {
				stated.add(kind);
			}
		}
		Set<BasisKind> expected = new TreeSet<>(purpose.bases().stream().map(b -> b.value().getKind()).toList());
		if (!stated.equals(expected)) {
			findings.violated(BASES, sample, where + ": bases " + stated + ", resolved " + expected);
		}
	}

	private void recipients(Sample sample, Findings findings, ResolvedRegister register, ResolvedPurpose purpose,
			String cell, Language language, String where) {
		findings.checked(RECIPIENTS, sample);
		Set<String> stated = Facts.partiesIn(cell, sample.notice());
		Set<String> expected = Facts.tokens(purpose.recipients());
		if (!stated.equals(expected)) {
			findings.violated(RECIPIENTS, sample, where + ": recipients " + stated + ", resolved " + expected);
		}
		findings.checked(NO_RECIPIENTS, sample);
		boolean none = cell.contains(Facts.label("noRecipients", language));
		if (none != register.recipients().isStatedAbsent()) {
			findings.violated(NO_RECIPIENTS, sample, where + ": \"no recipients\" " + (none ? "said" : "not said")
					+ ", register " + register.recipients().kind());
		}
	}

	private void transfers(Sample sample, Findings findings, ResolvedRegister register, ResolvedPurpose purpose,
			String cell, Language language, String where) {
		findings.checked(TRANSFERS, sample);
		String none = Facts.label("noTransfers", language);
		List<String> entries = Arrays.stream(cell.split("; ")).filter(e -> !e.isEmpty() && !e.contains(none)).toList();
		List<ResolvedTransfer> expected = purpose.transfers();
		Set<String> recipients = new TreeSet<>();
		expected.forEach(t -> recipients.addAll(Facts.tokens(t.recipients())));
		Set<String> named = Facts.partiesIn(String.join("; ", entries), sample.notice());
		if (entries.size() != expected.size() || !named.equals(recipients)) {
			findings.violated(TRANSFERS, sample, where + ": " + entries.size() + " transfers naming " + named
					+ ", resolved " + expected.size() + " to " + recipients);
		}
		findings.checked(NO_TRANSFERS, sample);
		boolean said = cell.contains(none);
		if (said != register.transfers().isStatedAbsent()) {
			findings.violated(NO_TRANSFERS, sample, where + ": \"no transfers\" " + (said ? "said" : "not said")
					+ ", register " + register.transfers().kind());
		}
	}

	private void retention(Sample sample, Findings findings, ResolvedPurpose purpose, String cell, Language language,
			String where) {
		findings.checked(RETENTION, sample);
		List<Retention> applying = purpose.retention().stream().map(RetentionFact::retention).toList();
		for (Retention retention : Facts.retentions(sample.notice())) {
			String text = Facts.retentionText(retention, language);
			boolean stated = cell.contains(text);
			if (stated != applying.contains(retention)) {
				String origin = purpose.retention().stream().filter(f -> f.retention() == retention)
						.map(f -> " (" + f.origin() + ")").findFirst().orElse("");
				findings.violated(RETENTION, sample, where + ": \"" + text + "\"" + origin + (stated
						? " stated but does not apply to the purpose" : " applies but is missing"));
			}
		}
	}
}
