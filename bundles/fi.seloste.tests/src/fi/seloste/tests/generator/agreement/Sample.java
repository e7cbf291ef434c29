package fi.seloste.tests.generator.agreement;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.OutputFile;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.tests.random.RandomNotice;

/**
 * One generated notice, loaded and resolved, with its outputs: each format is rendered once, when a
 * check first asks for it.
 */
public final class Sample {

	private final RandomNotice source;
	private final Notice notice;
	private final ResolvedNotice resolved;
	private final List<Language> languages;
	private final NoticeFormats formats;
	private final int pdfLanguage;
	private final Map<String, List<OutputFile>> outputs = new HashMap<>();

	/**
	 * @param pdfLanguage which of the notice's languages the PDF is rendered in (modulo their number):
	 *        one PDF costs as much as the other formats together, so a sample has one
	 */
	public Sample(RandomNotice source, Notice notice, NoticeFormats formats, int pdfLanguage) {
		this.source = source;
		this.notice = notice;
		this.resolved = ResolvedNotice.of(notice);
		this.languages = Texts.outputLanguages(notice);
		this.formats = formats;
		this.pdfLanguage = pdfLanguage;
	}

	public RandomNotice source() {
		return source;
	}

	public Notice notice() {
		return notice;
	}

	public ResolvedNotice resolved() {
		return resolved;
	}

	/** The notice's output languages; the first is the language of RoPA and TILT. */
	public List<Language> languages() {
		return languages;
	}

	public List<OutputFile> files(String formatId) {
		return outputs.computeIfAbsent(formatId, this::renderAgain);
	}

	/** A fresh rendering, not the one {@link #files} keeps (to compare the two). */
	public List<OutputFile> renderAgain(String formatId) {
		return format(formatId).render(notice, languagesOf(formatId));
	}

	/** The languages a format is rendered in: all of the notice's, the PDF only in one of them. */
	public List<Language> languagesOf(String formatId) {
		return formatId.equals("pdf") ? List.of(languages.get(pdfLanguage % languages.size())) : languages;
	}

	/** The single file of a format whose name ends so ({@code .json}, {@code .ropa.csv}, {@code .fi.html}). */
	public OutputFile file(String formatId, String suffix) {
		return files(formatId).stream().filter(f -> f.name().endsWith(suffix)).findFirst()
				.orElseThrow(() -> new AssertionError("no file *" + suffix + " in format " + formatId));
	}

	public String text(String formatId, String suffix) {
		return new String(file(formatId, suffix).content(), StandardCharsets.UTF_8);
	}

	private NoticeFormat format(String id) {
		return formats.byId(id).orElseThrow(() -> new AssertionError("no format " + id));
	}
}
