package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.GenerationSupport.enable;
import static fi.seloste.ui.tests.GenerationSupport.generationNotes;
import static fi.seloste.ui.tests.GenerationSupport.output;
import static fi.seloste.ui.tests.GenerationSupport.plant;
import static fi.seloste.ui.tests.GenerationSupport.setAutoBuilding;
import static fi.seloste.ui.tests.GenerationSupport.waitForBuilds;
import static fi.seloste.ui.tests.GenerationSupport.replaceOnce;
import static fi.seloste.ui.tests.GenerationSupport.setPreference;
import static fi.seloste.ui.tests.GenerationSupport.text;
import static fi.seloste.ui.tests.GenerationSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.builder.GeneratedNotices;
import fi.seloste.ui.internal.builder.ProjectSources;
import fi.seloste.ui.internal.builder.SelosteBuilder;
import fi.seloste.ui.internal.builder.SelosteNature;
import fi.seloste.ui.internal.preferences.SelostePreferences;
import fi.seloste.ui.internal.validation.SelosteFileValidator;

/**
 * Generate on save: Seloste projects (with the nature) made of copies of the examples, whose
 * generated notices are watched in {@code generated-notices/} as the files are saved and deleted.
 */
public class GenerateOnSaveTest extends WorkbenchTestCase {

	private static final String KAHVILA = "tietosuojaseloste.seloste";
	private static final String KAHVILA_TITLE = "Tietosuojaseloste – Revontuli Kahvilan verkkokauppa ja uutiskirje";

	private TestProject create(TestInfo test, String... examples) throws CoreException {
		project = TestProject.withExamples("generate-" + test.getTestMethod().orElseThrow().getName(), examples);
		enable(project.file(examples[0].substring(examples[0].lastIndexOf('/') + 1)).getProject());
		return project;
	}

	@AfterEach
	public void resetPreferences() throws Exception {
		GenerationSupport.resetPreferences();
	}

	@Test
	public void theNatureCarriesTheBuilder(TestInfo test) throws Exception {
		IProject p = create(test, KAHVILA).file(KAHVILA).getProject();
		assertTrue(p.hasNature(SelosteNature.ID));
		assertTrue(Arrays.stream(p.getDescription().getBuildSpec()).anyMatch(c -> SelosteBuilder.ID.equals(c.getBuilderName())),
				"the nature adds the Seloste builder to the project");
	}

