package fi.seloste.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The language server with an LSP client no one here wrote: Neovim's built-in client, headless
 * ({@code nvim --headless --clean -u NONE}), configured as a user would ({@code vim.lsp.start_client} with
 * {@code cmd = { <repository>/seloste, 'lsp' }}). The script {@code neovim/client.lua} opens a copy of
 * {@code examples/organisation} and gathers what Neovim received: diagnostics (of the example and of a notice
 * without a controller), completion, hover, and a rename applied to the buffers with Neovim's own
 * {@code apply_workspace_edit}. Neovim runs once; each test here judges one capability from its findings.
 * <p>
 * Without {@code nvim} on the PATH the tests are skipped, unless the environment variable {@code CI} is set:
 * CI installs Neovim ({@code .ci/run}), so there a missing {@code nvim} is a failure.
 */
class NeovimClientTest {

	/** The whole Neovim session; each step inside waits at most {@link #STEP_TIMEOUT_MILLIS}. */
	private static final long TIMEOUT_SECONDS = 120;
	private static final long STEP_TIMEOUT_MILLIS = 30_000;

	private static final int ERROR = 1;

	/** Names a Neovim other than the PATH's, e.g. a newer release unpacked somewhere. */
	private static final String NVIM_VARIABLE = "SELOSTE_NVIM";

	@TempDir
	static Path temp;

	private static JsonObject findings;
	private static String transcript;
	private static long sessionMillis;
	private static Long serverPid;
	private static String skipped;

