package fi.seloste.tests.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.ide.cli.DiffCommand;
import fi.seloste.tests.CliRun;
import fi.seloste.ide.cli.Main;
import fi.seloste.tests.Fixtures;

/**
 * Issue 14 on the command line: {@code seloste diff OLD NEW --write-change-entry --date D} inserts the
 * drafted entry into NEW and nothing else (a second run writes nothing; no date, no entry);
 * {@code --notify -o DIR} writes one notification per language, and without {@code -o} prints them
 * instead of the report; {@code check --since REV} warns of material changes against a git revision,
 * and {@code check} without it does not compare.
 */
class ChangeLogCliTest {

	private static final Path DIR = Fixtures.fixtures().resolve("changes");

	@TempDir
	Path dir;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	/** The pair of versions in the temporary folder: old/RevontuliKahvila.seloste, new/RevontuliKahvila.seloste. */
	private Path[] pair() throws IOException {
		Path before = dir.resolve("old/RevontuliKahvila.seloste");
		Path after = dir.resolve("new/RevontuliKahvila.seloste");
		Files.createDirectories(before.getParent());
		Files.createDirectories(after.getParent());
		Files.writeString(before, Fixtures.read(DIR.resolve("before.seloste")), StandardCharsets.UTF_8);
		Files.writeString(after, Fixtures.read(DIR.resolve("after.seloste")), StandardCharsets.UTF_8);
		return new Path[] { before, after };
	}

	@Test
	void writeChangeEntryInsertsTheDraftedEntryIntoNewAndNothingElse() throws IOException {
		Path[] pair = pair();
		String old = Files.readString(pair[0], StandardCharsets.UTF_8);
		CliRun run = run("diff", pair[0].toString(), pair[1].toString(), "--write-change-entry", "--date", "2027-01-01");
		assertEquals(DiffCommand.CHANGES, run.exit(), run.err());
		assertEquals(Fixtures.read(DIR.resolve("after.with-entry.seloste")), Files.readString(pair[1], StandardCharsets.UTF_8));
		assertEquals(old, Files.readString(pair[0], StandardCharsets.UTF_8), "OLD is never written");
		assertTrue(run.err().contains(": added a change entry dated 2027-01-01 to notice RevontuliKahvila"), run.err());
		// a second run finds the entry there and writes nothing
		CliRun again = run("diff", pair[0].toString(), pair[1].toString(), "--write-change-entry", "--date=2027-01-01");
		assertEquals(Fixtures.read(DIR.resolve("after.with-entry.seloste")), Files.readString(pair[1], StandardCharsets.UTF_8));
		assertTrue(again.err().contains("RevontuliKahvila: already has this change entry dated 2027-01-01; nothing written"),
				again.err());
	}

	@Test
	void theDateOfTheEntryIsTheUsersAndRequired() throws IOException {
		Path[] pair = pair();
		String after = Files.readString(pair[1], StandardCharsets.UTF_8);
		CliRun run = run("diff", pair[0].toString(), pair[1].toString(), "--write-change-entry");
		assertEquals(Main.USAGE, run.exit());
		assertTrue(run.err().contains("--write-change-entry needs the date of the entry: --date YYYY-MM-DD"), run.err());
		CliRun bad = run("diff", pair[0].toString(), pair[1].toString(), "--write-change-entry", "--date", "1.1.2027");
		assertEquals(Main.USAGE, bad.exit());
		assertTrue(bad.err().contains("--date must be a date YYYY-MM-DD, not '1.1.2027'"), bad.err());
		assertEquals(after, Files.readString(pair[1], StandardCharsets.UTF_8), "nothing written without a date");
	}

	@Test
	void notifyWritesOneDraftPerLanguageIntoTheFolder() throws IOException {
		Path[] pair = pair();
		Path out = dir.resolve("notifications");
		CliRun run = run("diff", pair[0].toString(), pair[1].toString(), "--notify", "-o", out.toString());
		assertEquals(DiffCommand.CHANGES, run.exit(), run.err());
		for (String language : List.of("fi", "en", "sv")) {
			String name = "RevontuliKahvila.notification." + language + ".txt";
			assertEquals(Fixtures.read(DIR.resolve(name)), Files.readString(out.resolve(name), StandardCharsets.UTF_8));
		}
		assertFalse(run.out().isEmpty(), "the report is printed as without --notify");
	}