	@Test
	public void enableSelosteGenerationMakesAnExistingProjectGenerate() throws Exception {
		project = TestProject.withExamples("generate-enable", KAHVILA);
		IProject p = project.file(KAHVILA).getProject();
		assertFalse(p.hasNature(SelosteNature.ID));
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand("fi.seloste.ui.enableGeneration");
		assertTrue(command.isDefined(), "Configure > Enable Seloste Generation is not declared");
		// as when chosen on the project in the Project Explorer
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		IEvaluationContext context = handlers.createContextSnapshot(false);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(p));
		handlers.executeCommandInContext(new ParameterizedCommand(command, null), null, context);
		waitUntil("the project has the Seloste nature", () -> SelosteNature.isOn(p));
		waitUntil("its notice is generated", output(p, "RevontuliKahvila.fi.html")::exists);
	}

	@Test
	public void savingANoticeGeneratesItsDocumentsAsTheCommandLineDoes(TestInfo test) throws Exception {
		IProject p = create(test, KAHVILA).file(KAHVILA).getProject();
		IFile fi = output(p, "RevontuliKahvila.fi.html");
		waitUntil("RevontuliKahvila.fi.html is generated", fi::exists);
		// default: HTML and JSON in the notice's own languages fi, en, sv
		for (String name : List.of("RevontuliKahvila.fi.html", "RevontuliKahvila.en.html", "RevontuliKahvila.sv.html",
				"RevontuliKahvila.json")) {
			IFile file = output(p, name);
			waitUntil(name + " is generated", file::exists);
			assertArrayEquals(Files.readAllBytes(golden(name)), Files.readAllBytes(Path.of(file.getLocationURI())),
					name + " differs from what seloste generate writes (the generator's golden file)");
			assertTrue(file.isDerived(), name + " is not marked derived");
		}
		IFolder folder = p.getFolder(SelostePreferences.DEFAULT_OUTPUT_FOLDER);
		assertTrue(folder.isDerived(), "the output folder is not marked derived");
		assertEquals(4, folder.members().length, "only HTML and JSON by default: " + Arrays.toString(folder.members()));
		assertTrue(generationNotes(project.file(KAHVILA)).isEmpty(), "no note on a generated file");

		replaceOnce(project.file(KAHVILA), KAHVILA_TITLE, "Tietosuojaseloste – Revontuli Kahvilan kanta-asiakkaat");
		waitUntil("the saved title is in the page", () -> text(fi).contains("Revontuli Kahvilan kanta-asiakkaat"));
		assertFalse(text(fi).contains(KAHVILA_TITLE), "the page still has the old title");
	}

	@Test
	public void deletingANoticeDeletesItsDocuments(TestInfo test) throws Exception {
		IProject p = create(test, KAHVILA, "privacy-notice.seloste").file(KAHVILA).getProject();
		IFile kahvila = output(p, "RevontuliKahvila.fi.html");
		IFile northwind = output(p, "NorthwindAnalytics.en.html");
		waitUntil("both notices are generated", () -> kahvila.exists() && northwind.exists());

		project.file(KAHVILA).delete(true, null);
		waitUntil("the outputs of the deleted notice are gone", () -> !kahvila.exists()
				&& !output(p, "RevontuliKahvila.json").exists() && !output(p, "RevontuliKahvila.sv.html").exists());
		assertTrue(northwind.exists(), "the other notice's outputs must stay");
		assertFalse(Files.exists(Path.of(kahvila.getLocationURI())), "deleted in the workspace but not on disk");
	}

	@Test
	public void aFileWithErrorsIsNotGeneratedAndSaysWhy(TestInfo test) throws Exception {
		IProject p = create(test, KAHVILA).file(KAHVILA).getProject();
		IFile page = output(p, "RevontuliKahvila.fi.html");
		waitUntil("the notice is generated", page::exists);

		IFile source = project.file(KAHVILA);
		replaceOnce(source, "	kielet fi, en, sv\n", "	kielet fi, en, sv\n	rekisterinpitäjä {\n");
		waitUntil("the note saying why the file is not generated", () -> !generationNotes(source).isEmpty());
		IMarker note = generationNotes(source).get(0);
		assertEquals(IMarker.SEVERITY_INFO, note.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(note.getAttribute(IMarker.MESSAGE, "").startsWith("Ei generoitu: tiedostossa on"),
				"a Finnish file gets the reason in Finnish: " + note.getAttribute(IMarker.MESSAGE, ""));
		waitUntil("the previous outputs of the broken notice are removed",
				() -> !page.exists() && !output(p, "RevontuliKahvila.json").exists());
		// the file is not open in an editor: the builder writes its problems, for the Problems view
		waitUntil("the builder writes the syntax error of the closed file", () -> !EditorSupport.errors(source).isEmpty());

		replaceOnce(source, "	kielet fi, en, sv\n	rekisterinpitäjä {\n", "	kielet fi, en, sv\n");
		waitUntil("the fixed notice is generated again", page::exists);
		waitUntil("the note and the errors are gone",
				() -> generationNotes(source).isEmpty() && EditorSupport.errors(source).isEmpty());
	}

	@Test
	public void thePreferencesChooseFolderFormatsAndLanguages(TestInfo test) throws Exception {
		setPreference(SelostePreferences.OUTPUT_FOLDER, "out/notices");
		setPreference(SelostePreferences.FORMATS, "md");
		setPreference(SelostePreferences.LANGUAGES, "en,sv");
		IProject p = create(test, "privacy-notice.seloste").file("privacy-notice.seloste").getProject();
		IFile markdown = p.getFile("out/notices/NorthwindAnalytics.en.md");
		waitUntil("the English Markdown is generated into out/notices", markdown::exists);
		// the output appears before the build ends and writes its notes
		GenerationSupport.waitForBuilds();
		assertTrue(text(markdown).contains("Privacy notice – Northwind Analytics customers"), "not the notice's text");
		IFolder folder = p.getFolder("out/notices");
		assertEquals(List.of("NorthwindAnalytics.en.md"),
				Arrays.stream(folder.members()).map(IResource::getName).toList(),
				"only md, only en (the notice is not written in sv, and fi was not asked for)");
		assertFalse(p.getFolder(SelostePreferences.DEFAULT_OUTPUT_FOLDER).exists(), "the default folder is not used");
		List<IMarker> notes = generationNotes(project.file("privacy-notice.seloste"));
		assertEquals(1, notes.size(), "one note: sv is skipped");
		assertTrue(notes.get(0).getAttribute(IMarker.MESSAGE, "").contains("'sv'"), notes.get(0).getAttribute(IMarker.MESSAGE, ""));

		// changing the preferences rebuilds: back to the defaults, the old outputs go
		GenerationSupport.resetPreferences();
		IFile html = output(p, "NorthwindAnalytics.fi.html");
		waitUntil("the defaults generate HTML in both languages", () -> html.exists()
				&& output(p, "NorthwindAnalytics.en.html").exists() && output(p, "NorthwindAnalytics.json").exists());
		waitUntil("the Markdown of the previous preferences is removed", () -> !markdown.exists());
	}

	@Test
	public void changingTheOrganisationFileRegeneratesTheNoticesThatUseIt(TestInfo test) throws Exception {
		IProject p = create(test, "organisation/asiakasrekisteri.seloste", "organisation/organisation.seloste",
				"organisation/rekrytointirekisteri.seloste").file("asiakasrekisteri.seloste").getProject();
		IFile customers = output(p, "KuuraAsiakkaat.fi.html");
		IFile recruitment = output(p, "KuuraRekrytointi.fi.html");
		waitUntil("both notices of the organisation are generated", () -> customers.exists() && recruitment.exists());
		assertTrue(text(customers).contains("Laura Mäkinen"), "the contact person comes from organisation.seloste");
		assertTrue(List.of(p.getFolder(SelostePreferences.DEFAULT_OUTPUT_FOLDER).members()).stream()
				.noneMatch(r -> r.getName().startsWith("Kuura.")), "an organisation file produces nothing");

		replaceOnce(project.file("organisation.seloste"), "nimi \"Laura Mäkinen\"", "nimi \"Liisa Virtanen\"");
		waitUntil("both notices show the new contact person",
				() -> text(customers).contains("Liisa Virtanen") && text(recruitment).contains("Liisa Virtanen"));
	}

	@Test
	public void theEditorAndTheBuilderAgreeOnTheSources(TestInfo test) throws Exception {
		// not a Seloste project yet: the editor's view of the sources first
		project = TestProject.withExamples("generate-" + test.getTestMethod().orElseThrow().getName(),
				"organisation/asiakasrekisteri.seloste", "organisation/organisation.seloste");
		IFile customers = project.file("asiakasrekisteri.seloste");
		IProject p = customers.getProject();
		IFolder output = p.getFolder(SelostePreferences.DEFAULT_OUTPUT_FOLDER);
		output.create(true, true, null);
		project.file("organisation.seloste").move(output.getFile("organisation.seloste").getFullPath(), true, null);
		assertFalse(ProjectSources.isSource(output.getFile("organisation.seloste")), "a file in the output folder");
		assertTrue(ProjectSources.isSource(customers));
		List<Issue> issues = new SelosteFileValidator(SelosteInjector.get()).validate(customers, text(customers),
				CancelIndicator.NullImpl);
		assertTrue(issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR),
				"the editor resolved references into a file in the output folder, which the builder does not read");
		enable(p);
		waitUntil("the builder does not generate it either", () -> !generationNotes(customers).isEmpty());
		assertFalse(output(p, "KuuraAsiakkaat.fi.html").exists());

		// back among the sources: both see it
		output.getFile("organisation.seloste").move(p.getFile("organisation.seloste").getFullPath(), true, null);
		issues = new SelosteFileValidator(SelosteInjector.get()).validate(customers, text(customers),
				CancelIndicator.NullImpl);
		assertEquals(List.of(), issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).map(Issue::toString)
				.toList());
		waitUntil("the builder generates it", output(p, "KuuraAsiakkaat.fi.html")::exists);
	}

	@Test
	public void anExistingParentOfTheOutputFolderStaysTheUsers(TestInfo test) throws Exception {
		setPreference(SelostePreferences.OUTPUT_FOLDER, "docs/notices");
		project = TestProject.withExamples("generate-" + test.getTestMethod().orElseThrow().getName(),
				"privacy-notice.seloste", "tietosuojaseloste.seloste");
		IProject p = project.file("privacy-notice.seloste").getProject();
		IFolder docs = p.getFolder("docs");
		docs.create(true, true, null);
		project.file("privacy-notice.seloste").move(docs.getFile("privacy-notice.seloste").getFullPath(), true, null);
		enable(p);
		IFile kahvila = p.getFile("docs/notices/RevontuliKahvila.fi.html");
		IFile northwind = p.getFile("docs/notices/NorthwindAnalytics.en.html");
		waitUntil("both notices are generated into docs/notices", () -> kahvila.exists() && northwind.exists());
		assertTrue(p.getFolder("docs/notices").isDerived(), "the folder the builder created is derived");
		assertFalse(docs.isDerived(), "the user's existing docs/ was marked derived");
		IFile source = docs.getFile("privacy-notice.seloste");
		assertTrue(ProjectSources.isSource(source), "the notice in docs/ stopped being a source");

		replaceOnce(source, "Privacy notice – Northwind Analytics customers", "Privacy notice – Northwind Analytics members");
		waitUntil("the notice in docs/ is still built on save", () -> text(northwind).contains("Northwind Analytics members"));
	}

	@Test
	public void aFullBuildDeletesOnlyWhatSelosteWrote(TestInfo test) throws Exception {
		// the output folder is another tool's derived folder
		setPreference(SelostePreferences.OUTPUT_FOLDER, "bin");
		project = TestProject.withExamples("generate-" + test.getTestMethod().orElseThrow().getName(),
				"privacy-notice.seloste");
		IProject p = project.file("privacy-notice.seloste").getProject();
		IFolder bin = p.getFolder("bin");
		bin.create(IResource.DERIVED, true, null);
		IFile toolFile = plant(bin.getFile("Main.class"), "another tool's output", true, null);
		IFile userFile = plant(bin.getFile("README.txt"), "the user's own file", false, null);
		IFile stale = plant(bin.getFile("Gone.en.html"), "<html>", true, "/" + p.getName() + "/gone.seloste");
		enable(p);
		IFile page = bin.getFile("NorthwindAnalytics.en.html");
		waitUntil("the notice is generated and the output of a notice gone meanwhile is removed",
				() -> page.exists() && !stale.exists());
		assertEquals("/" + p.getName() + "/privacy-notice.seloste", page.getPersistentProperty(SelosteBuilder.GENERATED_BY),
				"the generated file records its source");
		waitForBuilds();
		p.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertTrue(toolFile.exists(), "a full build deleted another tool's derived file");
		assertTrue(userFile.exists(), "a full build deleted the user's file");
		assertEquals("another tool's output", text(toolFile));
		assertTrue(page.exists());
	}

	@Test
	public void cleanAfterARestartDeletesWhatSelosteWroteAndNothingElse(TestInfo test) throws Exception {
		IProject p = create(test, KAHVILA).file(KAHVILA).getProject();
		List<IFile> generated = List.of(output(p, "RevontuliKahvila.fi.html"), output(p, "RevontuliKahvila.en.html"),
				output(p, "RevontuliKahvila.sv.html"), output(p, "RevontuliKahvila.json"));
		waitUntil("the notice is generated", () -> generated.stream().allMatch(IFile::exists));
		IFile userFile = plant(output(p, "README.txt"), "the user's own file", false, null);
		IFile toolFile = plant(output(p, "style.css"), "another tool's file", true, null);
		waitForBuilds();
		setAutoBuilding(false);
		try {
			// as after a restart: closing the project drops its builder and all it remembered
			p.close(null);
			p.open(null);
			IFile earlier = plant(output(p, "Vanha.fi.html"), "<html>", true, "/" + p.getName() + "/vanha.seloste");
			p.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
			for (IFile file : generated) {
				assertFalse(file.exists(), file.getName() + " is left after Project > Clean");
			}
			assertFalse(earlier.exists(), "an output of an earlier session is left after Project > Clean");
			assertTrue(userFile.exists(), "Project > Clean deleted the user's file");
			assertTrue(toolFile.exists(), "Project > Clean deleted another tool's derived file");
		} finally {
			setAutoBuilding(true);
		}
		waitUntil("the next build generates the notice again", () -> generated.stream().allMatch(IFile::exists));
	}

	@Test
	public void aCopyOfANoticeNeverDeletesTheOriginalsOutputs(TestInfo test) throws Exception {
		IProject p = create(test, KAHVILA).file(KAHVILA).getProject();
		IFile page = output(p, "RevontuliKahvila.fi.html");
		waitUntil("the notice is generated", page::exists);
		String original = "/" + p.getName() + "/" + KAHVILA;

		// Project Explorer > Copy, Paste: "Copy of …", a notice of the same name
		IFile copy = p.getFile("Copy of " + KAHVILA);
		project.file(KAHVILA).copy(copy.getFullPath(), true, null);
		waitUntil("the copy says why it is not generated", () -> !generationNotes(copy).isEmpty());
		IMarker note = generationNotes(copy).get(0);
		assertEquals(IMarker.SEVERITY_WARNING, note.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(note.getAttribute(IMarker.MESSAGE, "").contains(original),
				"the warning names the file that owns the outputs: " + note.getAttribute(IMarker.MESSAGE, ""));
		assertTrue(note.getAttribute(IMarker.MESSAGE, "").startsWith("Ei generoitu"),
				"in the file's language: " + note.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(original, page.getPersistentProperty(SelosteBuilder.GENERATED_BY));

		// an error in the copy: its outputs would be removed, but it has none
		replaceOnce(copy, "	kielet fi, en, sv\n", "	kielet fi, en, sv\n	rekisterinpitäjä {\n");
		waitUntil("the copy's syntax error is written", () -> !EditorSupport.errors(copy).isEmpty());
		waitForBuilds();
		assertTrue(page.exists(), "an error in the copy deleted the original's output");
		assertTrue(output(p, "RevontuliKahvila.json").exists());

		copy.delete(true, null);
		waitForBuilds();
		assertTrue(page.exists(), "deleting the copy deleted the original's output");
		assertEquals(original, page.getPersistentProperty(SelosteBuilder.GENERATED_BY));

		// when the original goes, a copy that waited takes its outputs over
		IFile second = p.getFile("Toinen " + KAHVILA);
		project.file(KAHVILA).copy(second.getFullPath(), true, null);
		waitUntil("the second copy waits", () -> !generationNotes(second).isEmpty());
		project.file(KAHVILA).delete(true, null);
		String secondPath = "/" + p.getName() + "/Toinen " + KAHVILA;
		waitUntil("the waiting copy generates the notice", () -> page.exists()
				&& secondPath.equals(GenerationSupport.generatedBy(page)) && generationNotes(second).isEmpty());
	}

	@Test
	public void closingAProjectKeepsWhatWasGeneratedAndDeletingItForgetsIt(TestInfo test) throws Exception {
		IProject p = create(test, KAHVILA).file(KAHVILA).getProject();
		IFile source = project.file(KAHVILA);
		waitUntil("the notice is generated", () -> GeneratedNotices.of(source) != null
				&& output(p, "RevontuliKahvila.fi.html").exists());
		waitForBuilds();
		setAutoBuilding(false);
		try {
			p.close(null);
			assertNull(GeneratedNotices.of(source), "a closed project's file has an outcome");
			// as after a restart: what was generated is read from disk and the records, with no build (B2)
			p.open(null);
			GeneratedNotices.Outcome outcome = GeneratedNotices.of(source);
			assertNotNull(outcome, "reopened, the project's outcome is forgotten until a build");
			assertEquals(List.of(output(p, "RevontuliKahvila.fi.html"), output(p, "RevontuliKahvila.en.html"),
					output(p, "RevontuliKahvila.sv.html"), output(p, "RevontuliKahvila.json")), outcome.outputs(),
					"the outputs in format and language order (the preview shows the first language's page)");
			assertNull(outcome.reason());
			assertFalse(outcome.outOfDate(), "nothing changed since the notice was generated");

			// a change to the source, or an output gone, makes it out of date; the outputs still show
			Files.delete(Path.of(output(p, "RevontuliKahvila.json").getLocationURI()));
			assertTrue(GeneratedNotices.of(source).outOfDate(), "an output deleted outside Eclipse is not noticed");
		} finally {
			setAutoBuilding(true);
		}
		p.delete(true, true, null);
		assertNull(GeneratedNotices.of(source), "the outcome of a deleted project's file is kept");
		project = null;
	}

	@Test
	public void aNoteSayingWhyAFileIsNotGeneratedOutlivesARestart(TestInfo test) throws Exception {
		IProject p = create(test, KAHVILA).file(KAHVILA).getProject();
		IFile source = project.file(KAHVILA);
		replaceOnce(source, "	kielet fi, en, sv\n", "	kielet fi, en, sv\n	rekisterinpitäjä {\n");
		waitUntil("the note saying why the file is not generated", () -> !generationNotes(source).isEmpty());
		waitForBuilds();
		String reason = GeneratedNotices.of(source).reason();
		assertNotNull(reason);
		setAutoBuilding(false);
		try {
			p.close(null);
			p.open(null);
			assertEquals(1, generationNotes(source).size(), "the generation note is lost at a restart");
			assertEquals(reason, GeneratedNotices.of(source).reason());
		} finally {
			setAutoBuilding(true);
		}
	}

	@Test
	public void generatedFilesHonourTheUmaskAndKeepTheirMode(TestInfo test) throws Exception {
		IProject p = create(test, KAHVILA).file(KAHVILA).getProject();
		IFile page = output(p, "RevontuliKahvila.fi.html");
		waitUntil("the notice is generated", page::exists);
		waitForBuilds();
		Path file = Path.of(page.getLocationURI());
		assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null, "POSIX file modes only");
		Path probe = Files.createTempDirectory("seloste-umask");
		try {
			// what the umask gives a new file: 0644 under umask 022, never the 0600 of a temporary file
			String umasked = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(probe.resolve("plain"))));
			assertEquals(umasked, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
					"the builder's output does not get the mode the umask gives (B6)");
		} finally {
			Files.deleteIfExists(probe.resolve("plain"));
			Files.delete(probe);
		}
		// a mode the user gave an output stays when the builder writes it again
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
		replaceOnce(project.file(KAHVILA), KAHVILA_TITLE, "Tietosuojaseloste – Revontuli Kahvilan kanta-asiakkaat");
		waitUntil("the page is written again", () -> text(page).contains("Revontuli Kahvilan kanta-asiakkaat"));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	private static Path golden(String name) {
		Path generator = TestProject.examples().getParent().resolve("bundles/fi.seloste.tests/fixtures/generator");
		Path perExample = generator.resolve("tietosuojaseloste").resolve(name);
		return Files.exists(perExample) ? perExample : generator.resolve(name);
	}
}
