package fi.seloste.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.validation.SelosteCheck;
import fi.seloste.validation.SelosteMessages;

/**
 * The Seloste language server: Xtext's generic server with what a Seloste author needs on top:
 * <ul>
 * <li>the client's settings ({@link ServerSettings}: message language, generate on save, output folder,
 * formats and languages), read at start and on each change; a new message language re-checks every file;</li>
 * <li>diagnostics naming Seloste as their source, with a link to the official text of the check's legal
 * source ({@code codeDescription});</li>
 * <li>the notices of a saved file written when the client asked for it ({@link NoticeGeneration});</li>
 * <li>files changed on disk seen through file watching, which the server registers itself when the
 * client allows it.</li>
 * </ul>
 */
public class SelosteLanguageServer extends LanguageServerImpl {

	private static final Logger LOG = Logger.getLogger(SelosteLanguageServer.class);

	private static final String FILE_WATCHER_ID = "seloste.watchFiles";

	private static final URI ANY_SELOSTE_FILE = URI.createURI("synth:///file.seloste");

	@Inject
	private UriExtensions uris;

	@Inject
	private IResourceServiceProvider.Registry languages;

	private InitializeParams initializeParams;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		initializeParams = params;
		ServerConfiguration configuration = service(ServerConfiguration.class);
		configuration.settings(ServerSettings.read(params.getInitializationOptions(), ServerSettings.defaults()));
		configuration.workspaceFolders(folders(params));
		configuration.snippets(snippetSupport(params));
		applyMessageLanguage();
		return super.initialize(params).thenApply(result -> {
			// the server reads saves (generate on save); Xtext's default sync does not ask for them
			TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
			sync.setOpenClose(true);
			sync.setChange(TextDocumentSyncKind.Incremental);
			sync.setSave(true);
			result.getCapabilities().setTextDocumentSync(sync);
			return result;
		});
	}

	/**
	 * A client that opened no folder (no root, no workspace folders) is served as a workspace without
	 * folders: Xtext would otherwise take a missing root for a folder and fail to start. Files opened then
	 * are checked as files outside the workspace.
	 */
	@Override
	protected boolean clientSupportsWorkspaceFolders() {
		boolean noRoot = initializeParams.getRootUri() == null && initializeParams.getRootPath() == null;
		return super.clientSupportsWorkspaceFolders() || noRoot;
	}

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		var workspace = initializeParams.getCapabilities() == null ? null : initializeParams.getCapabilities().getWorkspace();
		if (workspace != null && workspace.getDidChangeWatchedFiles() != null
				&& Boolean.TRUE.equals(workspace.getDidChangeWatchedFiles().getDynamicRegistration())) {
			DidChangeWatchedFilesRegistrationOptions options = new DidChangeWatchedFilesRegistrationOptions(
					List.of(new FileSystemWatcher(Either.forLeft("**/*.seloste"))));
			getLanguageClient().registerCapability(new RegistrationParams(
					List.of(new Registration(FILE_WATCHER_ID, "workspace/didChangeWatchedFiles", options))));
		}
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		ServerConfiguration configuration = service(ServerConfiguration.class);
		KeywordLanguage before = configuration.settings().messageLanguage();
		configuration.settings(ServerSettings.read(params.getSettings(), configuration.settings()));
		// Xtext's default rebuilds the whole workspace here; Seloste's settings need that only for a new
		// message language, and then only a re-check
		if (!Objects.equals(before, configuration.settings().messageLanguage())) {
			applyMessageLanguage();
			recheckAll();
		}
	}

	@Override
	public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
		List<Path> folders = new ArrayList<>();
		List<WorkspaceFolder> current = new ArrayList<>();
		if (initializeParams.getWorkspaceFolders() != null) {
			current.addAll(initializeParams.getWorkspaceFolders());
		} else if (initializeParams.getRootUri() != null) {
			// a client that started with a root folder only: that folder is the first workspace folder
			current.add(new WorkspaceFolder(initializeParams.getRootUri(), "root"));
		}
		current.removeIf(folder -> params.getEvent().getRemoved().stream().anyMatch(r -> r.getUri().equals(folder.getUri())));
		current.addAll(params.getEvent().getAdded());
		initializeParams.setWorkspaceFolders(current);
		current.forEach(folder -> path(folder.getUri()).ifPresent(folders::add));
		service(ServerConfiguration.class).workspaceFolders(folders);
		super.didChangeWorkspaceFolders(params);
	}

	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		if (!service(ServerConfiguration.class).settings().generateOnSave()) {
			return;
		}
		String uri = params.getTextDocument().getUri();
		URI resourceUri = uris.toUri(uri);
		if (!resourceUri.isFile()) {
			return;
		}
		NoticeGeneration generation = service(NoticeGeneration.class);
		getRequestManager().runRead(cancel -> getWorkspaceManager().doRead(resourceUri,
				(document, resource) -> resource instanceof XtextResource xtext
						? generation.generate(xtext, Path.of(resourceUri.toFileString()))
						: null))
				.thenAccept(outcome -> {
					if (outcome == null) {
						return;
					}
					outcome.messages().forEach(message -> getLanguageClient()
							.logMessage(new MessageParams(MessageType.Info, message)));
					if (outcome.failed()) {
						// the user saved expecting published notices: what stopped them is shown, not only logged
						getLanguageClient().showMessage(new MessageParams(MessageType.Warning,
								String.join(" ", outcome.messages())));
					}
				})
				.exceptionally(failure -> {
					LOG.error("seloste: generate on save failed for " + uri, failure);
					return null;
				});
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource("seloste");
		SelosteCheck check = issue.getCode() == null ? null : SelosteCheck.byCode(issue.getCode());
		if (check != null) {
			check.source().officialText().ifPresent(href -> diagnostic.setCodeDescription(new DiagnosticCodeDescription(href)));
		}
		return diagnostic;
	}

	/** Validates every known file again, e.g. so that its messages follow a new message language. */
	private void recheckAll() {
		Set<URI> all = new LinkedHashSet<>();
		getRequestManager().runRead(cancel -> {
			for (IResourceDescription description : getWorkspaceManager().getIndex().getAllResourceDescriptions()) {
				all.add(description.getURI());
			}
			return null;
		}).thenRun(() -> runBuildable(() -> getWorkspaceManager().didChangeFiles(List.copyOf(all), List.of())));
	}

	private void applyMessageLanguage() {
		service(SelosteMessages.class).chooseLanguage(service(ServerConfiguration.class).settings().messageLanguage());
	}

	/** A service of the Seloste language (its injector, shared with the language's services). */
	private <T> T service(Class<T> type) {
		return languages.getResourceServiceProvider(ANY_SELOSTE_FILE).get(type);
	}

	/** Whether the client said it inserts snippets (LSP: completionItem.snippetSupport). */
	private static boolean snippetSupport(InitializeParams params) {
		var capabilities = params.getCapabilities();
		var completion = capabilities == null || capabilities.getTextDocument() == null ? null
				: capabilities.getTextDocument().getCompletion();
		return completion != null && completion.getCompletionItem() != null
				&& Boolean.TRUE.equals(completion.getCompletionItem().getSnippetSupport());
	}

	private List<Path> folders(InitializeParams params) {
		List<Path> folders = new ArrayList<>();
		if (params.getWorkspaceFolders() != null) {
			params.getWorkspaceFolders().forEach(folder -> path(folder.getUri()).ifPresent(folders::add));
		} else if (params.getRootUri() != null) {
			path(params.getRootUri()).ifPresent(folders::add);
		}
		return folders;
	}

	private java.util.Optional<Path> path(String uri) {
		URI parsed = uris.toUri(uri);
		return parsed.isFile() ? java.util.Optional.of(Path.of(parsed.toFileString())) : java.util.Optional.empty();
	}
}
