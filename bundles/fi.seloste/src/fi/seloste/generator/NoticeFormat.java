package fi.seloste.generator;

import java.util.List;

import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;

/**
 * One output format of a notice (HTML, Markdown, Seloste JSON, TILT, DPV, …). A format renders a
 * valid notice into files; it never writes them itself, so that writing stays atomic and confined
 * to the output folder in one place ({@link OutputWriter}).
 */
public interface NoticeFormat {

	/** The name users select it by, e.g. {@code html}, {@code md}, {@code json}, {@code tilt}, {@code dpv}. */
	String id();

	/**
	 * The files of the notice in this format. A document format gives one file per language,
	 * named {@code <notice>.<lang>.<ext>}; a machine-readable one a single file holding all languages.
	 * The same notice must always give byte-identical files. A format that must write a value the notice
	 * does not state writes its empty form and lists the field in {@link OutputFile#losses()}.
	 *
	 * @param languages the output languages to render, a non-empty subset of the notice's own
	 */
	List<OutputFile> render(Notice notice, List<Language> languages);
}
