package fi.seloste.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.google.inject.Singleton;

/**
 * What the client of the language server chose ({@link ServerSettings}) and its workspace folders, held
 * by the language's injector so that the language's services (commands, generation) and the server read
 * the same. Replaced whole on each change: readers on other threads see one consistent state.
 */
@Singleton
public class ServerConfiguration {

	private volatile ServerSettings settings = ServerSettings.defaults();

	private volatile List<Path> workspaceFolders = List.of();

	private volatile boolean snippets = true;

	public ServerSettings settings() {
		return settings;
	}

	public void settings(ServerSettings settings) {
		this.settings = settings;
	}

	/** Whether the client inserts snippets (tab stops); without, completion sends plain text. */
	public boolean snippets() {
		return snippets;
	}

	public void snippets(boolean supported) {
		this.snippets = supported;
	}

	public void workspaceFolders(List<Path> folders) {
		List<Path> sorted = new ArrayList<>(folders.stream().map(p -> p.toAbsolutePath().normalize()).toList());
		// the deepest folder first, so that a nested workspace folder wins over the one holding it
		sorted.sort(Comparator.comparingInt(Path::getNameCount).reversed());
		this.workspaceFolders = List.copyOf(sorted);
	}

	/**
	 * The folder generated notices of {@code file} go to: the output folder setting, relative to the
	 * workspace folder holding the file, or to the file's own folder when it is outside the workspace.
	 */
	public Path outputFolder(Path file) {
		Path normalized = file.toAbsolutePath().normalize();
		Path base = workspaceFolders.stream().filter(normalized::startsWith).findFirst().orElse(normalized.getParent());
		return base.resolve(settings.outputFolder()).normalize();
	}
}
