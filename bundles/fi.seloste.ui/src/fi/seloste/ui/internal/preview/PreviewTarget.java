package fi.seloste.ui.internal.preview;

import org.eclipse.core.resources.IFile;

import fi.seloste.ui.internal.builder.GeneratedNotices;
import fi.seloste.ui.internal.builder.SelosteNature;
import fi.seloste.ui.internal.texts.UiTexts;

/** The page to preview for a source file, or why there is none. */
record PreviewTarget(IFile page, String explanation) {

	static final String EXTENSION = "seloste";

	static PreviewTarget of(IFile source) {
		if (source == null) {
			return new PreviewTarget(null, UiTexts.text("preview.noEditor"));
		}
		if (!SelosteNature.isOn(source.getProject())) {
			return new PreviewTarget(null, UiTexts.text("preview.notEnabled", source.getProject().getName()));
		}
		GeneratedNotices.Outcome outcome = GeneratedNotices.of(source);
		if (outcome == null) {
			return new PreviewTarget(null, UiTexts.text("preview.notBuilt", source.getName()));
		}
		if (outcome.reason() != null) {
			return new PreviewTarget(null, outcome.reason());
		}
		IFile page = outcome.firstHtmlPage();
		if (page == null || !page.exists()) {
			return new PreviewTarget(null, outcome.outputs().isEmpty() ? UiTexts.text("preview.noNotice", source.getName())
					: UiTexts.text("preview.noHtml"));
		}
		return new PreviewTarget(page, null);
	}
}
