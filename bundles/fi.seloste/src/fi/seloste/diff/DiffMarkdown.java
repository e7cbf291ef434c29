package fi.seloste.diff;

import java.util.List;

import fi.seloste.model.VisibleText;
import fi.seloste.seloste.Language;

/**
 * A comparison as Markdown, for a pull-request comment: a heading, per notice its summary and the
 * material changes first. Every text from the sources is escaped, so a notice cannot add markup,
 * links or HTML to the comment.
 */
public final class DiffMarkdown {

	private DiffMarkdown() {
	}

	public static String render(DiffReport report, Language language) {
		DiffWording wording = DiffWording.of(language);
		StringBuilder md = new StringBuilder("## ").append(escape(wording.get("markdown.title"))).append("\n\n");
		if (!report.hasChanges()) {
			md.append(escape(wording.format("markdown.none", report.before(), report.after()))).append('\n');
			return md.toString();
		}
		md.append(escape(wording.format("sides", report.before(), report.after()))).append("\n\n");
		for (String notice : report.added()) {
			md.append("- ").append(escape(wording.format("notice.added", notice, report.after()))).append('\n');
		}
		for (String notice : report.removed()) {
			md.append("- ").append(escape(wording.format("notice.removed", notice, report.after()))).append('\n');
		}
		if (!report.added().isEmpty() || !report.removed().isEmpty()) {
			md.append('\n');
		}
		for (NoticeDiff diff : report.diffs()) {
			if (diff.isEmpty()) {
				md.append(escape(wording.format("summary.none", diff.notice()))).append("\n\n");
				continue;
			}
			md.append("### ").append(escape(wording.format("summary", diff.notice(), diff.changes().size(),
					diff.material().size()))).append("\n\n");
			section(md, wording.get("section.material"), diff.material(), wording);
			section(md, wording.get("section.editorial"),
					diff.changes().stream().filter(c -> !c.isMaterial()).toList(), wording);
		}
		return md.toString();
	}

	private static void section(StringBuilder md, String title, List<NoticeChange> changes, DiffWording wording) {
		if (changes.isEmpty()) {
			return;
		}
		md.append("#### ").append(escape(title)).append("\n\n");
		for (NoticeChange change : changes) {
			md.append("- **").append(escape(wording.type(change.type()) + ": " + wording.subject(change.subject())))
					.append("** — ").append(escape(wording.path(change.path()))).append(" (")
					.append(escape(DiffText.where(change))).append(")\n");
			item(md, wording.get("label.before"), change.before());
			item(md, wording.get("label.after"), change.after());
			if (change.reason() != null) {
				md.append("  - *").append(escape(wording.get("label.why"))).append("* ")
						.append(escape(wording.explanation(change.reason()))).append('\n');
			}
		}
		md.append('\n');
	}

	private static void item(StringBuilder md, String label, String value) {
		if (value != null) {
			md.append("  - *").append(escape(label)).append("* ").append(escape(value)).append('\n');
		}
	}

	/** Markdown's and HTML's special characters escaped, on one line. */
	static String escape(String text) {
		String line = VisibleText.of(text);
		StringBuilder escaped = new StringBuilder(line.length());
		for (char c : line.toCharArray()) {
			if ("\\`*_[]<>#|~&".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}
}
