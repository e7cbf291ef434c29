package fi.seloste.generator;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.model.Texts;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;

/**
 * What {@code seloste generate} and the Eclipse builder write for a file without errors: each notice
 * in the chosen formats and languages. One place, so that both tools give the same files.
 */
public final class NoticeRendering {

	/** Told about a requested language a notice does not declare (it is skipped). */
	public interface SkippedLanguage {
		void skipped(Notice notice, Language language);
	}

	private NoticeRendering() {
	}

	/** The notices of a file, in order; an organisation file has none. */
	public static List<Notice> notices(SelosteFile file) {
		List<Notice> notices = new ArrayList<>();
		if (file != null) {
			for (var element : file.getElements()) {
				if (element instanceof Notice notice) {
					notices.add(notice);
				}
			}
		}
		return notices;
	}

	/**
	 * The languages to write a notice in: its own ({@code requested == null}), or those requested that
	 * it declares, in the requested order.
	 */
	public static List<Language> languages(Notice notice, List<Language> requested, SkippedLanguage skipped) {
		List<Language> own = Texts.outputLanguages(notice);
		if (requested == null) {
			return own;
		}
		List<Language> languages = new ArrayList<>();
		for (Language language : requested) {
			if (own.contains(language)) {
				languages.add(language);
			} else {
				skipped.skipped(notice, language);
			}
		}
		return languages;
	}

	/** The files of one notice; none when it declares none of the requested languages. */
	public static List<OutputFile> render(Notice notice, List<NoticeFormat> formats, List<Language> requested,
			SkippedLanguage skipped) {
		List<Language> languages = languages(notice, requested, skipped);
		List<OutputFile> outputs = new ArrayList<>();
		if (!languages.isEmpty()) {
			for (NoticeFormat format : formats) {
				outputs.addAll(format.render(notice, languages));
			}
		}
		return outputs;
	}
}