	@BeforeAll
	static void runNeovim() throws Exception {
		Optional<Path> nvim = neovim();
		if (nvim.isEmpty()) {
			String missing = System.getenv(NVIM_VARIABLE) != null
					? NVIM_VARIABLE + "=" + System.getenv(NVIM_VARIABLE) + " is not an executable"
					: "nvim is not on the PATH";
			if (System.getenv("CI") != null) {
				fail(missing + ", and CI is set: CI installs Neovim (.ci/run), so this test must run there");
			}
			// reported per test (an assumption failing in @BeforeAll hides the reason in Surefire's report)
			skipped = missing + " (Debian: apt-get install neovim); the Neovim client test is skipped";
			return;
		}
		Path workspace = Workspace.copyExamples("organisation", Files.createDirectories(temp.resolve("kuura")));
		Files.writeString(Files.createDirectories(workspace.resolve("broken")).resolve("puuttuu.seloste"), """
				seloste Puutteellinen {
					otsikko "Tietosuojaseloste"
					kielet fi
				}
				""", StandardCharsets.UTF_8);
		Path script = temp.resolve("client.lua");
		try (InputStream resource = NeovimClientTest.class.getResourceAsStream("/neovim/client.lua")) {
			Files.copy(resource, script);
		}
		Path result = temp.resolve("result.json");
		Path output = temp.resolve("nvim.out");
		Path xdg = Files.createDirectories(temp.resolve("xdg"));

		ProcessBuilder builder = new ProcessBuilder(nvim.get().toString(), "--headless", "--clean", "-u", "NONE", "-c",
				"lua local ok, e = pcall(dofile, assert(os.getenv('SELOSTE_NVIM_SCRIPT')))"
						+ " if not ok then io.stderr:write(tostring(e) .. '\\n') vim.cmd('cquit 4') end")
				.directory(workspace.toFile()).redirectErrorStream(true).redirectOutput(output.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		Map<String, String> environment = builder.environment();
		environment.put("SELOSTE_HOME", ServerProcess.home().toString());
		environment.put("SELOSTE_WORKSPACE", workspace.toAbsolutePath().toString());
		environment.put("SELOSTE_NVIM_SCRIPT", script.toString());
		environment.put("SELOSTE_NVIM_RESULT", result.toString());
		environment.put("SELOSTE_NVIM_STEP_TIMEOUT", Long.toString(STEP_TIMEOUT_MILLIS));
		// no user configuration, plugins or shada; Neovim's LSP log (with the server's standard error) lands here
		for (String variable : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
			environment.put(variable, Files.createDirectories(xdg.resolve(variable.toLowerCase())).toString());
		}

		long start = System.nanoTime();
		Process process = builder.start();
		boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
		sessionMillis = (System.nanoTime() - start) / 1_000_000;
		transcript = "nvim output:\n" + read(output) + "\nNeovim's LSP log (the server's standard error):\n" + lspLog(xdg);
		findings = Files.exists(result) ? JsonParser.parseString(read(result)).getAsJsonObject() : new JsonObject();
		serverPid = findings.has("initialize") && findings.getAsJsonObject("initialize").get("server_pid").isJsonPrimitive()
				? findings.getAsJsonObject("initialize").get("server_pid").getAsLong()
				: null;
		System.out.printf("NeovimClientTest: Neovim %s, session %d ms, server initialized after %s ms, first diagnostics after %s ms%n",
				text(findings, "nvim"), sessionMillis, number(findings, "initialize", "millis"),
				number(findings, "diagnostics_example", "since_start_millis"));
		if (!finished) {
			fail("Neovim did not finish within " + TIMEOUT_SECONDS + " s (steps done: " + findings.get("steps") + ")\n"
					+ transcript);
		}
		assertEquals(0, process.exitValue(), () -> "nvim exit code; script error: " + findings.get("error") + "\n" + transcript);
	}

	@BeforeEach
	void neovimIsThere() {
		assumeTrue(skipped == null, skipped);
	}

	@AfterAll
	static void stopALeftoverServer() {
		// the script shuts the server down; should it not have, it is ended here (only the process Neovim started)
		if (serverPid != null) {
			ProcessHandle.of(serverPid)
					.filter(p -> p.info().commandLine().map(c -> c.contains("fi.seloste.ide.cli.Main")).orElse(false))
					.ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	void neovimStartsTheServerAndShutsItDown() {
		JsonObject initialize = step("initialize");
		assertTrue(initialize.get("initialized").getAsBoolean(), "initialize answered\n" + transcript);
		JsonObject shutdown = step("shutdown");
		assertTrue(shutdown.get("stopped").getAsBoolean(), "the server stops on shutdown/exit\n" + transcript);
	}

	@Test
	void diagnosticsOfTheExampleHaveNoError() {
		JsonObject diagnostics = step("diagnostics_example");
		assertTrue(diagnostics.get("arrived").getAsBoolean(),
				"publishDiagnostics for asiakasrekisteri.seloste within " + STEP_TIMEOUT_MILLIS + " ms\n" + transcript);
		for (JsonElement diagnostic : diagnostics.getAsJsonArray("published")) {
			assertFalse(severity(diagnostic) == ERROR, "the example has no error, but the server published " + diagnostic);
		}
	}

	@Test
	void diagnosticsOfANoticeWithoutControllerReachNeovim() {
		JsonObject diagnostics = step("diagnostics_broken");
		JsonObject published = withCode(diagnostics.getAsJsonArray("published"), "fi.seloste.controllerMissing")
				.orElseThrow(() -> new AssertionError("the server published no fi.seloste.controllerMissing for a notice "
						+ "without a controller: " + diagnostics + "\n" + transcript));
		assertEquals(ERROR, severity(published), published::toString);
		assertTrue(published.get("message").getAsString().contains("artiklan"),
				"a Finnish file gets a Finnish message citing its article: " + published);
		// what vim.diagnostic holds for the buffer: Neovim understood the notification
		JsonObject shown = withCode(diagnostics.getAsJsonArray("shown"), "fi.seloste.controllerMissing")
				.orElseThrow(() -> new AssertionError("vim.diagnostic.get() has no fi.seloste.controllerMissing: "
						+ diagnostics.get("shown")));
		assertEquals(ERROR, severity(shown), "vim.diagnostic.severity.ERROR: " + shown);
	}

	@Test
	void quickFixesAreOfferedForTheDiagnosticsNeovimSendsBack() {
		JsonObject actions = step("code_actions");
		assertFalse(actions.has("error"), () -> actions.get("error") + "\n" + transcript);
		JsonArray offered = actions.getAsJsonArray("offered");
		JsonObject controller = null;
		for (JsonElement action : offered) {
			if (strings(action.getAsJsonObject().getAsJsonArray("codes")).contains("fi.seloste.controllerMissing")) {
				controller = action.getAsJsonObject();
			}
		}
		assertTrue(controller != null, "a code action for fi.seloste.controllerMissing, asked with the diagnostics "
				+ "vim.lsp.diagnostic.get_line_diagnostics() gives back: " + offered);
		assertTrue(controller.get("kind").getAsString().startsWith("quickfix"), controller::toString);
		assertTrue(controller.get("has_edit").getAsBoolean(), "the quick fix carries its edit: " + controller);
	}

	@Test
	void quickFixAppliedByNeovimIsCheckedAgain() {
		JsonObject fixed = step("quick_fix");
		String text = fixed.get("text").getAsString();
		assertTrue(text.contains("\trekisterinpitäjä "), "'" + fixed.get("title").getAsString()
				+ "' applied with apply_workspace_edit inserts a controller:\n" + text);
		assertTrue(fixed.get("arrived").getAsBoolean(), "after the fix the server publishes diagnostics without "
				+ "fi.seloste.controllerMissing: " + fixed.get("published") + "\n" + transcript);
	}

	@Test
	void completionOffersFinnishKeywords() {
		JsonObject completion = step("completion");
		assertFalse(completion.has("error"), () -> completion.get("error") + "\n" + transcript);
		List<String> labels = strings(completion.getAsJsonArray("labels"));
		assertTrue(labels.contains("tarkoitus"), "completion inside the register offers 'tarkoitus': " + labels);
		assertTrue(labels.contains("tietoryhmä"), "completion inside the register offers 'tietoryhmä': " + labels);
		assertFalse(labels.contains("purpose"), "no English keyword in a Finnish file: " + labels);
		if (completion.has("words")) { // Neovim versions that still have text_document_completion_list_to_complete_items
			List<String> words = strings(completion.getAsJsonArray("words"));
			assertTrue(words.contains("tarkoitus"), "Neovim's completion menu (complete-items) lists 'tarkoitus': " + words);
		}
	}

	@Test
	void hoverOnALegalBasisNamesItsProvision() {
		JsonObject hover = step("hover");
		assertFalse(hover.has("error"), () -> hover.get("error") + "\n" + transcript);
		String text = hover.has("text") ? hover.get("text").getAsString() : "(no hover)";
		assertTrue(text.contains("6 artiklan 1 kohdan f alakohta"),
				"hover on 'oikeutettu-etu', as Neovim renders it, names GDPR 6(1)(f) in Finnish: " + text);
	}

	@Test
	void definitionJumpsToTheOrganisationFile() {
		JsonObject definition = step("definition");
		assertFalse(definition.has("error"), () -> definition.get("error") + "\n" + transcript);
		assertEquals("organisation.seloste", definition.get("file").getAsString(),
				"jump_to_location from 'Kuura.Yhteystiedot' opens the file declaring it");
		assertTrue(definition.get("line").getAsString().contains("tietoryhmä Yhteystiedot"),
				"the cursor is on the declaration: " + definition.get("line"));
	}

	@Test
	void renameAppliedByNeovimChangesEveryFile() {
		JsonObject rename = step("rename");
		assertFalse(rename.has("error"), () -> rename.get("error") + "\n" + transcript);
		assertEquals(List.of("asiakasrekisteri.seloste", "organisation.seloste", "rekrytointirekisteri.seloste"),
				strings(rename.getAsJsonArray("files")), "the files the workspace edit changes");
		JsonObject texts = rename.getAsJsonObject("texts");
		String edits = String.join("\n", strings(rename.getAsJsonArray("edits")));
		String organisation = texts.get("organisation.seloste").getAsString();
		assertTrue(organisation.contains("tietoryhmä Yhteydet \""), "the declaration is renamed in its buffer:\n" + edits);
		for (String notice : List.of("asiakasrekisteri.seloste", "rekrytointirekisteri.seloste")) {
			String text = texts.get(notice).getAsString();
			// the server may write the reference qualified (Kuura.Yhteydet) or by its imported short name
			assertTrue(Pattern.compile("käytä (Kuura\\.)?Yhteydet\\n").matcher(text).find(),
					notice + ": 'käytä' names the renamed category in Neovim's buffer; edits:\n" + edits);
			assertTrue(text.contains("tiedot Yhteydet, "), notice + ": the purposes name it; edits:\n" + edits);
			assertFalse(Pattern.compile("\\bYhteystiedot\\b").matcher(text).find(),
					notice + ": no reference to the old name is left; edits:\n" + edits);
		}
	}

	@Test
	void afterTheRenameTheNoticeValidatesWithoutErrors() {
		JsonObject diagnostics = step("diagnostics_after_rename");
		assertTrue(diagnostics.get("arrived").getAsBoolean(),
				"after the rename, asiakasrekisteri.seloste comes back without errors (every reference resolves): "
						+ diagnostics.get("published") + "\n" + transcript);
	}

	private static JsonObject step(String name) {
		JsonElement step = findings.get(name);
		if (step == null || !step.isJsonObject()) {
			fail("Neovim did not get to the step '" + name + "' (steps done: " + findings.get("steps") + ", script error: "
					+ findings.get("error") + ")\n" + transcript);
		}
		return step.getAsJsonObject();
	}

	private static Optional<JsonObject> withCode(JsonArray diagnostics, String code) {
		for (JsonElement diagnostic : diagnostics) {
			JsonElement value = diagnostic.getAsJsonObject().get("code");
			if (value != null && value.isJsonPrimitive() && value.getAsString().equals(code)) {
				return Optional.of(diagnostic.getAsJsonObject());
			}
		}
		return Optional.empty();
	}

	private static int severity(JsonElement diagnostic) {
		JsonElement severity = diagnostic.getAsJsonObject().get("severity");
		return severity != null && severity.isJsonPrimitive() ? severity.getAsInt() : 0;
	}

	/** A Lua list as JSON: an array, or {@code {}} when Neovim encoded an empty list as an object. */
	private static List<String> strings(JsonArray array) {
		List<String> strings = new ArrayList<>();
		if (array != null) {
			array.forEach(element -> strings.add(element.getAsString()));
		}
		return strings;
	}

	private static String text(JsonObject object, String name) {
		return object.has(name) ? object.get(name).getAsString() : "?";
	}

	private static String number(JsonObject object, String step, String name) {
		return object.has(step) && object.getAsJsonObject(step).has(name) ? object.getAsJsonObject(step).get(name).toString() : "?";
	}

	private static Optional<Path> neovim() {
		String configured = System.getenv(NVIM_VARIABLE);
		if (configured != null) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
				.map(folder -> Path.of(folder, "nvim")).filter(Files::isExecutable).findFirst();
	}

	private static String lspLog(Path xdg) {
		try (Stream<Path> files = Files.walk(xdg)) {
			StringBuilder log = new StringBuilder();
			for (Path file : files.filter(f -> f.getFileName().toString().equals("lsp.log")).toList()) {
				String content = read(file);
				// the tail: the last messages are the ones that explain a failure
				log.append(content.length() > 20_000 ? "…" + content.substring(content.length() - 20_000) : content);
			}
			return log.length() == 0 ? "(none)" : log.toString();
		} catch (IOException e) {
			return "(not readable: " + e.getMessage() + ")";
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "(" + file.getFileName() + " not readable: " + e.getMessage() + ")";
		}
	}
}
