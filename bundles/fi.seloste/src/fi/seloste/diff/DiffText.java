package fi.seloste.diff;

import java.util.List;

import fi.seloste.model.VisibleText;
import fi.seloste.seloste.Language;

/**
 * A comparison as text for a terminal: per notice a summary line, then the material changes (each
 * with its reason and provision), then the editorial ones. Source text is shown on one line
 * ({@link VisibleText}).
 */
public final class DiffText {

	private DiffText() {
	}

	public static String render(DiffReport report, Language language) {
		DiffWording wording = DiffWording.of(language);
		StringBuilder text = new StringBuilder();
		for (String notice : report.added()) {
			text.append(wording.format("notice.added", notice, VisibleText.of(report.after()))).append('\n');
		}
		for (String notice : report.removed()) {
			text.append(wording.format("notice.removed", notice, VisibleText.of(report.after()))).append('\n');
		}
		for (NoticeDiff diff : report.diffs()) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			notice(text, diff, report, wording);
		}
		return text.toString();
	}

	private static void notice(StringBuilder text, NoticeDiff diff, DiffReport report, DiffWording wording) {
		if (diff.isEmpty()) {
			text.append(wording.format("summary.none", diff.notice())).append('\n');
			return;
		}
		text.append(wording.format("summary", diff.notice(), diff.changes().size(), diff.material().size()))
				.append('\n');
		text.append("  ").append(wording.format("sides", VisibleText.of(report.before()), VisibleText.of(report.after()))).append('\n');
		List<NoticeChange> material = diff.material();
		List<NoticeChange> editorial = diff.changes().stream().filter(c -> !c.isMaterial()).toList();
		section(text, wording.get("section.material"), material, wording);
		section(text, wording.get("section.editorial"), editorial, wording);
	}

	private static void section(StringBuilder text, String title, List<NoticeChange> changes, DiffWording wording) {
		if (changes.isEmpty()) {
			return;
		}
		text.append('\n').append(title).append('\n');
		int width = Math.max(Math.max(wording.get("label.before").length(), wording.get("label.after").length()),
				wording.get("label.why").length()) + 1;
		for (NoticeChange change : changes) {
			text.append(sign(change.type())).append(' ').append(wording.type(change.type())).append(": ")
					.append(wording.subject(change.subject())).append(" — ").append(VisibleText.of(wording.path(change.path())))
					.append(" (").append(where(change)).append(")\n");
			value(text, wording.get("label.before"), change.before(), width);
			value(text, wording.get("label.after"), change.after(), width);
			if (change.reason() != null) {
				value(text, wording.get("label.why"), wording.explanation(change.reason()), width);
			}
		}
	}

	private static void value(StringBuilder text, String label, String value, int width) {
		if (value != null) {
			text.append("    ").append(label).append(" ".repeat(width - label.length())).append(VisibleText.of(value))
					.append('\n');
		}
	}

	static char sign(ChangeType type) {
		return switch (type) {
			case ADDED -> '+';
			case REMOVED -> '-';
			case CHANGED -> '~';
			case RENAMED -> '>';
		};
	}

	/** {@code new.seloste:12}, {@code old.seloste:10 → new.seloste:12}. */
	static String where(NoticeChange change) {
		// file names are the user's: shown visibly
		String before = change.beforeLine() > 0 ? VisibleText.of(change.beforeFile()) + ":" + change.beforeLine() : null;
		String after = change.afterLine() > 0 ? VisibleText.of(change.afterFile()) + ":" + change.afterLine() : null;
		if (before == null) {
			return after == null ? "" : after;
		}
		if (after == null) {
			return before;
		}
		return change.afterFile() != null && change.afterFile().equals(change.beforeFile())
				? before + " → " + change.afterLine() : before + " → " + after;
	}
}
