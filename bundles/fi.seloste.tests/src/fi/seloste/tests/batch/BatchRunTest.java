package fi.seloste.tests.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import fi.seloste.ide.cli.CheckCommand;
import fi.seloste.ide.cli.CliInjector;
import fi.seloste.ide.cli.Problem;
import fi.seloste.ide.cli.SelosteWorkspace;
import fi.seloste.ide.cli.SourceFiles;
import fi.seloste.tests.CliRun;
import fi.seloste.tests.Fixtures;

/**
 * {@code check} and {@code generate} over many files keep a bounded working set and use the available
 * cores (issue 15, {@code NoticeBatch}): the shared organisation file stays loaded, each notice is loaded,
 * checked, generated and released. What they report and write is byte for byte what one worker gives, and
 * what a check of every file loaded in one resource set finds.
 */
class BatchRunTest {

	private static final int COPIES = 24;

	@TempDir
	Path folder;

	@Test
	void checkOnTwoWorkersPrintsWhatOneWorkerPrints() throws Exception {
		Path project = project();
		CliRun one = withWorkers(1, () -> CliRun.of("check", "--lang", "en", project.toString()));
		CliRun two = withWorkers(2, () -> CliRun.of("check", "--lang", "en", project.toString()));
		assertEquals(one.exit(), two.exit());
		assertEquals(one.out(), two.out());
		assertEquals(one.err(), two.err());
		assertTrue(one.outLines().size() > COPIES, one.out());
	}

	@Test
	void checkFindsWhatACheckOfEveryFileInOneResourceSetFinds() throws Exception {
		Path project = project();
		Injector injector = CliInjector.create();
		SourceFiles files = SourceFiles.collect(List.of(project.toString()));
		List<String> batch = checkedOnTwoWorkers(injector, files);
		assertEquals(allInOneResourceSet(injector, files), batch);
		// the organisation's declarations used by the released notices are not reported unused
		assertFalse(batch.stream().anyMatch(line -> line.contains("unusedOrganisationElement") && line.contains("KuuraOy")), String.join("\n", batch));
	}

	@Test
	void checkOfTheExamplesFindsWhatACheckOfEveryFileInOneResourceSetFinds() throws Exception {
		Injector injector = CliInjector.create();
		SourceFiles files = SourceFiles.collect(List.of(Fixtures.examples().toString()));
		List<String> batch = checkedOnTwoWorkers(injector, files);
		assertEquals(allInOneResourceSet(injector, files), batch);
	}

