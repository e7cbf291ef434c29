package fi.seloste.ide.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;

import fi.seloste.ide.server.SelosteServerModule;

/**
 * {@code seloste lsp [--socket PORT]}: the Seloste language server, on standard input and output or
 * for one client connecting to {@code PORT} on this machine. Standard output carries the protocol
 * only; anything else the JVM would print there goes to standard error.
 */
final class LspCommand {

	private final PrintStream err;

	LspCommand(PrintStream err) {
		this.err = err;
	}

	int run(List<String> arguments) throws UsageException {
		Integer port = null;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String option = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
			if (!option.equals("--socket")) {
				throw new UsageException("lsp: unknown option or operand " + argument + "\n" + Main.USAGE_TEXT);
			}
			String value = Main.optionValue(arguments, i, option);
			if (!argument.contains("=")) {
				i++;
			}
			port = port(value);
		}
		InputStream in = System.in;
		OutputStream out = System.out;
		System.setOut(err);
		logWarningsTo(err);
		if (port == null) {
			return serve(in, out);
		}
		Socket client;
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			err.println("seloste: language server listening on " + socket.getInetAddress().getHostAddress() + ":"
					+ socket.getLocalPort());
			// one client: the port closes once it is connected, so a second one is refused, not left waiting
			client = socket.accept();
		} catch (IOException e) {
			throw new UsageException("lsp: cannot listen on port " + port + ": " + e.getMessage());
		}
		try (Socket connected = client) {
			return serve(connected.getInputStream(), connected.getOutputStream());
		} catch (IOException e) {
			throw new UsageException("lsp: the connection on port " + port + " failed: " + e.getMessage());
		}
	}

	/** Serves one client until it closes the connection or sends {@code exit}. */
	private static int serve(InputStream in, OutputStream out) {
		LanguageServerImpl server = Guice.createInjector(new SelosteServerModule()).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		try {
			launcher.startListening().get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException e) {
			// the connection ended abnormally: the client is gone, nothing left to serve
		}
		return Main.OK;
	}

	private static int port(String value) throws UsageException {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException("lsp: --socket takes a port number from 0 to 65535, not '" + value + "'");
	}

	/** Xtext's own warnings and errors go to standard error, where an editor shows the server's log. */
	private static void logWarningsTo(PrintStream err) {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		ConsoleAppender appender = new ConsoleAppender(new PatternLayout("seloste lsp: %p %c{1}: %m%n"));
		appender.setWriter(new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8));
		root.addAppender(appender);
		root.setLevel(Level.WARN);
	}
}
