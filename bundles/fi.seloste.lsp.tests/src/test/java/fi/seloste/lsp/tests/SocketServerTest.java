package fi.seloste.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** {@code ./seloste lsp --socket PORT}: a client connects over TCP on this machine; bad options are refused. */
class SocketServerTest {

	private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

	@Test
	void aClientConnectsToTheAnnouncedPort() throws Exception {
		Process process = new ProcessBuilder(ServerProcess.home().resolve("seloste").toString(), "lsp", "--socket", "0")
				.start();
		try {
			BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
			int port = -1;
			while (port < 0) {
				String line = stderr.readLine();
				if (line == null) {
					break;
				}
				Matcher m = LISTENING.matcher(line);
				if (m.find()) {
					port = Integer.parseInt(m.group(1));
				}
			}
			assertTrue(port > 0, "the server names its port on standard error");
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new RecordingClient(),
						socket.getInputStream(), socket.getOutputStream());
				launcher.startListening();
				InitializeResult result = launcher.getRemoteProxy().initialize(new InitializeParams())
						.get(ServerProcess.TIMEOUT, TimeUnit.MILLISECONDS);
				assertTrue(result.getCapabilities().getHoverProvider().getLeft());
				launcher.getRemoteProxy().shutdown().get(10, TimeUnit.SECONDS);
				launcher.getRemoteProxy().exit();
			}
			assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the server ends after its client's exit");
		} finally {
			process.destroyForcibly();
		}
	}

	@Test
	void aBadPortIsAUsageErrorWithoutAStackTrace() throws Exception {
		Process process = new ProcessBuilder(ServerProcess.home().resolve("seloste").toString(), "lsp", "--socket", "seitsemän")
				.start();
		String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(2, process.exitValue());
		assertTrue(stderr.contains("--socket takes a port number"), stderr);
		assertTrue(!stderr.contains("\tat "), "no stack trace: " + stderr);
	}
}
