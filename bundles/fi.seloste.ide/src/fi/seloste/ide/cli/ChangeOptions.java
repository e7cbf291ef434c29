package fi.seloste.ide.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.google.inject.Injector;

import fi.seloste.ide.diff.VersionSides;
import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;

/**
 * The options of {@code seloste diff} that act on the change log (issue 14), taken out of the command line
 * before the diff's own options are parsed: {@code --write-change-entry --date YYYY-MM-DD} inserts the
 * drafted change entry into NEW ({@link ChangeEntryWriter}); {@code --notify [-o DIR]} drafts the
 * notifications to the data subjects ({@link NotificationWriter}), into DIR or, without it, on standard
 * output instead of the report.
 *
 * @param notifySubjects {@code --notify}
 * @param rest the arguments left for the diff itself
 */
public record ChangeOptions(boolean writeChangeEntry, String date, boolean notifySubjects, Path output, List<String> rest) {

	public static ChangeOptions extract(List<String> arguments) throws UsageException {
		return extract(arguments, KeywordLanguage.ENGLISH);
	}

	/** The options, with messages in {@code language}. */
	public static ChangeOptions extract(List<String> arguments, KeywordLanguage language) throws UsageException {
		boolean write = false;
		String date = null;
		boolean notify = false;
		Path output = null;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String option = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
			switch (option) {
				case "--write-change-entry" -> write = true;
				case "--notify" -> notify = true;
				case "--date", "-o", "--output" -> {
					String value = Main.optionValue(arguments, i, option);
					if (!argument.contains("=")) {
						i++;
					}
					if (option.equals("--date")) {
						date = value;
					} else {
						output = Path.of(value);
					}
				}
				default -> rest.add(argument);
			}
		}
		if (write) {
			ChangeEntryWriter.date(date, language);
		} else if (date != null) {
			throw new UsageException(Failures.text(language, "diff.dateWithoutEntry"));
		}
		if (output != null && !notify) {
			throw new UsageException(Failures.text(language, "diff.outputWithoutNotify"));
		}
		return new ChangeOptions(write, date, notify, output, List.copyOf(rest));
	}

	/** Whether the notifications take the place of the report on standard output. */
	public boolean notifyOnStandardOutput() {
		return notifySubjects && output == null;
	}

	/** Writes the entries and the notifications the options ask for; reports on {@code err}. */
	public void run(Injector injector, VersionSides.Side before, VersionSides.Side after, PrintStream out,
			PrintStream err, KeywordLanguage language) throws UsageException {
		if (notifySubjects) {
			NotificationWriter.write(before, after, output, out, err, language);
		}
		if (writeChangeEntry) {
			LocalDate entryDate = ChangeEntryWriter.date(date, language);
			new ChangeEntryWriter(injector).write(before, after, entryDate, err, language);
		}
	}
}
