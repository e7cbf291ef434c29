package fi.seloste.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;

/**
 * The bundled DejaVu Sans faces, parsed once and lent to one document at a time. Parsing them was a
 * large part of each PDF (issue 15); a parsed face is reused by every later document.
 * <p>
 * Thread safety: a parsed {@link TrueTypeFont} reads its tables and glyphs lazily from one data stream and
 * caches them in fields PDFBox does not all guard, so a set of faces is never shared: {@link #borrow()} takes
 * a set out of the pool (parsing a new one when every set is in use, so there are at most as many sets as
 * documents rendered at the same time), {@link #giveBack()} puts it back after the document is saved (the
 * subset is written then). A set lent to a document that failed is dropped: it may be half read.
 * <p>
 * The default locale: fontbox reads the font's dates (table {@code head}) with a calendar of the default locale
 * and writes them into the subset with one of the locale current then; a Buddhist calendar (th-TH) counts from
 * another 1904. A face is therefore lent only where its dates are written back as they were read: the pool is
 * kept per such calendar origin ({@link #fontboxEpoch()}), as reading the face per document did implicitly.
 */
final class PdfFonts {

	/** The idle sets by the calendar origin they were read with. */
	private static final ConcurrentHashMap<Long, ConcurrentLinkedDeque<PdfFonts>> IDLE = new ConcurrentHashMap<>();

	private final long epoch;
	private final TrueTypeFont regular;
	private final TrueTypeFont bold;

	private PdfFonts(long epoch) {
		this.epoch = epoch;
		this.regular = parse("DejaVuSans.ttf");
		this.bold = parse("DejaVuSans-Bold.ttf");
	}

	/** A set of faces for one document, used by no other until {@link #giveBack()}. */
	static PdfFonts borrow() {
		long epoch = fontboxEpoch();
		PdfFonts fonts = idle(epoch).pollFirst();
		return fonts != null ? fonts : new PdfFonts(epoch);
	}

	/** Hands the faces on to the next document. */
	void giveBack() {
		idle(epoch).offerFirst(this);
	}

	private static ConcurrentLinkedDeque<PdfFonts> idle(long epoch) {
		return IDLE.computeIfAbsent(epoch, e -> new ConcurrentLinkedDeque<>());
	}

	/** 1904-01-01 as fontbox computes it when it reads or writes a font's date (TTFDataStream, TTFSubsetter). */
	private static long fontboxEpoch() {
		Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		calendar.set(1904, 0, 1, 0, 0, 0);
		calendar.set(Calendar.MILLISECOND, 0);
		return calendar.getTimeInMillis();
	}

	/** The regular face as openhtmltopdf loads a font: when the document first needs it, subset. */
	PDFontSupplier regular(PDDocument document) {
		return new Lazy(document, regular);
	}

	PDFontSupplier bold(PDDocument document) {
		return new Lazy(document, bold);
	}

	/**
	 * Embeds the face only if the layout asks for it (a face no text uses is not embedded), as
	 * openhtmltopdf does with a font given as a stream, so the bytes are those of a font read per document.
	 */
	private static final class Lazy extends PDFontSupplier {

		private final PDDocument document;
		private final TrueTypeFont face;
		private PDFont font;

		Lazy(PDDocument document, TrueTypeFont face) {
			super(null);
			this.document = document;
			this.face = face;
		}

		@Override
		public PDFont supply() {
			if (font == null) {
				try {
					// not closed with the document: the parsed face outlives it
					font = PDType0Font.load(document, face, true);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return font;
		}
	}

	private static TrueTypeFont parse(String name) {
		try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the bundle: fonts/" + name);
			}
			return new TTFParser().parse(new RandomAccessReadBuffer(in));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
