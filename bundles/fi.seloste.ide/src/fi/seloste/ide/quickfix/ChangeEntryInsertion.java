package fi.seloste.ide.quickfix;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.model.Dates;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Languages;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Version;

/**
 * Where and how a drafted change entry ({@code muutos DATE fi "…" en "…"}) goes into a notice, in the
 * formatter's layout and the file's keyword language: beside the notice's change entries in their
 * order (before the first when they are newest first, else after the last), or after the notice's
 * opening lines (title, languages, dates, version) when it has none. One place for the quick fix of
 * {@code changeEntryMissing} and for {@code seloste diff --write-change-entry}; nothing else is edited.
 */
public final class ChangeEntryInsertion {

	private ChangeEntryInsertion() {
	}

	/** Adds the entry to the edits. */
	static void insert(FixEdits edits, Notice notice, String date, Map<Language, String> texts) {
		Lines entry = Lines.of("muutos " + date + " " + FixEdits.text(notice, texts::get));
		List<Change> entries = notice.getMembers().stream().filter(Change.class::isInstance).map(Change.class::cast)
				.toList();
		if (!entries.isEmpty()) {
			Change first = entries.get(0);
			Change last = entries.get(entries.size() - 1);
			if (entries.size() > 1 && newestFirst(first, last)) {
				INode node = FixEdits.node(first);
				edits.insert(edits.lineStart(node.getOffset()),
						edits.keywords(entry.render(edits.memberIndentation(first))));
			} else {
				edits.insertAfter(last, entry);
			}
			return;
		}
		EObject header = null;
		for (EObject member : notice.getMembers()) {
			if (member instanceof Title || member instanceof Languages || member instanceof DateEntry
					|| member instanceof Version) {
				header = member;
			}
		}
		if (header != null) {
			edits.insertAfter(header, entry);
		} else {
			edits.prependMembers(notice, entry);
		}
	}

	/**
	 * The file's text with a drafted entry inserted into each of the given notices of the file
	 * ({@code seloste diff --write-change-entry}); the resource must parse.
	 */
	public static String inserted(XtextResource resource, Map<Notice, Map<Language, String>> entries, String date,
			BilingualKeywords keywords, KeywordTranslator translator) {
		var document = QuickfixRunner.document(resource);
		FixEdits edits = new FixEdits(document,
				translator.dominantLanguage(resource.getParseResult().getRootNode()), keywords);
		entries.forEach((notice, texts) -> insert(edits, notice, date, texts));
		return QuickfixRunner.applyEdits(document.getContents(), edits.edits());
	}

	private static boolean newestFirst(Change first, Change last) {
		var firstDate = first.getDate() == null ? null : Dates.parse(first.getDate()).orElse(null);
		var lastDate = last.getDate() == null ? null : Dates.parse(last.getDate()).orElse(null);
		return firstDate != null && lastDate != null && firstDate.isAfter(lastDate);
	}
}
