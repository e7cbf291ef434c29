package fi.seloste.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.google.gson.JsonObject;

/**
 * Every capability of {@code ./seloste lsp}, through a real client over the process's standard input and
 * output, on a copy of the examples: Kuura's organisation file and its two notices in Finnish keywords
 * (one workspace folder), Northwind's notice in English keywords (a second folder).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageServerTest {

	private static final long WAIT = ServerProcess.TIMEOUT;

	private Path temp;

	private Path kuura;
	private Path northwind;
	private ServerProcess lsp;
	private String organisationUri;
	private String customersUri;
	private String englishUri;

	@BeforeAll
	void start() throws Exception {
		temp = Files.createTempDirectory("seloste-lsp-test");
		kuura = Workspace.copyExamples("organisation", Files.createDirectories(temp.resolve("kuura")));
		northwind = Files.createDirectories(temp.resolve("northwind"));
		Files.copy(Workspace.example("privacy-notice.seloste"), northwind.resolve("privacy-notice.seloste"));
		JsonObject options = new JsonObject();
		options.addProperty("messageLanguage", "auto");
		lsp = ServerProcess.start(options, kuura, northwind);
		organisationUri = lsp.open(kuura.resolve("organisation.seloste"));
		customersUri = lsp.open(kuura.resolve("asiakasrekisteri.seloste"));
		englishUri = lsp.open(northwind.resolve("privacy-notice.seloste"));
	}

	@AfterAll
	void stop() throws Exception {
		if (lsp != null) {
			lsp.close();
		}
		Workspace.delete(temp);
	}

	private ServerCapabilities capabilities() {
		return lsp.initializeResult.getCapabilities();
	}

	@Test
	void advertisesEveryCapability() {
		ServerCapabilities capabilities = capabilities();
		assertTrue(capabilities.getHoverProvider().getLeft());
		assertTrue(capabilities.getDefinitionProvider().getLeft());
		assertTrue(capabilities.getReferencesProvider().getLeft());
		assertTrue(capabilities.getDocumentSymbolProvider().getLeft());
		assertTrue(capabilities.getWorkspaceSymbolProvider().getLeft());
		assertTrue(capabilities.getDocumentFormattingProvider().getLeft());
		assertTrue(capabilities.getDocumentRangeFormattingProvider().getLeft());
		assertTrue(capabilities.getFoldingRangeProvider().getLeft());
		assertTrue(capabilities.getCodeActionProvider().getLeft());
		assertNotNull(capabilities.getCompletionProvider());
		assertNotNull(capabilities.getSemanticTokensProvider());
		assertTrue(capabilities.getRenameProvider().isRight(), "rename with prepareRename");
		assertEquals(List.of("seloste.generate", "seloste.preview"), capabilities.getExecuteCommandProvider().getCommands());
		assertTrue(capabilities.getTextDocumentSync().getRight().getSave().getLeft(), "the server asks for saves");
		assertTrue(lsp.client.registrations.stream().flatMap(r -> r.getRegistrations().stream())
				.anyMatch(r -> r.getMethod().equals("workspace/didChangeWatchedFiles")), "watches .seloste files");
	}

	@Test
	void diagnosticsOfACleanExampleAreOnlyInfos() throws Exception {
		List<Diagnostic> diagnostics = lsp.client.awaitDiagnostics(customersUri, d -> true, WAIT);
		assertTrue(diagnostics.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), diagnostics::toString);
	}

	@Test
	void anOrganisationsDeclarationsUsedByTheNoticesAreNotCalledUnused() throws Exception {
		// the notices use every declaration of Kuura's organisation file (./seloste check says nothing)
		List<Diagnostic> diagnostics = lsp.client.awaitDiagnostics(organisationUri, d -> true, WAIT);
		assertTrue(diagnostics.stream().noneMatch(d -> "fi.seloste.unusedOrganisationElement".equals(codeOf(d))),
				diagnostics::toString);
	}

	@Test
	void diagnosticsCarryCodeSourceAndLegalSourceInTheFilesLanguage() throws Exception {
		Diagnostic controller = openAndAwait(kuura.resolve("broken"), "puuttuu.seloste", """
				seloste Puutteellinen {
					otsikko "Tietosuojaseloste"
					kielet fi
				}
				""", "fi.seloste.controllerMissing");
		assertEquals(DiagnosticSeverity.Error, controller.getSeverity());
		assertEquals("seloste", controller.getSource());
		assertEquals("https://eur-lex.europa.eu/eli/reg/2016/679/oj", controller.getCodeDescription().getHref());
		assertTrue(text(controller).contains("tietosuoja-asetuksen 13 artiklan"), text(controller));
	}

	@Test
	void englishKeywordsGiveEnglishMessagesAndTheSettingChoosesOneLanguage() throws Exception {
		Diagnostic english = openAndAwait(northwind.resolve("drafts"), "missing.seloste", """
				notice Incomplete {
					title "Privacy notice"
					languages en
				}
				""", "fi.seloste.controllerMissing");
		String uri = ServerProcess.uri(northwind.resolve("drafts").resolve("missing.seloste"));
		assertTrue(text(english).contains("GDPR Art 13"), text(english));

		lsp.client.forget(uri);
		lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings("messageLanguage", "fi")));
		try {
			Diagnostic finnish = lsp.client.awaitDiagnostics(uri, d -> d.stream().anyMatch(x -> text(x).contains("tietosuoja-asetuksen")), WAIT)
					.stream().filter(d -> "fi.seloste.controllerMissing".equals(codeOf(d))).findFirst().orElseThrow();
			assertTrue(text(finnish).contains("tietosuoja-asetuksen 13 artiklan"), text(finnish));
		} finally {
			lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings("messageLanguage", "auto")));
		}
	}

	@Test
	void completionOffersKeywordsInTheFilesLanguageReferencesAndSnippets() throws Exception {
		String text = Workspace.read(kuura.resolve("asiakasrekisteri.seloste"));
		// at the start of a new line inside the register block
		Position inRegister = Workspace.positionOf(text, "\t\tkäytä Kuura.Yhteystiedot", 0, 0);
		List<CompletionItem> items = complete(customersUri, inRegister);
		Set<String> labels = labels(items);
		assertTrue(labels.contains("tarkoitus"), labels::toString);
		assertTrue(labels.contains("tietoryhmä"), labels::toString);
		assertFalse(labels.contains("purpose"), "no English keyword in a Finnish file: " + labels);
		assertTrue(items.stream().anyMatch(i -> i.getInsertTextFormat() == InsertTextFormat.Snippet
				&& i.getTextEdit() != null && i.getTextEdit().getLeft().getNewText().contains("${1")),
				"a block template as a snippet with tab stops: " + labels);

		// after 'käytä Kuura.' the names the organisation file declares
		Position afterPrefix = Workspace.positionOf(text, "käytä Kuura.Yhteystiedot", 0, "käytä Kuura.".length());
		Set<String> references = labels(complete(customersUri, afterPrefix));
		assertTrue(references.stream().anyMatch(l -> l.contains("Yhteystiedot")), references::toString);
		assertTrue(references.stream().anyMatch(l -> l.contains("Hosting")), references::toString);

		String english = Workspace.read(northwind.resolve("privacy-notice.seloste"));
		Position inEnglishNotice = Workspace.positionOf(english, "\tcontroller NorthwindAnalyticsOy", 0, 0);
		Set<String> englishLabels = labels(complete(englishUri, inEnglishNotice));
		assertTrue(englishLabels.contains("register"), englishLabels::toString);
		assertFalse(englishLabels.contains("rekisteri"), englishLabels::toString);
	}

	@Test
	void completionOfAClosedSetNamesItsArticle() throws Exception {
		String text = Workspace.read(kuura.resolve("asiakasrekisteri.seloste"));
		Position basis = Workspace.positionOf(text, "peruste oikeutettu-etu", 0, "peruste ".length());
		List<CompletionItem> items = complete(customersUri, basis);
		CompletionItem consent = items.stream().filter(i -> i.getLabel().equals("suostumus")).findFirst()
				.orElseThrow(() -> new AssertionError(labels(items).toString()));
		String described = consent.getDetail() + " " + (consent.getDocumentation() == null ? "" : consent.getDocumentation().toString());
		assertTrue(described.contains("6 artiklan 1 kohdan a alakohta"), "the basis names its provision: " + described);
	}

	@Test
	void hoverShowsTheProvisionOfABasisAndWhatAReferenceIs() throws Exception {
		String text = Workspace.read(kuura.resolve("asiakasrekisteri.seloste"));
		Hover basis = lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(customersUri),
				Workspace.positionOf(text, "peruste oikeutettu-etu", 0, "peruste oik".length()))).get();
		String basisText = basis.getContents().getRight().getValue();
		assertTrue(basisText.contains("6 artiklan 1 kohdan f alakohta"), basisText);
		assertNotNull(basis.getRange());

		Hover reference = lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(customersUri),
				Workspace.positionOf(text, "Kuura.Yhteystiedot", 0, "Kuura.Yh".length()))).get();
		String referenceText = reference.getContents().getRight().getValue();
		assertTrue(referenceText.contains("organisation.seloste"), referenceText);
	}

	@Test
	void definitionLeadsToTheOrganisationFile() throws Exception {
		String text = Workspace.read(kuura.resolve("asiakasrekisteri.seloste"));
		List<? extends Location> locations = lsp.server.getTextDocumentService().definition(new DefinitionParams(
				new TextDocumentIdentifier(customersUri), Workspace.positionOf(text, "Kuura.Yhteystiedot", 0, 8)))
				.get().getLeft();
		assertEquals(1, locations.size());
		assertEquals(organisationUri, locations.get(0).getUri());
		String organisation = Workspace.read(kuura.resolve("organisation.seloste"));
		assertEquals(Workspace.positionOf(organisation, "tietoryhmä Yhteystiedot", 0, 0).getLine(),
				locations.get(0).getRange().getStart().getLine());
	}

	@Test
	void referencesAreFoundInEveryFile() throws Exception {
		String organisation = Workspace.read(kuura.resolve("organisation.seloste"));
		List<? extends Location> references = lsp.server.getTextDocumentService().references(new ReferenceParams(
				new TextDocumentIdentifier(organisationUri),
				Workspace.positionOf(organisation, "tietoryhmä Yhteystiedot", 0, "tietoryhmä Yh".length()),
				new ReferenceContext(false))).get();
		Set<String> files = new TreeSet<>(references.stream().map(l -> l.getUri().substring(l.getUri().lastIndexOf('/') + 1)).toList());
		assertEquals(Set.of("asiakasrekisteri.seloste", "rekrytointirekisteri.seloste"), files);
	}

	@Test
	void renameChangesEveryFileAndRejectsAnInvalidName() throws Exception {
		String organisation = Workspace.read(kuura.resolve("organisation.seloste"));
		Position declaration = Workspace.positionOf(organisation, "tietoryhmä Yhteystiedot", 0, "tietoryhmä Yh".length());
		WorkspaceEdit edit = lsp.server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(organisationUri), declaration, "Yhteydet")).get();
		Map<String, List<TextEdit>> changes = changes(edit);
		Set<String> files = new TreeSet<>(changes.keySet().stream().map(u -> u.substring(u.lastIndexOf('/') + 1)).toList());
		assertEquals(Set.of("organisation.seloste", "asiakasrekisteri.seloste", "rekrytointirekisteri.seloste"), files);
		String renamed = Workspace.apply(Workspace.read(kuura.resolve("asiakasrekisteri.seloste")), changes.get(customersUri));
		// each reference keeps the form its author wrote: qualified stays qualified, a simple name stays simple
		assertTrue(renamed.contains("käytä Kuura.Yhteydet"), renamed);
		assertTrue(renamed.contains("tiedot Yhteydet, Tehtavatiedot"), renamed);
		assertFalse(renamed.contains("Yhteystiedot"), renamed);

		ExecutionException invalid = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> lsp.server.getTextDocumentService()
						.rename(new RenameParams(new TextDocumentIdentifier(organisationUri), declaration, "ei kelpaa!")).get());
		assertTrue(invalid.getCause() instanceof ResponseErrorException, invalid.toString());
	}

	@Test
	void documentSymbolsAreTheOutline() throws Exception {
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = lsp.server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(customersUri))).get();
		DocumentSymbol notice = symbols.get(0).getRight();
		assertEquals("KuuraAsiakkaat", notice.getName());
		List<String> children = notice.getChildren().stream().map(DocumentSymbol::getName).toList();
		assertTrue(children.contains("Asiakasrekisteri"), children::toString);
		DocumentSymbol register = notice.getChildren().stream().filter(s -> s.getName().equals("Asiakasrekisteri")).findFirst().orElseThrow();
		assertTrue(register.getChildren().stream().anyMatch(s -> s.getName().equals("Asiakassuhde")), register.getChildren()::toString);
	}

	@Test
	void foldingRangesCoverTheBlocks() throws Exception {
		List<FoldingRange> ranges = lsp.server.getTextDocumentService()
				.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(customersUri))).get();
		String text = Workspace.read(kuura.resolve("asiakasrekisteri.seloste"));
		int register = Workspace.positionOf(text, "rekisteri Asiakasrekisteri", 0, 0).getLine();
		assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == register && r.getEndLine() > register + 10), ranges::toString);
	}

	@Test
	void formattingGivesTheCanonicalLayoutOfTheWholeFileAndOfARange() throws Exception {
		Path messy = kuura.resolve("sotkuinen.seloste");
		String canonical = Workspace.read(kuura.resolve("organisation.seloste"));
		String text = canonical.replace("\n\t", "\n    ").replace("\"Kuura Oy\"", "   \"Kuura Oy\"");
		Files.writeString(messy, text.replace("organisaatio Kuura", "organisaatio KuuraKopio"));
		String uri = lsp.open(messy);
		List<? extends TextEdit> edits = lsp.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false))).get();
		String formatted = Workspace.apply(Workspace.read(messy), edits);
		assertEquals(canonical.replace("organisaatio Kuura", "organisaatio KuuraKopio"), formatted);

		Range firstBlock = new Range(new Position(0, 0), Workspace.positionOf(text, "yhteyshenkilö Tietosuojayhteys", 0, 0));
		List<? extends TextEdit> rangeEdits = lsp.server.getTextDocumentService()
				.rangeFormatting(new DocumentRangeFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, false), firstBlock)).get();
		assertFalse(rangeEdits.isEmpty());
		String rangeFormatted = Workspace.apply(Workspace.read(messy), rangeEdits);
		int rangeEnd = Workspace.offset(text, firstBlock.getEnd());
		assertEquals(text.substring(rangeEnd), rangeFormatted.substring(rangeFormatted.length() - (text.length() - rangeEnd)),
				"the text after the range is left as it was");
		assertTrue(rangeFormatted.startsWith(canonical.substring(0, canonical.indexOf("\tyhteyshenkilö Tietosuojayhteys"))
				.replace("organisaatio Kuura", "organisaatio KuuraKopio")), rangeFormatted);
	}

	@Test
	void semanticTokensMarkTheResolvedReferences() throws Exception {
		SemanticTokens tokens = lsp.server.getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(customersUri))).get();
		List<Integer> data = tokens.getData();
		assertEquals(0, data.size() % 5, "five integers per token");
		String text = Workspace.read(kuura.resolve("asiakasrekisteri.seloste"));
		Position reference = Workspace.positionOf(text, "Kuura.Yhteystiedot", 0, 0);
		Position keyword = Workspace.positionOf(text, "käytä Kuura.Yhteystiedot", 0, 0);
		int variable = capabilities().getSemanticTokensProvider().getLegend().getTokenTypes().indexOf("variable");
		boolean referenceMarked = false;
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			if (line == reference.getLine() && character == reference.getCharacter()) {
				referenceMarked = data.get(i + 2) == "Kuura.Yhteystiedot".length() && data.get(i + 3) == variable;
			}
			assertFalse(line == keyword.getLine() && character == keyword.getCharacter(), "a keyword is no reference");
		}
		assertTrue(referenceMarked, "the resolved reference Kuura.Yhteystiedot is a 'variable' token: " + data);
	}

	@Test
	void workspaceSymbolsFindDeclarationsInAnyFolder() throws Exception {
		List<? extends WorkspaceSymbol> hosting = lsp.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("Hosting")).get().getRight();
		assertTrue(hosting.stream().anyMatch(s -> s.getLocation().getLeft().getUri().equals(organisationUri)), hosting::toString);
		List<? extends WorkspaceSymbol> english = lsp.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("NorthwindAnalyticsOy")).get().getRight();
		assertTrue(english.stream().anyMatch(s -> s.getLocation().getLeft().getUri().equals(englishUri)), english::toString);
	}

	@Test
	void anEditorialFixIsPreferredAndAppliedItRevalidatesClean() throws Exception {
		Path file = kuura.resolve("korjattava.seloste");
		String original = Workspace.read(kuura.resolve("organisation.seloste")).replace("organisaatio Kuura", "organisaatio KuuraKorjaus")
				.replace("https://www.kuura.fi", "http://www.kuura.fi");
		Files.writeString(file, original);
		String uri = lsp.open(file);
		Diagnostic insecure = awaitDiagnostic(uri, "fi.seloste.insecureUrl");
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = lsp.server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), insecure.getRange(), new CodeActionContext(List.of(insecure)))).get();
		assertEquals(1, actions.size(), actions::toString);
		CodeAction fix = actions.get(0).getRight();
		assertEquals("quickfix.seloste.editorial", fix.getKind());
		assertTrue(fix.getIsPreferred());
		String fixed = Workspace.apply(original, changes(fix.getEdit()).get(uri));
		assertTrue(fixed.contains("https://www.kuura.fi"));
		lsp.client.forget(uri);
		lsp.change(uri, fixed);
		List<Diagnostic> after = lsp.client.awaitDiagnostics(uri, d -> true, WAIT);
		assertTrue(after.stream().noneMatch(x -> "fi.seloste.insecureUrl".equals(x.getCode().getLeft())), after::toString);
	}

	@Test
	void aSubstantiveFixIsOfferedNotPreferred() throws Exception {
		Path broken = Files.createDirectories(kuura.resolve("substantive")).resolve("tarkoitus.seloste");
		String text = Workspace.read(kuura.resolve("asiakasrekisteri.seloste")).replace("seloste KuuraAsiakkaat", "seloste KuuraTesti")
				.replace("\t\t\tperuste oikeutettu-etu \"Oikeutettu etumme on vastata yritysten yhteydenottoihin ja tehdä niille tarjouksia.\"\n", "");
		Files.writeString(broken, text);
		String uri = lsp.open(broken);
		try {
			assertSubstantiveFixes(uri);
		} finally {
			// the other tests count the files that use Kuura's declarations: this one is gone again
			lsp.close(uri);
			Files.delete(broken);
			lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(uri, FileChangeType.Deleted))));
		}
	}

	private void assertSubstantiveFixes(String uri) throws Exception {
		Diagnostic missing = awaitDiagnostic(uri, "fi.seloste.purposeWithoutBasis");
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = lsp.server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), missing.getRange(), new CodeActionContext(List.of(missing)))).get();
		assertTrue(actions.size() > 1, "a choice of bases: " + actions);
		for (Either<org.eclipse.lsp4j.Command, CodeAction> action : actions) {
			assertEquals("quickfix.seloste.substantive", action.getRight().getKind());
			assertFalse(Boolean.TRUE.equals(action.getRight().getIsPreferred()), action.getRight().getTitle());
		}
	}

	@Test
	void previewReturnsTheNoticeAsHtml() throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, Object> preview = (Map<String, Object>) gson(lsp.server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("seloste.preview", List.of(englishUri, "fi"))).get());
		assertEquals("NorthwindAnalytics", preview.get("notice"));
		assertEquals("fi", preview.get("language"));
		assertEquals(Boolean.FALSE, preview.get("draft"));
		String html = (String) preview.get("html");
		assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, Math.min(80, html.length())));
		assertTrue(html.contains("Northwind Analytics Oy"));
	}

	@Test
	void generateWritesTheNoticesAndGenerateOnSaveToo() throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) gson(lsp.server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("seloste.generate", List.of(customersUri))).get());
		Path output = kuura.resolve("generated-notices");
		assertTrue(Files.isRegularFile(output.resolve("KuuraAsiakkaat.fi.html")), result::toString);
		assertTrue(((List<?>) result.get("written")).size() >= 5, result::toString);

		lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings(
				"generateOnSave", true, "outputFolder", "julkaisu", "formats", List.of("html", "md"))));
		try {
			String recruitment = lsp.open(kuura.resolve("rekrytointirekisteri.seloste"));
			lsp.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(recruitment)));
			lsp.client.awaitLogMessage(m -> m.contains("julkaisu"), WAIT);
			try (var files = Files.list(kuura.resolve("julkaisu"))) {
				List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
				assertTrue(names.stream().anyMatch(n -> n.endsWith(".fi.html")), names::toString);
				assertTrue(names.stream().anyMatch(n -> n.endsWith(".fi.md")), names::toString);
				assertTrue(names.stream().noneMatch(n -> n.endsWith(".pdf")), "only the chosen formats: " + names);
			}
		} finally {
			lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings(
					"generateOnSave", false, "outputFolder", "generated-notices", "formats", List.of())));
		}
	}

	@Test
	void aNoticeWithErrorsIsNotWrittenButPreviewedAsADraft() throws Exception {
		Path folder = kuura.resolve("virheellinen");
		openAndAwait(folder, "virheellinen.seloste", "seloste Virheellinen {\n\totsikko \"Seloste\"\n\tkielet fi\n}\n",
				"fi.seloste.controllerMissing");
		String uri = ServerProcess.uri(folder.resolve("virheellinen.seloste"));
		@SuppressWarnings("unchecked")
		Map<String, Object> generated = (Map<String, Object>) gson(lsp.server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("seloste.generate", List.of(uri))).get());
		assertEquals(List.of(), generated.get("written"));
		assertTrue(generated.get("messages").toString().contains("selosteita ei tuotettu"), generated::toString);
		assertFalse(Files.exists(kuura.resolve("generated-notices").resolve("Virheellinen.fi.html")));
		@SuppressWarnings("unchecked")
		Map<String, Object> preview = (Map<String, Object>) gson(lsp.server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("seloste.preview", List.of(uri))).get());
		assertEquals(Boolean.TRUE, preview.get("draft"), preview::toString);
	}

	@Test
	void generateRefusesUnsavedChanges() throws Exception {
		Path file = kuura.resolve("muokattu").resolve("muokattu.seloste");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "seloste Muokattu {\n\totsikko \"Seloste\"\n\tkielet fi\n}\n");
		String uri = lsp.open(file);
		lsp.change(uri, Workspace.read(file).replace("\"Seloste\"", "\"Tietosuojaseloste\""));
		@SuppressWarnings("unchecked")
		Map<String, Object> answer = (Map<String, Object>) gson(lsp.server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("seloste.generate", List.of(uri))).get());
		assertTrue(answer.get("messages").toString().contains("tallentamattomia muutoksia"), answer::toString);
		assertFalse(Files.exists(kuura.resolve("generated-notices").resolve("Muokattu.fi.html")), "nothing written from unsaved text");
	}

	@Test
	void aFileChangedOnDiskIsSeenByTheFilesThatUseIt() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("disk"));
		Path organisation = folder.resolve("org.seloste");
		Files.writeString(organisation, "organisaatio Levy {\n\ttietoryhmä Nimi \"nimi\"\n}\n");
		Path notice = folder.resolve("notice.seloste");
		Files.writeString(notice, Workspace.read(kuura.resolve("asiakasrekisteri.seloste")).replace("tuo Kuura.*", "tuo Kuura.*\ntuo Levy.*")
				.replace("\t\tkäytä Kuura.Yhteystiedot\n", "\t\tkäytä Kuura.Yhteystiedot\n\t\tkäytä Levy.Nimi\n"));
		Files.copy(kuura.resolve("organisation.seloste"), folder.resolve("organisation.seloste"));
		try (ServerProcess own = ServerProcess.start(null, folder)) {
			String uri = own.open(notice);
			own.client.awaitDiagnostics(uri, d -> d.stream().noneMatch(x -> "fi.seloste.unresolvedReference".equals(codeOf(x))), WAIT);
			Files.writeString(organisation, "organisaatio Levy {\n\ttietoryhmä Etunimi \"etunimi\"\n}\n");
			own.client.forget(uri);
			own.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(ServerProcess.uri(organisation), FileChangeType.Changed))));
			List<Diagnostic> after = own.client.awaitDiagnostics(uri, d -> d.stream().anyMatch(x -> x.getSeverity() == DiagnosticSeverity.Error), WAIT);
			assertTrue(after.stream().anyMatch(x -> text(x).contains("Levy.Nimi")), after::toString);
		}
	}

	@Test
	void aFileOutsideTheWorkspaceIsCheckedToo() throws Exception {
		Path outside = Files.createDirectories(temp.resolve("elsewhere")).resolve("yksin.seloste");
		Files.writeString(outside, "seloste Yksin {\n\totsikko \"Seloste\"\n\tkielet fi\n}\n");
		String uri = lsp.open(outside);
		List<Diagnostic> diagnostics = lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT);
		assertTrue(diagnostics.stream().anyMatch(d -> "fi.seloste.controllerMissing".equals(codeOf(d))), diagnostics::toString);
	}

	@Test
	void generatedFilesHonourTheUmaskAndKeepTheirMode() throws Exception {
		// seloste.generate writes through the one writer of files (fi.seloste.io.AtomicWriter): a new output
		// gets the mode the umask gives a new file (0644 under umask 022, never a temporary file's 0600),
		// and a rewritten one keeps the mode its owner gave it (issue 13, B6)
		Path probe = Files.createFile(temp.resolve("umask-probe"));
		Assumptions.assumeTrue(Files.getFileAttributeView(probe, PosixFileAttributeView.class) != null, "POSIX file modes only");
		String umasked = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
		Path page = northwind.resolve("generated-notices").resolve("NorthwindAnalytics.en.html");
		Object result = lsp.server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("seloste.generate", List.of(englishUri))).get();
		assertTrue(Files.isRegularFile(page), () -> String.valueOf(gson(result)));
		assertEquals(umasked, PosixFilePermissions.toString(Files.getPosixFilePermissions(page)),
				"the server's output does not get the mode the umask gives");

		Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-rw----"));
		Object again = lsp.server.getWorkspaceService()
				.executeCommand(new ExecuteCommandParams("seloste.generate", List.of(englishUri))).get();
		assertTrue(String.valueOf(gson(again)).contains("NorthwindAnalytics.en.html"), () -> String.valueOf(gson(again)));
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)),
				"a rewritten output lost its mode");
	}

	@Test
	void anUnresolvedReferenceIsOfferedTheSimilarNameInScope() throws Exception {
		Path slip = Files.createDirectories(kuura.resolve("linking")).resolve("viittaus.seloste");
		String text = Workspace.read(kuura.resolve("asiakasrekisteri.seloste")).replace("seloste KuuraAsiakkaat", "seloste KuuraViittaus")
				.replace("käytä Kuura.KuuraOy", "käytä Kuura.KuuraOi");
		Files.writeString(slip, text);
		String uri = lsp.open(slip);
		try {
			Diagnostic unresolved = awaitDiagnostic(uri, "fi.seloste.unresolvedReference");
			List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = lsp.server.getTextDocumentService()
					.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), unresolved.getRange(),
							new CodeActionContext(List.of(unresolved)))).get();
			CodeAction change = actions.stream().map(Either::getRight).filter(a -> "Muuta muotoon 'Kuura.KuuraOy'".equals(a.getTitle()))
					.findFirst().orElseThrow(() -> new AssertionError("no change to the similar name: " + actions));
			assertEquals(change.getTitle(), actions.get(0).getRight().getTitle(), "the likeliest name comes first, as in Eclipse");
			assertEquals("quickfix.seloste.substantive", change.getKind(), "another name is a choice");
			assertFalse(Boolean.TRUE.equals(change.getIsPreferred()));
			assertEquals(text.replace("käytä Kuura.KuuraOi", "käytä Kuura.KuuraOy"), Workspace.apply(text, changes(change.getEdit()).get(uri)));
		} finally {
			// the other tests count the files that use Kuura's declarations: this one is gone again
			lsp.close(uri);
			Files.delete(slip);
			lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(uri, FileChangeType.Deleted))));
		}
	}

	@Test
	void renamingAnOrganisationRenamesTheImportsOfEveryFileLoadedOrNot() throws Exception {
		String organisation = Workspace.read(kuura.resolve("organisation.seloste"));
		Position name = Workspace.positionOf(organisation, "organisaatio Kuura", 0, "organisaatio Ku".length());
		WorkspaceEdit edit = lsp.server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(organisationUri), name, "Kuu")).get();
		Map<String, List<TextEdit>> changes = changes(edit);
		// the rename loads the files that import the organisation from the index, open or not
		for (String file : List.of("asiakasrekisteri.seloste", "rekrytointirekisteri.seloste")) {
			String uri = changes.keySet().stream().filter(u -> u.endsWith("/" + file)).findFirst()
					.orElseThrow(() -> new AssertionError(file + " is not changed: " + changes.keySet()));
			String renamed = Workspace.apply(Workspace.read(kuura.resolve(file)), changes.get(uri));
			assertTrue(renamed.contains("\ntuo Kuu.*"), renamed);
			assertFalse(renamed.contains("tuo Kuura.*\n"), renamed);
		}
	}

	// ------------------------------------------------------------------ helpers

	private List<CompletionItem> complete(String uri, Position position) throws Exception {
		var result = lsp.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), position))
				.get(WAIT, TimeUnit.MILLISECONDS);
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	/** Writes a file into {@code folder}, opens it, and waits for its diagnostic of the check {@code code}. */
	private Diagnostic openAndAwait(Path folder, String name, String text, String code) throws Exception {
		Path file = Files.createDirectories(folder).resolve(name);
		Files.writeString(file, text);
		return awaitDiagnostic(lsp.open(file), code);
	}

	/** The first diagnostic of the check {@code code} published for {@code uri}, once there is one. */
	private Diagnostic awaitDiagnostic(String uri, String code) throws InterruptedException {
		return lsp.client.awaitDiagnostics(uri, d -> d.stream().anyMatch(x -> code.equals(codeOf(x))), WAIT).stream()
				.filter(x -> code.equals(codeOf(x))).findFirst().orElseThrow();
	}

	private static Set<String> labels(List<CompletionItem> items) {
		return new TreeSet<>(items.stream().map(CompletionItem::getLabel).toList());
	}

	/** A diagnostic's message: plain text, or the value of its markup. */
	private static String text(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
	}

	private static String codeOf(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
	}

	private static Map<String, List<TextEdit>> changes(WorkspaceEdit edit) {
		if (edit.getChanges() != null && !edit.getChanges().isEmpty()) {
			return edit.getChanges();
		}
		Map<String, List<TextEdit>> changes = new java.util.HashMap<>();
		if (edit.getDocumentChanges() != null) {
			for (var change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					changes.computeIfAbsent(change.getLeft().getTextDocument().getUri(), k -> new ArrayList<>())
							.addAll(change.getLeft().getEdits().stream().map(TextEdit.class::cast).toList());
				}
			}
		}
		if (changes.isEmpty()) {
			fail("the edit changes nothing: " + edit);
		}
		return changes;
	}

	/** A {@code seloste} settings section as a client sends it. */
	private static JsonObject settings(Object... keysAndValues) {
		JsonObject section = new JsonObject();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			section.add((String) keysAndValues[i], new com.google.gson.Gson().toJsonTree(keysAndValues[i + 1]));
		}
		JsonObject settings = new JsonObject();
		settings.add("seloste", section);
		return settings;
	}

	/** A command's answer as plain Java values (LSP4J hands it over as JSON). */
	private static Object gson(Object answer) {
		return new com.google.gson.Gson().fromJson(new com.google.gson.Gson().toJson(answer), Object.class);
	}
}
