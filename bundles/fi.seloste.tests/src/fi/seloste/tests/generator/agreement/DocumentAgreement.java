package fi.seloste.tests.generator.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import fi.seloste.generator.HtmlFormat;
import fi.seloste.generator.MarkdownFormat;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.Fact;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.model.resolved.RetentionFact;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.LegalBasis;

/**
 * The notice as a document (HTML, Markdown, PDF), in each of its languages: the "no DPO appointed",
 * "no recipients" and "no transfers" sentences appear iff the notice states them (a Statement
 * STATED_ABSENT), every recipient is named and every retention period that applies to a purpose is
 * given. Texts are searched as the format escapes them (PDF: as extracted, whitespace collapsed).
 */
public final class DocumentAgreement implements AgreementCheck {

	private final String format;
	private final String extension;
	private final UnaryOperator<String> escape;

	private DocumentAgreement(String format, String extension, UnaryOperator<String> escape) {
		this.format = format;
		this.extension = extension;
		this.escape = escape;
	}

	public static DocumentAgreement html() {
		return new DocumentAgreement("html", ".html", HtmlFormat::escape);
	}

	public static DocumentAgreement markdown() {
		return new DocumentAgreement("md", ".md", MarkdownFormat::escape);
	}

	public static DocumentAgreement pdf() {
		return new DocumentAgreement("pdf", ".pdf", DocumentAgreement::collapse);
	}

	public String format() {
		return format;
	}

	private String id(String name) {
		return format + "." + name;
	}

	@Override
	public Map<String, String> properties() {
		Map<String, String> p = new LinkedHashMap<>();
		p.put(id("noDpo"), "the \"no DPO appointed\" sentence (label noDpo) appears iff the notice states it (STATED_ABSENT)");
		p.put(id("noRecipients"), "the \"no recipients\" sentence (noRecipients) appears iff a register states it (STATED_ABSENT)");
		p.put(id("noTransfers"), "the \"no transfers\" sentence (noTransfers) appears iff a register states it (STATED_ABSENT)");
		p.put(id("recipients"), "every recipient and processor of every register is named");
		p.put(id("retention"), "every retention period that applies to a purpose is given (wherever it is stated)");
		p.put(id("statutes"), "the law each basis that applies to a purpose names is given (Art 6(3))");
		return p;
	}

	@Override
	public void check(Sample sample, Findings findings) {
		for (Language language : sample.languagesOf(format)) {
			String document = document(sample, language);
			String in = " (" + language.getLiteral() + ")";
			sentence(sample, findings, document, language, "noDpo", sample.resolved().dataProtectionOfficers().isStatedAbsent(),
					sample.resolved().dataProtectionOfficers().kind().name(), in);
			sentence(sample, findings, document, language, "noRecipients",
					sample.resolved().registers().stream().anyMatch(r -> r.recipients().isStatedAbsent()),
					sample.resolved().registers().stream().map(r -> r.recipients().kind().name()).toList().toString(), in);
			sentence(sample, findings, document, language, "noTransfers",
					sample.resolved().registers().stream().anyMatch(r -> r.transfers().isStatedAbsent()),
					sample.resolved().registers().stream().map(r -> r.transfers().kind().name()).toList().toString(), in);
			findings.checked(id("recipients"), sample);
			Set<String> missing = new TreeSet<>();
			for (ResolvedRegister register : sample.resolved().registers()) {
				missing.addAll(Facts.tokens(register.recipients().items()));
			}
			missing.removeAll(Facts.partiesIn(document, sample.notice()));
			if (!missing.isEmpty()) {
				findings.violated(id("recipients"), sample, "recipients " + missing + " not named" + in);
			}
			findings.checked(id("retention"), sample);
			for (ResolvedPurpose purpose : sample.resolved().purposes()) {
				for (RetentionFact fact : purpose.retention()) {
					String text = escape.apply(Facts.retentionText(fact.retention(), language));
					if (!document.contains(text)) {
						findings.violated(id("retention"), sample, purpose.purpose().getName() + ": \"" + text
								+ "\" (stated on " + fact.origin() + ") not given" + in);
					}
				}
			}
			findings.checked(id("statutes"), sample);
			for (ResolvedPurpose purpose : sample.resolved().purposes()) {
				for (Fact<LegalBasis> basis : purpose.bases()) {
					LegalBases.statute(basis.value()).ifPresent(statute -> {
						String text = escape.apply(Texts.variants(statute).getOrDefault(language, Texts.firstValue(statute)));
						if (!document.contains(text)) {
							findings.violated(id("statutes"), sample, purpose.purpose().getName() + ": law \"" + text
									+ "\" of its basis not given" + in);
						}
					});
				}
			}
		}
	}

	private void sentence(Sample sample, Findings findings, String document, Language language, String key,
			boolean statedAbsent, String resolved, String in) {
		findings.checked(id(key), sample);
		boolean said = document.contains(escape.apply(Facts.label(key, language)));
		if (said != statedAbsent) {
			findings.violated(id(key), sample, "\"" + Facts.label(key, language) + "\" " + (said ? "said" : "not said")
					+ ", resolved " + resolved + in);
		}
	}

	private String document(Sample sample, Language language) {
		byte[] content = sample.file(format, "." + language.getLiteral() + extension).content();
		if (!format.equals("pdf")) {
			return new String(content, StandardCharsets.UTF_8);
		}
		try (PDDocument pdf = Loader.loadPDF(content)) {
			return collapse(new PDFTextStripper().getText(pdf));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String collapse(String text) {
		return text.replaceAll("\\s+", " ");
	}
}
