package fi.seloste.ide.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.google.inject.Injector;

import fi.seloste.ide.diff.VersionSides;

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
			ChangeEntryWriter.date(date);
		} else if (date != null) {
			throw new UsageException("--date is the date of the entry --write-change-entry writes");
		}
		if (output != null && !notify) {
			throw new UsageException("-o is the folder of the notifications --notify drafts");
		}
		return new ChangeOptions(write, date, notify, output, List.copyOf(rest));
	}

	/** Whether the notifications take the place of the report on standard output. */
	public boolean notifyOnStandardOutput() {
		return notifySubjects && output == null;
	}

	/** Writes the entries and the notifications the options ask for; reports on {@code err}. */
	public void run(Injector injector, VersionSides.Side before, VersionSides.Side after, PrintStream out,
			PrintStream err) throws UsageException {
		if (notifySubjects) {
			NotificationWriter.write(before, after, output, out, err);
		}
		if (writeChangeEntry) {
			LocalDate entryDate = ChangeEntryWriter.date(date);
			new ChangeEntryWriter(injector).write(before, after, entryDate, err);
		}
	}
}
