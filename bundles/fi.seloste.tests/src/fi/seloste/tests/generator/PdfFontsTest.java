package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import fi.seloste.generator.OutputFile;
import fi.seloste.generator.PdfFormat;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Notice;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.tests.validation.NoticeEdit;

/** Issue 16: the PDF format writes nothing outside the output folder, and the same bytes in every locale. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class PdfFontsTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private PdfFormat pdf;

	/**
	 * PDFBox's font mapper scanned the system's fonts and wrote {@code .pdfbox.cache} into the user's
	 * home folder. The mapper is set once per JVM, so the test asserts which one is in use as well as
	 * the empty home: another test may have rendered a PDF first.
	 */
	@Test
	void renderingAPdfWritesNoFontCacheIntoTheHomeFolder(@TempDir Path home) throws IOException {
		String previous = System.getProperty("user.home");
		System.setProperty("user.home", home.toString());
		try {
			Notice notice = models.notice(NoticeEdit.base().text());
			assertTrue(pdf.render(notice, Texts.outputLanguages(notice)).get(0).content().length > 0);
		} finally {
			System.setProperty("user.home", previous);
		}
		try (Stream<Path> files = Files.list(home)) {
			assertEquals(List.of(), files.toList());
		}
		assertEquals("fi.seloste.generator.BundledFontsOnly", FontMappers.instance().getClass().getName());
	}

	/** Under ar-SA or th-TH-TH the XMP creation date had Arabic or Thai digits (and a Buddhist year). */
	@Test
	void thePdfIsTheSameInALocaleWithOtherDigitsOrCalendar() {
		Notice notice = models.notice(NoticeEdit.base().text());
		byte[] expected = render(notice, Locale.ROOT);
		for (Locale locale : List.of(Locale.forLanguageTag("ar-SA"), Locale.forLanguageTag("th-TH-u-nu-thai"),
				Locale.of("th", "TH", "TH"), Locale.forLanguageTag("fa-IR"))) {
			assertTrue(java.util.Arrays.equals(expected, render(notice, locale)), locale.toString());
		}
	}

	private byte[] render(Notice notice, Locale locale) {
		Locale previous = Locale.getDefault();
		Locale.setDefault(locale);
		try {
			List<OutputFile> files = pdf.render(notice, Texts.outputLanguages(notice));
			return files.get(0).content();
		} finally {
			Locale.setDefault(previous);
		}
	}
}