	@Test
	void notifyWithoutAFolderPrintsTheDraftsInsteadOfTheReport() throws IOException {
		Path[] pair = pair();
		CliRun run = run("diff", pair[0].toString(), pair[1].toString(), "--notify");
		assertEquals(DiffCommand.CHANGES, run.exit(), run.err());
		assertTrue(run.out().startsWith("==> RevontuliKahvila.notification.fi.txt <==\n"
				+ Fixtures.read(DIR.resolve("RevontuliKahvila.notification.fi.txt"))), run.out());
		assertTrue(run.out().contains("==> RevontuliKahvila.notification.sv.txt <==\n"), run.out());
	}

	@Test
	void checkSinceARevisionWarnsOfMaterialChangesWithoutAChangeEntry() throws IOException, InterruptedException {
		assertTrue(git("--version"), "the test needs the git executable, as check --since does");
		Path notice = dir.resolve("RevontuliKahvila.seloste");
		Files.writeString(notice, Fixtures.read(DIR.resolve("before.seloste")), StandardCharsets.UTF_8);
		assertTrue(git("init", "-q") && git("add", ".")
				&& git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "v1"));
		Files.writeString(notice, Fixtures.read(DIR.resolve("after.seloste")), StandardCharsets.UTF_8);

		CliRun since = run("check", "--lang", "en", "--since", "HEAD", notice.toString());
		String warning = notice + ":4:9: warning: [fi.seloste.changeEntryMissing] Since HEAD the notice has changed "
				+ "materially (The retention period is longer (“customer service and handling of complaints”) and 2 more), "
				+ "but it has no new change entry and no later date of update.";
		assertTrue(since.out().contains(warning), since.out());
		CliRun plain = run("check", "--lang", "en", notice.toString());
		assertFalse(plain.out().contains("changeEntryMissing"), plain.out());
		// with the drafted entry written, nothing is reported
		run("diff", "--since", "HEAD", notice.toString(), "--write-change-entry", "--date", "2027-01-01");
		assertFalse(run("check", "--since", "HEAD", notice.toString()).out().contains("changeEntryMissing"));
	}

	@Test
	void checkSinceInFinnishTreatsAFileNewSinceTheRevisionAsNew() throws IOException, InterruptedException {
		// the file did not exist at the revision: nothing to compare with, whatever the messages' language
		Path old = dir.resolve("Vanha.seloste");
		Files.writeString(old, Fixtures.read(DIR.resolve("before.seloste")), StandardCharsets.UTF_8);
		assertTrue(git("init", "-q") && git("add", ".")
				&& git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "v1"));
		Path added = Files.createDirectories(dir.resolve("uusi")).resolve("RevontuliKahvila.seloste");
		Files.writeString(added, Fixtures.read(DIR.resolve("after.seloste")), StandardCharsets.UTF_8);
		CliRun since = run("check", "--lang", "fi", "--since", "HEAD", added.getParent().toString());
		assertTrue(since.exit() != 2, since.err());
		assertFalse(since.out().contains("changeEntryMissing"), since.out());
	}

	@Test
	void theChangeLogOptionsSpeakFinnishWhenToldSo() throws IOException {
		Path[] pair = pair();
		CliRun noDate = run("diff", "--lang", "fi", pair[0].toString(), pair[1].toString(), "--write-change-entry");
		assertEquals(2, noDate.exit());
		assertTrue(noDate.err().contains("--write-change-entry tarvitsee merkinnän päivämäärän"), noDate.err());
		CliRun output = run("diff", "--lang=fi", pair[0].toString(), pair[1].toString(), "-o", dir.toString());
		assertTrue(output.err().contains("-o on kansio"), output.err());
	}

	private boolean git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
		command.addAll(List.of(arguments));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
		} catch (IOException e) {
			return false;
		}
		return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
	}
}
