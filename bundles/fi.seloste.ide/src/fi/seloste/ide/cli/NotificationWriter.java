package fi.seloste.ide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.seloste.changes.ChangeEntryDraft;
import fi.seloste.changes.ChangeNotification;
import fi.seloste.diff.NoticeComparison;
import fi.seloste.diff.NoticeDiff;
import fi.seloste.generator.OutputFile;
import fi.seloste.generator.OutputWriter;
import fi.seloste.ide.diff.VersionSides;
import fi.seloste.io.Failures;
import fi.seloste.io.WriteFailure;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.VisibleText;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;

/**
 * {@code seloste diff OLD NEW --notify [-o DIR]} (issue 14): for each notice of NEW with material changes
 * against OLD, the draft message to the data subjects in each language of the notice
 * ({@link ChangeNotification}), as plain text files {@code NOTICE.notification.LANG.txt} in DIR, or on
 * standard output, each under a line naming it. A draft for the legal engineer to edit and send: its
 * placeholders ({@code <<…>>}) mark what the source does not state.
 */
public final class NotificationWriter {

	/** The file name of a notification draft. */
	public static String fileName(String notice, Language language) {
		return notice + ".notification." + language.getLiteral() + ".txt";
	}

	/** The drafts of every notice with material changes, in the order of NEW. */
	public static List<OutputFile> drafts(VersionSides.Side before, VersionSides.Side after) {
		List<OutputFile> files = new ArrayList<>();
		for (NoticeComparison.Compared compared : NoticeComparison.sameNamed(before.notices(), after.notices())) {
			Notice earlier = compared.before();
			Notice notice = compared.after();
			NoticeDiff diff = compared.diff();
			if (!diff.hasMaterialChanges()) {
				continue;
			}
			Map<Language, String> texts = ChangeNotification.draft(earlier, notice, ChangeEntryDraft.of(diff, earlier, notice));
			texts.forEach((language, text) -> files.add(OutputFile.text(fileName(notice.getName(), language), text)));
		}
		return files;
	}

	/** Writes the drafts into {@code folder}, or prints them when it is {@code null}; returns how many. */
	public static int write(VersionSides.Side before, VersionSides.Side after, Path folder, PrintStream out,
			PrintStream report) throws UsageException {
		return write(before, after, folder, out, report, KeywordLanguage.ENGLISH);
	}

	/** {@link #write(VersionSides.Side, VersionSides.Side, Path, PrintStream, PrintStream)}, reporting in {@code language}. */
	public static int write(VersionSides.Side before, VersionSides.Side after, Path folder, PrintStream out,
			PrintStream report, KeywordLanguage language) throws UsageException {
		List<OutputFile> files = drafts(before, after);
		if (files.isEmpty()) {
			report.println(Failures.text(language, "diff.noNotification"));
			return 0;
		}
		if (folder == null) {
			for (OutputFile file : files) {
				out.println("==> " + file.name() + " <==");
				out.print(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
				out.println();
			}
			return files.size();
		}
		try {
			for (Path written : new OutputWriter(folder).write(files)) {
				report.println(Failures.text(language, "diff.wrote", VisibleText.of(written.toString())));
			}
		} catch (WriteFailure e) {
			throw new UsageException(e.message(language));
		} catch (IOException e) {
			throw new UsageException(WriteFailure.ofFolder(folder, e).message(language));
		}
		return files.size();
	}

	private NotificationWriter() {
	}
}
