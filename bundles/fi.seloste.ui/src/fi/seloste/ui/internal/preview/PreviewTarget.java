package fi.seloste.ui.internal.preview;

import org.eclipse.core.resources.IFile;

import fi.seloste.ui.internal.builder.GeneratedNotices;
import fi.seloste.ui.internal.builder.SelosteNature;
import fi.seloste.ui.internal.texts.UiTexts;

/**
 * The page to preview for a source file, or why there is none; and, when what was generated is out of
 * date (or nothing was generated yet), that the preview offers Generate now, with the reason in
 * {@code explanation}. Never advises Save or Build: an unchanged editor cannot be saved, and Build is
 * greyed out while Build Automatically is on.
 */
record PreviewTarget(IFile page, String explanation, boolean offersGeneration) {

	static final String EXTENSION = "seloste";

	static PreviewTarget of(IFile source) {
		if (source == null) {
			return explained(UiTexts.text("preview.noEditor"));
		}
		if (!SelosteNature.isOn(source.getProject())) {
			return explained(UiTexts.text("preview.notEnabled", source.getProject().getName()));
		}
		GeneratedNotices.Outcome outcome = GeneratedNotices.of(source);
		if (outcome == null || outcome.reason() == null && outcome.outputs().isEmpty() && outcome.outOfDate()) {
			// never built, or its outputs are gone from the disk
			return new PreviewTarget(null, UiTexts.text("preview.notBuilt", source.getName()), true);
		}
		IFile page = outcome.firstHtmlPage();
		if (page != null && outcome.reason() == null) {
			// the page generated before, and, if the source changed since, a banner saying so
			return new PreviewTarget(page, outcome.outOfDate() ? UiTexts.text("preview.outOfDatePage", source.getName())
					: null, outcome.outOfDate());
		}
		String why = outcome.reason() != null ? outcome.reason()
				: outcome.outputs().isEmpty() ? UiTexts.text("preview.noNotice", source.getName())
				: UiTexts.text("preview.noHtml");
		return outcome.outOfDate() ? new PreviewTarget(null, why + "\n\n" + UiTexts.text("preview.outOfDate", source.getName()), true)
				: explained(why);
	}

	private static PreviewTarget explained(String explanation) {
		return new PreviewTarget(null, explanation, false);
	}
}
