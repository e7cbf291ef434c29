package fi.seloste.ui.internal.builder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;

/**
 * What the builder last did with each source file: the files it wrote, or why it wrote none. The
 * preview reads it and listens for changes; listeners are told on the build's thread.
 */
public final class GeneratedNotices {

	/** The outcome for one source file: its outputs (in format order), or the reason there are none. */
	public record Outcome(List<IFile> outputs, String reason) {

		static Outcome generated(List<IFile> outputs) {
			return new Outcome(List.copyOf(outputs), null);
		}

		static Outcome skipped(String reason) {
			return new Outcome(List.of(), reason);
		}

		/** The first HTML page among the outputs (the first language of the html format), if any. */
		public IFile firstHtmlPage() {
			return outputs.stream().filter(f -> f.getName().endsWith(".html") && !f.getName().endsWith(".ropa.html"))
					.findFirst().orElse(null);
		}
	}

	private static final Map<IFile, Outcome> OUTCOMES = new ConcurrentHashMap<>();
	private static final List<Consumer<List<IFile>>> LISTENERS = new CopyOnWriteArrayList<>();

	private GeneratedNotices() {
	}

	/** The last outcome for the source file; {@code null} when the builder has not seen it. */
	public static Outcome of(IFile source) {
		return OUTCOMES.get(source);
	}

	/** Listens for builds: it is given the source files whose outcome changed. */
	public static void addListener(Consumer<List<IFile>> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<List<IFile>> listener) {
		LISTENERS.remove(listener);
	}

	static void record(IFile source, Outcome outcome) {
		OUTCOMES.put(source, outcome);
	}

	static void forget(IFile source) {
		OUTCOMES.remove(source);
	}

	/** Forgets the outcomes of a project's sources (it is cleaned, closed or deleted). */
	static void forget(IProject project) {
		OUTCOMES.keySet().removeIf(source -> project.equals(source.getProject()));
	}

	/**
	 * Forgets a project's outcomes when it is closed or deleted; registered for
	 * {@link IResourceChangeEvent#PRE_CLOSE} and {@link IResourceChangeEvent#PRE_DELETE}.
	 */
	public static final IResourceChangeListener PROJECTS_GOING = event -> {
		if (event.getResource() instanceof IProject project) {
			forget(project);
		}
	};

	static void announce(List<IFile> sources) {
		if (!sources.isEmpty()) {
			LISTENERS.forEach(listener -> listener.accept(List.copyOf(sources)));
		}
	}
}
