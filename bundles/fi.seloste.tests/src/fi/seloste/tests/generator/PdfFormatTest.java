package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.generator.HtmlFormat;
import fi.seloste.generator.NoticeDocumentBuilder;
import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.OutputFile;
import fi.seloste.generator.PdfFormat;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * PDF of every clean example in every declared language: its text (extracted with PDFBox) holds the
 * notice's title, the controller's name, the legal bases, the heading with ä/ö of the purposes, the
 * retention periods and the change log's heading and entries of the HTML page of the same language;
 * DejaVu Sans is embedded and no other font is used; the file is tagged (PDF/UA) and has the notice's
 * language; the same notice gives the same bytes (also when rendered a second later). No golden PDF
 * files: the bytes depend on openhtmltopdf's layout.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class PdfFormatTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private NoticeFormats formats;

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private record Page(Notice notice, Language language, OutputFile pdf) {
	}

	private List<Page> pages() {
		PdfFormat pdf = (PdfFormat) formats.byId("pdf").orElseThrow();
		List<Page> pages = new ArrayList<>();
		for (Notice notice : GeneratedExamples.notices(models)) {
			List<Language> languages = GeneratedExamples.languagesOf(notice);
			List<OutputFile> files = pdf.render(notice, languages);
			assertEquals(languages.size(), files.size());
			for (int i = 0; i < files.size(); i++) {
				assertEquals(notice.getName() + "." + languages.get(i).getLiteral() + ".pdf", files.get(i).name());
				pages.add(new Page(notice, languages.get(i), files.get(i)));
			}
		}
		assertTrue(pages.size() >= 6, "too few PDF files: " + pages.size());
		return pages;
	}

	/** Text without tags, entities resolved, white space collapsed. */
	private static String plain(String html) {
		return normalise(TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

	private static String section(String html, String id) {
		int start = html.indexOf("<section id=\"" + id + "\">");
		return start < 0 ? "" : html.substring(start, html.indexOf("</section>", start));
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(plain(matcher.group(1)));
		}
		return found;
	}

	/** The texts of the HTML page of the same notice and language that the PDF must contain. */
	private static Set<String> expectedTexts(Notice notice, Language language) {
		String html = HtmlFormat.render(NoticeDocumentBuilder.build(notice, language));
		Set<String> expected = new LinkedHashSet<>();
		expected.add(all(Pattern.compile("<h1>(.*?)</h1>"), html).get(0));
		List<String> controller = all(Pattern.compile("<dd>(.*?)</dd>"), section(html, "controller"));
		assertFalse(controller.isEmpty(), "no controller in the HTML of " + notice.getName());
		expected.add(controller.get(0));
		String purposes = section(html, "purposes");
		String purposesHeading = all(Pattern.compile("<h2>(.*?)</h2>"), purposes).get(0);
		expected.add(purposesHeading);
		if (language != Language.EN) {
			assertTrue(purposesHeading.matches(".*[äöåÄÖÅ].*"), purposesHeading);
		}
		// The legal bases: "<basis> (<article>)" at the start of their field.
		Pattern bases = Pattern.compile("<dt>[^<]*</dt><dd>([^<(:]+ \\([^)]*\\))");
		List<String> basisPhrases = all(bases, purposes);
		assertFalse(basisPhrases.isEmpty(), "no legal basis in the HTML of " + notice.getName());
		expected.addAll(basisPhrases);
		// The retention periods: "<li><strong>purpose</strong>: period…".
		List<String> retention = all(Pattern.compile("</strong>: ([^.<]+)"), section(html, "retention"));
		assertFalse(retention.isEmpty(), "no retention period in the HTML of " + notice.getName());
		expected.addAll(retention);
		// The change log (issue 14): its heading and each entry's text, where the notice has entries.
		String changes = section(html, "changes");
		expected.addAll(all(Pattern.compile("<h3>(.*?)</h3>"), changes));
		expected.addAll(all(Pattern.compile("<li><strong>[^<]*</strong>: (.*?)</li>"), changes));
		return expected;
	}

	@Test
	void everyPdfHoldsTheTitleControllerLegalBasesAndRetention() throws IOException {
		List<String> missing = new ArrayList<>();
		boolean umlautBasis = false;
		for (Page page : pages()) {
			try (PDDocument document = Loader.loadPDF(page.pdf().content())) {
				String text = normalise(new PDFTextStripper().getText(document));
				for (String expected : expectedTexts(page.notice(), page.language())) {
					if (!text.contains(expected)) {
						missing.add(page.pdf().name() + ": " + expected);
					} else if (page.language() == Language.FI && expected.contains("(")
							&& expected.matches(".*[äö].*")) {
						umlautBasis = true;
					}
				}
			}
		}
		assertEquals(List.of(), missing, "texts missing from the PDF files");
		assertTrue(umlautBasis, "no Finnish legal basis with ä or ö was checked");
	}

	/**
	 * Issue 16: a character the check forbids (a draft may hold one) stopped the PDF renderer; every
	 * format renders such a notice, the PDF without the character.
	 */
	@Test
	void aDraftWithCharactersNoDocumentCanHoldIsRenderedInEveryFormat() throws IOException {
		String base = Fixtures.read(Fixtures.fixtures().resolve("validation/base.seloste"));
		for (String payload : List.of("\\u0001", "\\u0000", "\\u000B", "\\uD800", "\\uFFFF", "\\uFFFE", "\u0001", "\u001F")) {
			Notice notice = models.notice(base.replace("kuvaus \"Kerromme,", "kuvaus \"Kerromme" + payload + ","));
			for (NoticeFormat format : formats.all()) {
				assertFalse(format.render(notice, List.of(Language.FI)).isEmpty(), format + " " + payload);
			}
			OutputFile pdf = formats.byId("pdf").orElseThrow().render(notice, List.of(Language.FI)).get(0);
			try (PDDocument document = Loader.loadPDF(pdf.content())) {
				assertTrue(normalise(new PDFTextStripper().getText(document)).contains("Kerromme"), payload);
			}
		}
	}

	@Test
	void fontsAreEmbeddedDejaVuSans() throws IOException {
		for (Page page : pages()) {
			try (PDDocument document = Loader.loadPDF(page.pdf().content())) {
				Set<String> fonts = new LinkedHashSet<>();
				for (PDPage pdfPage : document.getPages()) {
					for (COSName name : pdfPage.getResources().getFontNames()) {
						PDFont font = pdfPage.getResources().getFont(name);
						assertTrue(font.isEmbedded(), page.pdf().name() + ": font not embedded: " + font.getName());
						fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
					}
				}
				assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold"), fonts, page.pdf().name());
			}
		}
	}

	@Test
	void taggedForAccessibilityWithLanguageTitleAndTheNoticesDate() throws IOException {
		for (Page page : pages()) {
			try (PDDocument document = Loader.loadPDF(page.pdf().content())) {
				var catalog = document.getDocumentCatalog();
				assertNotNull(catalog.getStructureTreeRoot(), page.pdf().name() + ": no structure tree");
				assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
						page.pdf().name() + ": not marked");
				assertEquals(page.language().getLiteral(), catalog.getLanguage(), page.pdf().name());
				assertFalse(document.getDocumentInformation().getTitle().isBlank(), page.pdf().name());
				assertEquals(document.getDocumentInformation().getTitle(), document.getDocumentInformation().getSubject(),
						page.pdf().name() + ": the description PDF/UA asks for");
				assertEquals("Seloste", document.getDocumentInformation().getProducer());
				Calendar created = document.getDocumentInformation().getCreationDate();
				assertTrue(created.get(Calendar.YEAR) >= 2020 && created.get(Calendar.YEAR) < 2100,
						page.pdf().name() + ": " + created.getTime());
			}
		}
	}

	@Test
	void theSameNoticeGivesByteIdenticalPdfFiles() throws InterruptedException {
		List<Page> first = pages();
		Thread.sleep(1100); // the clock's second must not show in the file
		List<Page> second = pages();
		assertEquals(first.size(), second.size());
		for (int i = 0; i < first.size(); i++) {
			assertEquals(first.get(i).pdf().name(), second.get(i).pdf().name());
			assertArrayEquals(first.get(i).pdf().content(), second.get(i).pdf().content(), first.get(i).pdf().name());
		}
	}

	/**
	 * Issue 15: the fonts are parsed once and lent to one document at a time (PdfFonts). A PDF rendered after
	 * other notices, or while another is rendered on a second thread (with a second set of fonts), has the
	 * bytes it has when rendered on its own.
	 */
	@Test
	void aPdfRenderedAfterOrBesideOthersHasTheBytesItHasAlone() throws Exception {
		PdfFormat pdf = (PdfFormat) formats.byId("pdf").orElseThrow();
		List<Notice> notices = GeneratedExamples.notices(models);
		Notice first = notices.get(0);
		Notice second = notices.get(notices.size() - 1);
		assertFalse(first.getName().equals(second.getName()), "two different notices");
		List<Language> firstLanguages = GeneratedExamples.languagesOf(first).subList(0, 1);
		List<Language> secondLanguages = GeneratedExamples.languagesOf(second).subList(0, 1);
		byte[] firstAlone = pdf.render(first, firstLanguages).get(0).content();
		byte[] secondAfterFirst = pdf.render(second, secondLanguages).get(0).content();
		assertArrayEquals(firstAlone, pdf.render(first, firstLanguages).get(0).content(), "after another notice");
		assertArrayEquals(secondAfterFirst, pdf.render(second, secondLanguages).get(0).content(), "again");
		int rounds = 4;
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<List<byte[]>> firstRuns = threads.submit(() -> renderTogether(pdf, first, firstLanguages, together, rounds));
			Future<List<byte[]>> secondRuns = threads.submit(() -> renderTogether(pdf, second, secondLanguages, together, rounds));
			for (int i = 0; i < rounds; i++) {
				assertArrayEquals(firstAlone, firstRuns.get().get(i), first.getName() + " on two threads, round " + i);
				assertArrayEquals(secondAfterFirst, secondRuns.get().get(i), second.getName() + " on two threads, round " + i);
			}
		} finally {
			threads.shutdownNow();
		}
	}

	private static List<byte[]> renderTogether(PdfFormat pdf, Notice notice, List<Language> languages,
			CyclicBarrier together, int rounds) throws Exception {
		List<byte[]> results = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			together.await(); // both threads render at the same time, each with fonts of its own
			results.add(pdf.render(notice, languages).get(0).content());
		}
		return results;
	}
}
