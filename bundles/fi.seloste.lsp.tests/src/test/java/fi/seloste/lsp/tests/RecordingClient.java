package fi.seloste.lsp.tests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that records what the server sends and lets a test wait for it. */
final class RecordingClient implements LanguageClient {

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	final List<MessageParams> logMessages = new CopyOnWriteArrayList<>();
	final List<MessageParams> shownMessages = new CopyOnWriteArrayList<>();
	final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		synchronized (this) {
			diagnostics.put(params.getUri(), List.copyOf(params.getDiagnostics()));
			notifyAll();
		}
	}

	/** The diagnostics last published for {@code uri}, once they satisfy {@code condition}. */
	synchronized List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition, long timeoutMillis)
			throws InterruptedException {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (true) {
			List<Diagnostic> current = diagnostics.get(uri);
			if (current != null && condition.test(current)) {
				return current;
			}
			long left = end - System.currentTimeMillis();
			if (left <= 0) {
				throw new AssertionError("no diagnostics as expected for " + uri + " within " + timeoutMillis
						+ " ms; last published: " + current);
			}
			wait(left);
		}
	}

	/** Forgets the diagnostics of {@code uri}, so that the next wait sees only what comes after. */
	synchronized void forget(String uri) {
		diagnostics.remove(uri);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams params) {
		shownMessages.add(params);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams params) {
		synchronized (this) {
			logMessages.add(params);
			notifyAll();
		}
	}

	/** Waits until a log message satisfies {@code condition}. */
	synchronized MessageParams awaitLogMessage(Predicate<String> condition, long timeoutMillis) throws InterruptedException {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (true) {
			for (MessageParams message : logMessages) {
				if (condition.test(message.getMessage())) {
					return message;
				}
			}
			long left = end - System.currentTimeMillis();
			if (left <= 0) {
				throw new AssertionError("no log message as expected within " + timeoutMillis + " ms; got: "
						+ logMessages.stream().map(MessageParams::getMessage).toList());
			}
			wait(left);
		}
	}

	@Override
	public CompletableFuture<Void> registerCapability(RegistrationParams params) {
		registrations.add(params);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
		return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
	}
}
