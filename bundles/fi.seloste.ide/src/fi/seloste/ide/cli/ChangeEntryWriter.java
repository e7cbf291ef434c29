package fi.seloste.ide.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import fi.seloste.changes.ChangeEntryDraft;
import fi.seloste.changes.ChangeLog;
import fi.seloste.diff.NoticeComparison;
import fi.seloste.diff.NoticeDiff;
import fi.seloste.ide.diff.VersionSides;
import fi.seloste.ide.quickfix.ChangeEntryInsertion;
import fi.seloste.io.Failures;
import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.model.Dates;
import fi.seloste.model.Texts;
import fi.seloste.model.VisibleText;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.validation.SelosteMessages;

/**
 * {@code seloste diff OLD NEW --write-change-entry --date YYYY-MM-DD} (issue 14): inserts into each notice
 * of NEW that has material changes against OLD the change entry drafted from the diff
 * ({@link ChangeEntryDraft}), where the quick fix inserts it and laid out as the formatter lays it out
 * ({@link ChangeEntryInsertion}), through the one source writer; nothing else in the file changes. The
 * date is the user's: a date is a fact the diff does not show (when the new version takes or took
 * effect), so it is required, never today by default. A notice that already has the same entry is left
 * as it is, so a second run writes nothing.
 */
public final class ChangeEntryWriter {

	private final Injector injector;
	private final SourceWriter writer = new SourceWriter();

	public ChangeEntryWriter(Injector injector) {
		this.injector = injector;
	}

	/** The date of {@code --date}, checked. */
	public static LocalDate date(String value, KeywordLanguage language) throws UsageException {
		if (value == null) {
			throw new UsageException(Failures.text(language, "diff.entryNeedsDate"));
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeException e) {
			throw new UsageException(Failures.text(language, "diff.badDate", value));
		}
	}

	/** Writes the entries; reports each file written, or why nothing was, on {@code report}. Returns the number of entries. */
	public int write(VersionSides.Side before, VersionSides.Side after, LocalDate date, PrintStream report)
			throws UsageException {
		return write(before, after, date, report, KeywordLanguage.ENGLISH);
	}

	/** {@link #write(VersionSides.Side, VersionSides.Side, LocalDate, PrintStream)}, reporting in {@code language}. */
	public int write(VersionSides.Side before, VersionSides.Side after, LocalDate date, PrintStream report,
			KeywordLanguage language) throws UsageException {
		String iso = date.toString();
		Map<XtextResource, Map<Notice, Map<Language, String>>> byFile = new LinkedHashMap<>();
		for (NoticeComparison.Compared compared : NoticeComparison.sameNamed(before.notices(), after.notices())) {
			Notice earlier = compared.before();
			Notice notice = compared.after();
			NoticeDiff diff = compared.diff();
			if (!diff.hasMaterialChanges()) {
				report.println(Failures.text(language, "diff.noMaterialChangeNoEntry", notice.getName()));
				continue;
			}
			Map<Language, String> texts = ChangeEntryDraft.of(diff, earlier, notice).texts();
			if (hasEntry(notice, iso, texts)) {
				report.println(Failures.text(language, "diff.entryExists", notice.getName(), iso));
				continue;
			}
			if (!(notice.eResource() instanceof XtextResource resource) || resource.getURI() == null
					|| !resource.getURI().isFile() || !Files.isRegularFile(Path.of(resource.getURI().toFileString()))) {
				throw new UsageException(Failures.text(language, "diff.entryNotInWorkingTree", after.label()));
			}
			byFile.computeIfAbsent(resource, r -> new LinkedHashMap<>()).put(notice, texts);
		}
		BilingualKeywords keywords = injector.getInstance(BilingualKeywords.class);
		KeywordTranslator translator = injector.getInstance(KeywordTranslator.class);
		SelosteMessages messages = injector.getInstance(SelosteMessages.class);
		int written = 0;
		for (var entry : byFile.entrySet()) {
			XtextResource resource = entry.getKey();
			Path file = Path.of(resource.getURI().toFileString());
			// the text as loaded: a file saved meanwhile is not overwritten (SourceWriter)
			String read = resource.getParseResult().getRootNode().getText();
			writer.removeLeftoversBeside(List.of(file));
			writer.write(file, read, ChangeEntryInsertion.inserted(resource, entry.getValue(), iso, keywords, translator),
					messages.languageFor(resource));
			for (Notice notice : entry.getValue().keySet()) {
				report.println(Failures.text(language, "diff.entryAdded", VisibleText.of(file.toString()), iso, notice.getName()));
				written++;
			}
		}
		return written;
	}

	/** Whether the notice has an entry of this date and these texts (a second run). */
	private static boolean hasEntry(Notice notice, String date, Map<Language, String> texts) {
		for (Change entry : ChangeLog.entries(notice)) {
			if (entry.getDate() != null && Dates.iso(entry.getDate()).equals(date)) {
				Map<Language, String> written = Texts.variants(entry.getText());
				if (written.equals(texts) || List.copyOf(written.values()).equals(List.copyOf(texts.values()))) {
					return true;
				}
			}
		}
		return false;
	}
}