	@Test
	void generateOnTwoWorkersWritesAndPrintsWhatOneWorkerDoes() throws Exception {
		Path project = project();
		Path first = folder.resolve("out-one");
		Path second = folder.resolve("out-two");
		CliRun one = withWorkers(1, () -> CliRun.of("generate", project.toString(), "-o", first.toString(), "--format", "html,json,md"));
		CliRun two = withWorkers(2, () -> CliRun.of("generate", project.toString(), "-o", second.toString(), "--format", "html,json,md"));
		assertEquals(one.exit(), two.exit());
		assertEquals(one.out().replace(first.toString(), "OUT"), two.out().replace(second.toString(), "OUT"));
		assertEquals(one.err().replace(first.toString(), "OUT"), two.err().replace(second.toString(), "OUT"));
		Map<String, byte[]> written = contents(first);
		assertEquals(3 * (COPIES + 2), written.size(), written.keySet().toString());
		Map<String, byte[]> again = contents(second);
		assertEquals(written.keySet(), again.keySet());
		written.forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
				new String(again.get(name), StandardCharsets.UTF_8), name));
	}

	@Test
	void pdfsMadeOnTwoWorkersAreTheBytesOneWorkerMakes() throws Exception {
		Path project = Files.createDirectories(folder.resolve("pdf"));
		Path examples = Fixtures.examples().resolve("organisation");
		Files.copy(examples.resolve("organisation.seloste"), project.resolve("organisation.seloste"));
		String customers = Files.readString(examples.resolve("asiakasrekisteri.seloste"));
		for (int i = 1; i <= 4; i++) {
			Files.writeString(project.resolve("asiakkaat-" + i + ".seloste"),
					customers.replace("seloste KuuraAsiakkaat", "seloste KuuraAsiakkaat" + i));
		}
		Path first = folder.resolve("pdf-one");
		Path second = folder.resolve("pdf-two");
		assertEquals(0, withWorkers(1, () -> CliRun.of("generate", project.toString(), "-o", first.toString(), "--format", "pdf")).exit());
		assertEquals(0, withWorkers(2, () -> CliRun.of("generate", project.toString(), "-o", second.toString(), "--format", "pdf")).exit());
		Map<String, byte[]> written = contents(first);
		Map<String, byte[]> again = contents(second);
		assertEquals(4, written.size(), written.keySet().toString());
		assertEquals(written.keySet(), again.keySet());
		written.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, again.get(name)), name));
	}

	@Test
	void aBrokenReferenceInAReleasedNoticeKeepsTheOrganisationsUnusedFindingsBack() throws Exception {
		Path project = project();
		Path broken = project.resolve("asiakkaat-03.seloste");
		Files.writeString(broken, Files.readString(broken).replace("käytä Kuura.Tilitoimisto", "käytä Kuura.Tilitoimistoo"));
		Injector injector = CliInjector.create();
		SourceFiles files = SourceFiles.collect(List.of(project.toString()));
		List<String> batch = checkedOnTwoWorkers(injector, files);
		// the declaration the broken reference may have meant is not called unused
		assertFalse(batch.stream().anyMatch(line -> line.contains("unusedOrganisationElement")), String.join("\n", batch));
		assertTrue(batch.stream().anyMatch(line -> line.startsWith(broken.toString()) && line.contains("Tilitoimistoo")),
				String.join("\n", batch));
	}

	@Test
	void aBrokenReferenceInOneNoticeHidesNothingInAnother() throws Exception {
		Path project = project();
		Path unused = withUnusedCategory(project.resolve("asiakkaat-01.seloste"));
		Path broken = project.resolve("asiakkaat-02.seloste");
		Files.writeString(broken, Files.readString(broken).replace("käytä Kuura.Tilitoimisto", "käytä Kuura.Tilitoimistoo"));
		Injector injector = CliInjector.create();
		SourceFiles files = SourceFiles.collect(List.of(project.toString()));
		List<String> batch = checkedOnTwoWorkers(injector, files);
		// no file can refer to another notice's declarations: the broken reference cannot be the missing use
		assertUnusedCategoryReported(unused, batch);
		assertEquals(allInOneResourceSet(injector, files), batch);
	}

	@Test
	void generateKeepsANoticeNameForTheFileNamedFirst() throws Exception {
		Path project = Files.createDirectories(folder.resolve("names"));
		String notice = Files.readString(Fixtures.examples().resolve("privacy-notice.seloste"));
		Path z = Files.createDirectories(project.resolve("x")).resolve("z.seloste");
		Path b = project.resolve("x").resolve("b.seloste");
		Path a = Files.createDirectories(project.resolve("y")).resolve("a.seloste");
		Files.writeString(z, notice.replace("notice NorthwindAnalytics", "notice Other"));
		Files.writeString(a, notice);
		Files.writeString(b, notice);
		for (int workers : new int[] { 1, 2 }) {
			Path out = folder.resolve("names-out-" + workers);
			CliRun run = withWorkers(workers, () -> CliRun.of("generate", "--format", "html", "-o", out.toString(),
					z.toString(), a.toString(), b.toString()));
			assertEquals(1, run.exit(), run.out());
			assertTrue(run.out().contains(b + ":3:8: error: [noticeNameTaken] notice NorthwindAnalytics is also declared in " + a),
					run.out());
		}
	}

	@Test
	void generateKeepsANoticeNameForAnOrganisationFileNamedFirst() throws Exception {
		Path project = Files.createDirectories(folder.resolve("shared-first"));
		Path examples = Fixtures.examples().resolve("organisation");
		String customers = Files.readString(examples.resolve("asiakasrekisteri.seloste"));
		// an organisation file that also declares the customer notice, named before a copy of that notice
		Path both = project.resolve("a-org.seloste");
		Files.writeString(both, customers.replace("tuo Kuura.*",
				"tuo Kuura.*\n\n" + Files.readString(examples.resolve("organisation.seloste"))));
		Path copy = project.resolve("b.seloste");
		Files.writeString(copy, customers);
		CliRun run = withWorkers(2, () -> CliRun.of("generate", "--format", "html", "-o", folder.resolve("shared-out").toString(),
				both.toString(), copy.toString()));
		assertTrue(run.out().contains(copy + ":") && run.out().contains("[noticeNameTaken] notice KuuraAsiakkaat is also declared in " + both),
				run.out());
		assertTrue(run.out().startsWith(folder.resolve("shared-out").resolve("KuuraAsiakkaat.fi.html").toString()), run.out());
	}

	@Test
	void aBrokenReferenceInAnOrganisationTheNoticeDoesNotUseHidesNothingInIt() throws Exception {
		Path project = project();
		Path unused = withUnusedCategory(project.resolve("asiakkaat-01.seloste"));
		Files.writeString(project.resolve("muu.seloste"), """
				organisaatio Muu {
					käsittelijä Palvelu "Palvelu Oy" {
						nimi "Palvelu Oy"
						maa "FI"
						tiedot Puuttuva
					}
				}
				""");
		Injector injector = CliInjector.create();
		SourceFiles files = SourceFiles.collect(List.of(project.toString()));
		List<String> batch = checkedOnTwoWorkers(injector, files);
		// the notice refers to nothing of Muu: Muu's broken reference cannot be what would use the category
		assertUnusedCategoryReported(unused, batch);
		assertEquals(allInOneResourceSet(injector, files), batch);
	}

	@Test
	void aNoticeNamedAloneIsCheckedWithoutItsSiblingNoticesAndFindsWhatItFindsAmongThem() throws Exception {
		Path project = project();
		Injector injector = CliInjector.create();
		SourceFiles one = SourceFiles.collect(List.of(project.resolve("asiakkaat-05.seloste").toString()));
		List<String> alone = checkedOnTwoWorkers(injector, one);
		assertEquals(allInOneResourceSet(injector, one), alone);
	}

	/** What {@code check} reports on two workers, sorted as {@link #allInOneResourceSet} sorts. */
	private static List<String> checkedOnTwoWorkers(Injector injector, SourceFiles files) throws Exception {
		return withWorkers(2, () -> sorted(new CheckCommand(injector).check(files, false)));
	}

	/** The notice with a data category no purpose uses (info unusedDataCategory, unless held back). */
	private static Path withUnusedCategory(Path notice) throws IOException {
		Files.writeString(notice, Files.readString(notice).replace("		tietoryhmä Markkinointikiellot",
				"		tietoryhmä Kayttamaton \"tiedot, joita mikään tarkoitus ei käytä\"\n		tietoryhmä Markkinointikiellot"));
		return notice;
	}

	private static void assertUnusedCategoryReported(Path notice, List<String> problems) {
		assertTrue(problems.stream().anyMatch(line -> line.startsWith(notice.toString()) && line.contains("unusedDataCategory")
				&& line.contains("Kayttamaton")), String.join("\n", problems));
	}

	/**
	 * The Kuura organisation and its two notices, with {@link #COPIES} more copies of the customer register's
	 * notice, each of a name of its own, and the seeds (notices with findings, one not generated).
	 */
	private Path project() throws IOException {
		Path project = Files.createDirectories(folder.resolve("project"));
		Path examples = Fixtures.examples().resolve("organisation");
		for (String name : List.of("organisation.seloste", "asiakasrekisteri.seloste", "rekrytointirekisteri.seloste")) {
			Files.copy(examples.resolve(name), project.resolve(name));
		}
		for (Path seed : Fixtures.seloste(Fixtures.examples().resolve("seeds"))) {
			Files.copy(seed, project.resolve(seed.getFileName()));
		}
		String customers = Files.readString(examples.resolve("asiakasrekisteri.seloste"));
		for (int i = 1; i <= COPIES; i++) {
			String number = String.format("%02d", i);
			Files.writeString(project.resolve("asiakkaat-" + number + ".seloste"),
					customers.replace("seloste KuuraAsiakkaat", "seloste KuuraAsiakkaat" + number));
		}
		return project;
	}

	/** The old way, the reference: every file in one resource set, each requested file validated. */
	private static List<String> allInOneResourceSet(Injector injector, SourceFiles files) throws Exception {
		SelosteWorkspace workspace = SelosteWorkspace.load(injector, files);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Problem> problems = new ArrayList<>(workspace.readProblems());
		for (Path file : files.requested()) {
			XtextResource resource = workspace.resource(file);
			if (resource != null) {
				for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
					problems.add(new Problem(file, issue.getLineNumber(), issue.getColumn(), Problem.Severity.valueOf(
							issue.getSeverity().name()), issue.getCode(), issue.getMessage()));
				}
			}
		}
		return sorted(problems);
	}

	/** Problems as compared: by file, then by position (the command's rank of syntax errors first is not compared). */
	private static List<String> sorted(List<Problem> problems) {
		return problems.stream().sorted(Comparator.comparing((Problem p) -> p.file().toString()).thenComparing(Problem.BY_POSITION))
				.map(Problem::format).toList();
	}

	private static Map<String, byte[]> contents(Path folder) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			// the folder's lock file is the writer's, not an output
			for (Path file : files.filter(file -> !file.getFileName().toString().startsWith(".")).toList()) {
				contents.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		return contents;
	}

	private static <T> T withWorkers(int workers, Callable<T> run) throws Exception {
		String previous = System.getProperty("seloste.workers");
		System.setProperty("seloste.workers", String.valueOf(workers));
		try {
			return run.call();
		} finally {
			if (previous == null) {
				System.clearProperty("seloste.workers");
			} else {
				System.setProperty("seloste.workers", previous);
			}
		}
	}
}
