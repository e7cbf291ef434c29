package fi.seloste.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.diff.DiffWording;
import fi.seloste.diff.NoticeChange;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.VisibleText;
import fi.seloste.seloste.Language;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * A change as the pane shows it, worded as {@code seloste diff} words it ({@link DiffWording}): a headline
 * (what changed, and where) and its details: the value before and after (on one line each), and why it is
 * material (the reason and its provision) or that it is editorial.
 */
final class ChangeTexts {

	record Entry(String headline, List<String> details) {
	}

	private ChangeTexts() {
	}

	static Entry entry(NoticeChange change, KeywordLanguage language) {
		DiffWording wording = DiffWording.of(language == KeywordLanguage.FINNISH ? Language.FI : Language.EN);
		String headline = wording.type(change.type()) + ": " + wording.subject(change.subject()) + " — "
				+ VisibleText.of(wording.path(change.path()));
		List<String> details = new ArrayList<>();
		if (change.before() != null) {
			details.add(wording.get("label.before") + " " + VisibleText.of(change.before()));
		}
		if (change.after() != null) {
			details.add(wording.get("label.after") + " " + VisibleText.of(change.after()));
		}
		details.add(change.isMaterial() && change.reason() != null
				? UiTexts.text(language, "compare.material", wording.explanation(change.reason()))
				: UiTexts.text(language, "compare.editorial"));
		return new Entry(headline, List.copyOf(details));
	}
}
