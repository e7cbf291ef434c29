package fi.seloste.lsp.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

/** The test fixtures ({@link ServerProcess}, {@link Workspace}) as the benchmark package uses them. */
public final class BenchmarkAccess implements AutoCloseable {

	private final ServerProcess process;

	private BenchmarkAccess(ServerProcess process) {
		this.process = process;
	}

	public static BenchmarkAccess start(Path folder) throws Exception {
		return new BenchmarkAccess(ServerProcess.start(null, folder));
	}

	public static Path example(String name) {
		return Workspace.example(name);
	}

	public static void delete(Path folder) throws java.io.IOException {
		Workspace.delete(folder);
	}

	public String open(Path file) throws java.io.IOException {
		process.client.forget(ServerProcess.uri(file));
		return process.open(file);
	}

	public void change(String uri, String text) {
		process.client.forget(uri);
		process.change(uri, text);
	}

	/** The next diagnostics published for {@code uri} after the last {@link #open} or {@link #change}. */
	public List<Diagnostic> awaitNextDiagnostics(String uri) throws InterruptedException {
		return process.client.awaitDiagnostics(uri, d -> true, ServerProcess.TIMEOUT);
	}

	@Override
	public void close() throws Exception {
		process.close();
	}
}
