package fi.seloste.generator;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.generator.NoticeDocument.Inline;
import fi.seloste.generator.NoticeDocument.Run;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;

/**
 * Drafts of a notice that still has errors, for review only: the HTML and Markdown documents with a
 * banner saying so, named {@code <notice>.<lang>.draft.html} and {@code .draft.md} so that they
 * are never mistaken for the notice itself. Not a registered format: only {@code generate --draft}
 * writes them.
 */
public final class DraftDocuments {

	private DraftDocuments() {
	}

	public static List<OutputFile> render(Notice notice, List<Language> languages) {
		List<OutputFile> files = new ArrayList<>();
		for (Language language : languages) {
			NoticeDocument draft = withBanner(NoticeDocumentBuilder.build(notice, language));
			String base = notice.getName() + "." + language.getLiteral() + ".draft";
			files.add(OutputFile.text(base + ".html", HtmlFormat.render(draft)));
			files.add(OutputFile.text(base + ".md", MarkdownFormat.render(draft)));
		}
		return files;
	}

	/** The draft of one notice in one language as HTML, for a preview. */
	public static String html(Notice notice, Language language) {
		return HtmlFormat.render(withBanner(NoticeDocumentBuilder.build(notice, language)));
	}

	private static NoticeDocument withBanner(NoticeDocument document) {
		List<List<Inline>> intro = new ArrayList<>();
		intro.add(List.of(Run.strong(Labels.of(document.language()).get("draft.banner"))));
		intro.addAll(document.intro());
		return new NoticeDocument(document.language(), document.title(), intro, document.sections());
	}
}
