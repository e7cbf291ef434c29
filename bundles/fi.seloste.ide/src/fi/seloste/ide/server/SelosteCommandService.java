package fi.seloste.ide.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Language;
import fi.seloste.validation.SelosteMessages;

/**
 * The commands of the Seloste language server ({@code workspace/executeCommand}):
 * <ul>
 * <li>{@value #GENERATE} {@code [uri]}: writes the file's notices as {@code seloste generate} does, into
 * the output folder; answers {@code {"written": [paths], "messages": [lines]}};</li>
 * <li>{@value #PREVIEW} {@code [uri, language?]}: the HTML of the file's first notice; answers
 * {@code {"notice", "language", "html", "draft", "messages"}}.</li>
 * </ul>
 * A problem with the arguments is an answer with a message, not an error: the client shows it.
 */
public class SelosteCommandService implements IExecutableCommandService {

	private static final Logger LOG = Logger.getLogger(SelosteCommandService.class);

	public static final String GENERATE = "seloste.generate";

	public static final String PREVIEW = "seloste.preview";

	private final ServerTexts texts = new ServerTexts();

	@Inject
	private NoticeGeneration generation;

	@Inject
	private SelosteMessages messageLanguages;

	@Inject
	private UriExtensions uris;

	@Inject
	private OperationCanceledManager cancellations;

	@Override
	public List<String> initialize() {
		return List.of(GENERATE, PREVIEW);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
		String uri = argument(arguments, 0);
		if (uri == null || !uri.startsWith("file:")) {
			return messages(texts.get(language(), "command.noFile"));
		}
		URI resourceUri = uris.toUri(uri);
		if (!Files.isRegularFile(Path.of(resourceUri.toFileString()))) {
			return messages(texts.get(language(), "command.notLoaded", resourceUri.toFileString()));
		}
		Object answer;
		try {
			answer = read(params, arguments, uri, resourceUri, access);
		} catch (RuntimeException e) {
			if (cancellations.isOperationCanceledException(e)) {
				throw e;
			}
			// said to the user in a sentence; the details go to the server's log (standard error)
			LOG.error("seloste: " + params.getCommand() + " failed for " + uri, e);
			return messages(texts.get(language(), "command.failed", params.getCommand()));
		}
		return answer != null ? answer : messages(texts.get(language(), "command.notLoaded", resourceUri.toFileString()));
	}

	private Object read(ExecuteCommandParams params, List<Object> arguments, String uri, URI resourceUri,
			ILanguageServerAccess access) {
		return access.doSyncRead(uri, context -> {
			if (!(context.getResource() instanceof XtextResource resource)) {
				return null;
			}
			Path file = Path.of(resourceUri.toFileString());
			if (GENERATE.equals(params.getCommand())) {
				if (context.isDocumentOpen() && context.getDocument() != null && !savedAs(file, context.getDocument().getContents())) {
					return messages(texts.get(messageLanguages.languageFor(resource), "generate.unsaved", file.getFileName()));
				}
				NoticeGeneration.Outcome outcome = generation.generate(resource, file);
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("written", outcome.written().stream().map(Path::toString).toList());
				result.put("messages", outcome.messages());
				return result;
			}
			NoticeGeneration.Preview preview = generation.preview(resource, Language.get(String.valueOf(argument(arguments, 1))));
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("notice", preview.notice());
			result.put("language", preview.language());
			result.put("html", preview.html());
			result.put("draft", preview.draft());
			result.put("messages", preview.messages());
			return result;
		});
	}

	/**
	 * Whether the editor's text is the file on disk: notices are generated from the file as saved, as
	 * {@code seloste generate} reads it, never from unsaved edits.
	 */
	private static boolean savedAs(Path file, String editorText) {
		try {
			String saved = Files.readString(file, StandardCharsets.UTF_8);
			return strip(saved).equals(strip(editorText));
		} catch (IOException | java.io.UncheckedIOException e) {
			return false;
		}
	}

	/** Without a byte-order mark and with LF line ends: what an editor may show differently. */
	private static String strip(String text) {
		return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
	}

	/** The chosen message language when no file is at hand. */
	private KeywordLanguage language() {
		return messageLanguages.languageFor((Resource) null);
	}

	private static Map<String, Object> messages(String message) {
		return Map.of("messages", List.of(message));
	}

	/** A string argument: LSP4J hands arguments over as JSON elements. */
	private static String argument(List<Object> arguments, int index) {
		if (arguments.size() <= index) {
			return null;
		}
		Object value = arguments.get(index);
		if (value instanceof JsonPrimitive primitive && primitive.isString()) {
			return primitive.getAsString();
		}
		if (value instanceof JsonElement) {
			return null;
		}
		return value instanceof String text ? text : null;
	}
}
