package fi.seloste.generator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import fi.seloste.model.Dates;
import fi.seloste.model.Selostes;
import fi.seloste.model.TextCharacters;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;

/**
 * {@code <notice>.<lang>.pdf}: the HTML page of {@link HtmlFormat} rendered to A4 by openhtmltopdf (PDFBox),
 * with a print stylesheet of its own, DejaVu Sans embedded (subset) so that every letter of Finnish and
 * Swedish shows without system fonts, tagged for accessibility (PDF/UA, PDF/A-3u). The creation date is the
 * notice's own date and the file identifier a hash of the page, so the same notice gives the same bytes.
 */
public class PdfFormat implements NoticeFormat {

	static final String FONT_FAMILY = "DejaVu Sans";

	static final String CSS = """
			@page{size:A4;margin:20mm 18mm 20mm 18mm;@bottom-right{content:counter(page) " / " counter(pages);font-family:'DejaVu Sans';font-size:8pt;color:#55575d}}
			body{margin:0;font-family:'DejaVu Sans';font-size:10pt;line-height:1.45;color:#1d1d1f}
			h1{font-size:17pt;line-height:1.25;margin:0 0 8pt}
			h2{font-size:12.5pt;line-height:1.3;margin:16pt 0 6pt;padding-top:6pt;border-top:0.75pt solid #d6d8dc;page-break-after:avoid}
			h3{font-size:10.5pt;margin:10pt 0 4pt;page-break-after:avoid}
			p{margin:0 0 6pt}
			a{color:#0b5cad;text-decoration:none}
			nav{background-color:#f4f6f8;padding:6pt 10pt;margin:10pt 0}
			nav h2{border:0;margin:0 0 3pt;padding:0;font-size:10.5pt}
			nav ol{margin:0;padding-left:16pt}
			dl{margin:4pt 0 8pt}
			dt{font-weight:bold;color:#55575d;margin-top:3pt;page-break-after:avoid}
			dd{margin:0 0 0 12pt}
			ul{margin:4pt 0 6pt;padding-left:14pt}
			li{margin:2pt 0}
			table{border-collapse:collapse;width:100%;font-size:7.5pt;line-height:1.3;table-layout:fixed;-fs-table-paginate:paginate;margin:4pt 0 8pt}
			th,td{border:0.5pt solid #b9bcc2;padding:3pt;text-align:left;vertical-align:top;word-wrap:break-word}
			th{background-color:#f4f6f8;font-weight:bold}
			th:nth-child(1){width:17%}th:nth-child(2){width:12%}th:nth-child(3){width:19%}
			th:nth-child(4){width:25%}th:nth-child(5){width:14%}th:nth-child(6){width:13%}
			tr{page-break-inside:avoid}""";

	/** Keeps the loggers quiet that openhtmltopdf and PDFBox would print to standard error. */
	private static final List<Logger> QUIET = new ArrayList<>();

	static {
		// no scan of the system's fonts and no font cache written into the user's home folder
		FontMappers.set(new BundledFontsOnly());
		XRLog.setLoggingEnabled(false);
		for (String name : List.of("org.apache.pdfbox", "org.apache.fontbox", "com.openhtmltopdf")) {
			Logger logger = Logger.getLogger(name);
			logger.setLevel(Level.SEVERE);
			QUIET.add(logger);
		}
	}

	@Override
	public String id() {
		return "pdf";
	}

	@Override
	public List<OutputFile> render(Notice notice, List<Language> languages) {
		Calendar date = date(notice);
		List<OutputFile> files = new ArrayList<>();
		for (Language language : languages) {
			String html = HtmlFormat.render(NoticeDocumentBuilder.build(notice, language));
			files.add(new OutputFile(notice.getName() + "." + language.getLiteral() + ".pdf", render(html, date)));
		}
		return files;
	}

