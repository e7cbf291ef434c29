package fi.seloste.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper without the system's fonts. PDFBox's own scans every installed font the first
 * time a font not embedded is needed and writes a cache of them, {@code .pdfbox.cache}, into the user's
 * home folder: a write outside the output folder (issue 16). The PDF embeds its own fonts
 * ({@code fonts/DejaVuSans*.ttf}); anything else PDFBox asks for gets the font it bundles as its last
 * resort, marked as a fallback, as PDFBox's mapper would when no system font matches.
 */
final class BundledFontsOnly implements FontMapper {

	private static final String LAST_RESORT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private TrueTypeFont lastResort;

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
		return new FontMapping<>(lastResort(), true);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
		return new FontMapping<>(lastResort(), true);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
		return new CIDFontMapping(null, lastResort(), true);
	}

	private synchronized TrueTypeFont lastResort() {
		if (lastResort == null) {
			try (InputStream in = FontMapper.class.getResourceAsStream(LAST_RESORT)) {
				if (in == null) {
					throw new IllegalStateException("PDFBox's last-resort font is missing: " + LAST_RESORT);
				}
				lastResort = new TTFParser().parse(new RandomAccessReadBuffer(in));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return lastResort;
	}
}
