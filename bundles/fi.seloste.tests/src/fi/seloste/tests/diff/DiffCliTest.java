package fi.seloste.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.ide.SelosteIdeSetup;
import fi.seloste.tests.CliRun;
import fi.seloste.ide.cli.CliInjector;
import fi.seloste.tests.generator.JsonSchemas;

/**
 * {@code seloste diff}: exit codes (0 no change, 1 changes, 2 trouble), the formats and languages, a side
 * that does not parse, and git revisions ({@code --since REV}, {@code REV:PATH}) with clear messages for
 * a folder outside git and an unknown revision.
 */
class DiffCliTest {

	@TempDir
	Path folder;

	@BeforeEach
	void registerTheLanguage() {
		// test injectors of other classes may have replaced the language's registration
		new SelosteIdeSetup().register(CliInjector.get());
	}

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	private static Path side(String name, String version) {
		return DiffSupport.cases().resolve(name).resolve(version).resolve("notice.seloste");
	}

	@Test
	void noChangeIsExitZero() {
		CliRun run = run("diff", side("reorder", "before").toString(), side("reorder", "after").toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("Cafe: no changes\n", run.out());
	}

	@Test
	void changesAreExitOneInEachFormatAndLanguage() {
		String before = side("new-purpose", "before").toString();
		String after = side("new-purpose", "after").toString();
		CliRun english = run("diff", "--lang", "en", before, after);
		assertEquals(1, english.exit(), english.err());
		assertTrue(english.out().contains("+ Added: purpose — register Customers / purpose Events"), english.out());
		assertTrue(english.out().contains("(GDPR Art 13(3), 14(4))"), english.out());
		CliRun finnish = run("diff", "--lang=fi", before, after);
		assertTrue(finnish.out().contains("tietosuoja-asetuksen 13 artiklan 3 kohta ja 14 artiklan 4 kohta"), finnish.out());
		CliRun swedish = run("diff", "--lang", "sv", before, after);
		assertTrue(swedish.out().contains("Väsentliga ändringar"), swedish.out());
		CliRun markdown = run("diff", "--format", "markdown", before, after);
		assertTrue(markdown.out().startsWith("## Privacy notice changes\n"), markdown.out());
		CliRun json = run("diff", "--format", "json", before, after);
		assertEquals(1, json.exit());
		assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.diff(), JsonSchemas.parse(json.out())));
	}

	@Test
	void theReportSpeaksTheNoticesLanguageUnlessToldOtherwise() {
		CliRun run = run("diff", DiffSupport.cases().resolve("organisation/before").toString(),
				DiffSupport.cases().resolve("organisation/after").toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains("Olennaiset muutokset"), run.out());
	}

	@Test
	void aSideWithErrorsIsTroubleWithTheErrorsAsCheckListsThem() throws IOException {
		Path broken = Files.writeString(folder.resolve("broken.seloste"), "notice N {\n  register R \"r\" {\n}\n");
		CliRun run = run("diff", side("no-change", "before").toString(), broken.toString());
		assertEquals(2, run.exit());
		assertEquals("", run.out());
		assertTrue(run.err().lines().anyMatch(l -> l.startsWith(broken + ":") && l.contains(": error: ")), run.err());
		assertTrue(run.err().contains("not compared: fix its errors first"), run.err());
	}

	@Test
	void badCallsAreTroubleWithOneClearLine() {
		assertUsage(run("diff", side("no-change", "before").toString()), "diff needs two versions");
		assertUsage(run("diff", "--lang", "de", "a", "b"), "--lang must be fi, en or sv");
		assertUsage(run("diff", "--format", "html", "a", "b"), "--format must be text, markdown or json");
		assertUsage(run("diff", "--colour", "a", "b"), "unknown option --colour");
		assertUsage(run("diff", folder.resolve("none.seloste").toString(), side("no-change", "after").toString()),
				"no such file or folder");
	}

	private static void assertUsage(CliRun run, String message) {
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("seloste: ") && run.err().contains(message), run.err());
	}

	@Test
	void sinceComparesTheWorkingTreeWithARevision() throws IOException {
		Path repository = gitRepository();
		Path notice = repository.resolve("notices/notice.seloste");
		Files.writeString(notice, Files.readString(side("new-purpose", "after")));
		CliRun run = run("diff", "--since", "HEAD", repository.resolve("notices").toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains("purpose Events"), run.out());
		assertTrue(run.out().contains("(HEAD:"), run.out());
		CliRun file = run("diff", "--since=HEAD", notice.toString());
		assertEquals(1, file.exit(), file.err());
		CliRun revisionSide = run("diff", "HEAD:" + notice, notice.toString());
		assertEquals(1, revisionSide.exit(), revisionSide.err());
		CliRun unchanged = run("diff", "HEAD:" + notice, "HEAD:" + notice);
		assertEquals(0, unchanged.exit(), unchanged.err());
	}

	@Test
	void anUnknownRevisionOrAFolderOutsideGitIsTrouble() throws IOException {
		Path repository = gitRepository();
		assertUsage(run("diff", "--since", "no-such-tag", repository.toString()), "no-such-tag: no such revision");
		Path outside = Files.createDirectories(folder.resolve("outside"));
		Files.copy(side("no-change", "before"), outside.resolve("notice.seloste"));
		CliRun run = run("diff", "--since", "HEAD", outside.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("not in a git repository"), run.err());
	}

	@Test
	void aFileAndFolderNamedWithLettersBeyondAsciiAndBracketsAreReadAtARevision() throws IOException {
		// git quotes such names unless asked for NUL-separated ones (core.quotePath), and reads [ as a pattern
		Path repository = gitRepository();
		Path named = Files.createDirectories(repository.resolve("käyttäjät ja [asiakkaat]"));
		Path notice = named.resolve("käyttäjät rekisteri.seloste");
		Files.copy(side("new-purpose", "before"), notice);
		git(repository, "add", "-A");
		git(repository, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "named");
		Files.writeString(notice, Files.readString(side("new-purpose", "after")));
		CliRun folderRun = run("diff", "--since", "HEAD", named.toString());
		assertEquals(1, folderRun.exit(), folderRun.err());
		assertTrue(folderRun.out().contains("purpose Events"), folderRun.out());
		CliRun fileRun = run("diff", "--since", "HEAD", notice.toString());
		assertEquals(1, fileRun.exit(), fileRun.err());
	}

	@Test
	void aRevisionWithAColonIsResolvedAtTheColonThatNamesACommit() throws IOException {
		Path repository = gitRepository();
		Path notice = repository.resolve("notices/notice.seloste");
		Files.writeString(notice, Files.readString(side("new-purpose", "after")));
		// ":/base" names the commit whose message says "base": the operand's first colon is part of it
		CliRun run = run("diff", ":/base:" + notice, notice.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains("(:/base:"), run.out());
	}

	@Test
	void theMessagesSpeakFinnishWhenToldSo() throws IOException {
		assertUsage(run("diff", "--lang", "fi", "a"), "diff tarvitsee kaksi versiota");
		assertUsage(run("diff", "--lang=fi", "--format", "html", "a", "b"), "--format on text, markdown tai json");
		Path repository = gitRepository();
		assertUsage(run("diff", "--lang", "fi", "--since", "no-such-tag", repository.toString()),
				"no-such-tag: git-tietovarastossa");
		Path broken = Files.writeString(folder.resolve("broken.seloste"), "notice N {\n  register R \"r\" {\n}\n");
		CliRun run = run("diff", "--lang", "fi", side("no-change", "before").toString(), broken.toString());
		assertTrue(run.err().contains("ei verrattu: korjaa ensin sen virheet"), run.err());
	}

	@Test
	void pathsInTheReportAreShownVisibly() throws IOException {
		Path before = Files.createDirectories(folder.resolve("old\tside")).resolve("notice.seloste");
		Path after = Files.createDirectories(folder.resolve("new\tside")).resolve("notice.seloste");
		Files.copy(side("new-purpose", "before"), before);
		Files.copy(side("new-purpose", "after"), after);
		CliRun run = run("diff", "--lang", "en", before.toString(), after.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(!run.out().contains("\t"), run.out());
		assertTrue(run.out().contains("old\\tside") && run.out().contains("new\\tside"), run.out());
	}

	/** A repository with the base notice committed in {@code notices/}. */
	private Path gitRepository() throws IOException {
		Path repository = Files.createDirectories(folder.resolve("repository"));
		Files.createDirectories(repository.resolve("notices"));
		Files.copy(side("no-change", "before"), repository.resolve("notices/notice.seloste"));
		git(repository, "init", "-q");
		git(repository, "add", "-A");
		git(repository, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "base");
		return repository.toRealPath();
	}

	private static void git(Path folder, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(0, process.waitFor(), output);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}
}