	/** The page of {@link HtmlFormat} as XHTML with the PDF stylesheet instead of the screen one. */
	static String xhtml(String html) {
		// A draft may hold characters the check forbids (TextCharacters): the XHTML parser would stop at them.
		String page = TextCharacters.allowedOnly(html).replaceFirst("(?s)<style>.*?</style>", Matcher.quoteReplacement("<style>\n" + CSS + "\n</style>"))
				.replace("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n", "")
				.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
				// openhtmltopdf cannot break a line between a bold word and the colon after it (the bold word
				// then runs past the margin): the colon goes inside, so the space after it is a break.
				.replace("</strong>: ", ":</strong> ");
		// PDF/UA wants a document description (openhtmltopdf takes it from "subject"): the title of the page.
		int start = page.indexOf("<title>") + "<title>".length();
		String title = page.substring(start, page.indexOf("</title>", start));
		return page.replace("</title>\n", "</title>\n<meta name=\"subject\" content=\"" + title + "\"/>\n")
				.replace("<html lang=", "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=");
	}

	static byte[] render(String html, Calendar date) {
		PdfFonts fonts = PdfFonts.borrow();
		byte[] pdf = render(html, date, fonts);
		// only after success: a document that failed may have left its faces half read
		fonts.giveBack();
		return pdf;
	}

	private static byte[] render(String html, Calendar date, PdfFonts fonts) {
		String page = xhtml(html);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
			// the faces parsed once (PdfFonts), embedded into this document as a subset
			builder.usePDDocument(document);
			builder.useFont(fonts.regular(document), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(fonts.bold(document), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withProducer("Seloste");
			builder.withHtmlContent(page, null);
			builder.toStream(out);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
				fix(document, date, page);
				document.save(out);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** Replaces what openhtmltopdf and PDFBox take from the clock by the notice's date and a hash. */
	private static void fix(PDDocument document, Calendar date, String page) throws IOException {
		document.getDocumentInformation().setCreationDate(date);
		PDMetadata metadata = document.getDocumentCatalog().getMetadata();
		if (metadata != null) {
			String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
			// Locale.ROOT: the default locale may write other digits (ar-SA: ٢٠٢٦), which XMP does not take
			String created = String.format(Locale.ROOT, "%04d-%02d-%02dT00:00:00Z", date.get(Calendar.YEAR),
					date.get(Calendar.MONTH) + 1, date.get(Calendar.DAY_OF_MONTH));
			xmp = xmp.replaceAll("<xmp:CreateDate>[^<]*</xmp:CreateDate>",
					"<xmp:CreateDate>" + created + "</xmp:CreateDate>");
			document.getDocumentCatalog().setMetadata(
					new PDMetadata(document, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8))));
		}
		byte[] hash;
		try {
			hash = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8)),
					16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		COSArray id = new COSArray();
		id.add(new COSString(hash));
		id.add(new COSString(hash));
		document.getDocument().getTrailer().setItem(COSName.ID, id);
	}

	/** The notice's creation date (created, effective or updated; 2000-01-01 if it has none), midnight UTC. */
	static Calendar date(Notice notice) {
		String text = date(notice, DateKind.CREATED).or(() -> date(notice, DateKind.EFFECTIVE))
				.or(() -> date(notice, DateKind.UPDATED)).orElse("2000-01-01");
		// A draft's date may be no calendar date (2026-13-45): the PDF then gets the fallback date.
		LocalDate day = Dates.parse(text).orElse(LocalDate.of(2000, 1, 1));
		// Locale.ROOT: the Gregorian calendar whatever the default locale (th-TH-TH would give the Buddhist one)
		Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
		calendar.clear();
		calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		return calendar;
	}

	private static Optional<String> date(Notice notice, DateKind kind) {
		return Selostes.members(notice.getMembers(), DateEntry.class).stream().filter(d -> d.getKind() == kind)
				.findFirst().map(d -> SelosteJsonFormat.date(d.getDate()));
	}
}
