package fi.seloste.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.seloste.seloste.Language;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.TextVariant;

/** Multilingual texts: a plain string is in the notice's first output language. */
public final class Texts {

	private Texts() {
	}

	/** The notice's output languages in declared order; Finnish when none are declared. */
	public static List<Language> outputLanguages(Notice notice) {
		List<Language> languages = new ArrayList<>();
		if (notice != null) {
			Selostes.members(notice.getMembers(), Languages.class)
					.forEach(l -> l.getLanguages().stream().filter(x -> !languages.contains(x)).forEach(languages::add));
		}
		if (languages.isEmpty()) {
			languages.add(Language.FI);
		}
		return languages;
	}

	/** The variants of a text by language; a plain text belongs to the notice's first language. */
	public static Map<Language, String> variants(Text text) {
		Map<Language, String> result = new LinkedHashMap<>();
		if (text == null) {
			return result;
		}
		if (text.getPlain() != null) {
			result.put(outputLanguages(Selostes.noticeOf(text)).get(0), text.getPlain());
		}
		for (TextVariant variant : text.getVariants()) {
			result.putIfAbsent(variant.getLanguage(), variant.getText());
		}
		return result;
	}

	/** The plain text or the first variant; empty for a missing text. */
	public static String firstValue(Text text) {
		if (text == null) {
			return "";
		}
		if (text.getPlain() != null) {
			return text.getPlain();
		}
		return text.getVariants().isEmpty() ? "" : text.getVariants().get(0).getText();
	}

	/** Every string of a text, all languages. */
	public static List<String> allValues(Text text) {
		List<String> values = new ArrayList<>();
		if (text != null) {
			if (text.getPlain() != null) {
				values.add(text.getPlain());
			}
			text.getVariants().forEach(v -> values.add(v.getText()));
		}
		return values;
	}
}
