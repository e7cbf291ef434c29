package fi.seloste.lsp.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * {@code ./seloste lsp} started as a process, as an editor starts it, and an LSP4J client connected to
 * its standard input and output. What the server writes on standard error is kept for failure messages.
 */
final class ServerProcess implements AutoCloseable {

	static final long TIMEOUT = 60_000;

	final Process process;
	final LanguageServer server;
	final RecordingClient client = new RecordingClient();
	final InitializeResult initializeResult;
	final long startMillis;
	private final Path stderr;
	private final Map<String, Integer> versions = new ConcurrentHashMap<>();

	private ServerProcess(Path workingFolder, Object initializationOptions, List<Path> workspaceFolders)
			throws Exception {
		long start = System.nanoTime();
		stderr = Files.createTempFile("seloste-lsp", ".err");
		ProcessBuilder builder = new ProcessBuilder(home().resolve("seloste").toString(), "lsp")
				.directory(workingFolder.toFile()).redirectError(stderr.toFile());
		process = builder.start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setCapabilities(capabilities());
		List<WorkspaceFolder> folders = new ArrayList<>();
		for (Path folder : workspaceFolders) {
			folders.add(new WorkspaceFolder(uri(folder), folder.getFileName().toString()));
		}
		params.setWorkspaceFolders(folders);
		params.setInitializationOptions(initializationOptions);
		initializeResult = server.initialize(params).get(TIMEOUT, TimeUnit.MILLISECONDS);
		server.initialized(new InitializedParams());
		startMillis = (System.nanoTime() - start) / 1_000_000;
	}

	static ServerProcess start(Object initializationOptions, Path... workspaceFolders) throws Exception {
		Path working = workspaceFolders.length > 0 ? workspaceFolders[0] : Path.of(".");
		return new ServerProcess(working, initializationOptions, List.of(workspaceFolders));
	}

	/** The repository: the surefire configuration passes it; from an IDE, the working folder's parents. */
	static Path home() {
		String configured = System.getProperty("seloste.home");
		Path candidate = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
		while (candidate != null && !Files.isRegularFile(candidate.resolve("seloste"))) {
			candidate = candidate.getParent();
		}
		if (candidate == null) {
			throw new IllegalStateException("the repository (holding ./seloste) is not found from " + configured);
		}
		return candidate;
	}

	static String uri(Path path) {
		return path.toAbsolutePath().normalize().toUri().toString();
	}

	/** Opens a file as an editor does: its text as it is on disk. */
	String open(Path file) throws IOException {
		String uri = uri(file);
		versions.put(uri, 1);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri, "seloste", 1, Files.readString(file, StandardCharsets.UTF_8))));
		return uri;
	}

	/** Closes a document as an editor does. */
	void close(String uri) {
		server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(new org.eclipse.lsp4j.TextDocumentIdentifier(uri)));
		versions.remove(uri);
	}

	/** Replaces the whole text of an open document. */
	void change(String uri, String text) {
		int version = versions.merge(uri, 1, Integer::sum);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
	}

	String stderr() {
		try {
			return Files.readString(stderr);
		} catch (IOException e) {
			return "(standard error not readable: " + e.getMessage() + ")";
		}
	}

	private static ClientCapabilities capabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		CompletionCapabilities completion = new CompletionCapabilities();
		CompletionItemCapabilities item = new CompletionItemCapabilities();
		item.setSnippetSupport(true);
		completion.setCompletionItem(item);
		text.setCompletion(completion);
		text.setRename(new RenameCapabilities(true, false));
		text.setFoldingRange(new FoldingRangeCapabilities());
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setCodeAction(new CodeActionCapabilities());
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setExecuteCommand(new ExecuteCommandCapabilities());
		workspace.setWorkspaceFolders(true);
		workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		capabilities.setWorkspace(workspace);
		return capabilities;
	}

	@Override
	public void close() throws Exception {
		try {
			server.shutdown().get(10, TimeUnit.SECONDS);
			server.exit();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		} finally {
			process.destroyForcibly();
			Files.deleteIfExists(stderr);
		}
	}
}
