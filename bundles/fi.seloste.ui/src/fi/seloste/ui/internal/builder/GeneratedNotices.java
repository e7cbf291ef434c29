package fi.seloste.ui.internal.builder;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * What the builder last did with a source file, read from what is on disk and recorded, never from
 * memory, so that it is the same after a restart: the outputs in the output folder that name the source
 * ({@link SelosteBuilder#GENERATED_BY}), in the order of the source's {@link GenerationRecord}, the
 * reason nothing was generated (the persistent generation markers), and whether the source or a file it
 * refers to changed since. The preview reads it, and listens for builds; listeners are told on the
 * build's thread.
 */
public final class GeneratedNotices {

	/**
	 * The outcome for one source file: its outputs (in format order) or the reason there are none, and
	 * whether it is out of date (the source or a file it refers to changed since, or an output is gone).
	 */
	public record Outcome(List<IFile> outputs, String reason, boolean outOfDate) {

		/** The first HTML page among the outputs (the first language of the html format), if any. */
		public IFile firstHtmlPage() {
			return outputs.stream().filter(f -> f.getName().endsWith(".html") && !f.getName().endsWith(".ropa.html"))
					.findFirst().orElse(null);
		}
	}

	private static final List<Consumer<List<IFile>>> LISTENERS = new CopyOnWriteArrayList<>();

	private GeneratedNotices() {
	}

	/**
	 * The last outcome for the source file as recorded; {@code null} when the builder has not recorded one
	 * (it has never built the file, or the project is closed, or the file is gone).
	 */
	public static Outcome of(IFile source) {
		if (source == null || !source.exists()) {
			return null;
		}
		GenerationRecord record = GenerationRecord.read(source);
		if (record == null) {
			return null;
		}
		IFolder folder = GenerationSettings.outputFolderIn(source.getProject()).orElse(null);
		String path = source.getFullPath().toPortableString();
		List<IFile> outputs = new ArrayList<>();
		boolean missing = false;
		for (String name : record.outputs()) {
			IFile output = folder == null ? null : folder.getFile(name);
			if (output != null && onDisk(output) && path.equals(generatedBy(output))) {
				outputs.add(output);
			} else {
				missing = true;
			}
		}
		boolean outOfDate = missing || record.inputsChanged(source.getWorkspace().getRoot());
		return new Outcome(List.copyOf(outputs), reason(source, record.outputs().isEmpty()), outOfDate);
	}

	/**
	 * Why the file was not generated, from its generation markers: a warning (another file owns the
	 * outputs), else, when nothing was written, the first note (errors, no output folder). Notes beside
	 * written outputs (a language skipped) are no reason.
	 */
	private static String reason(IFile source, boolean nothingWritten) {
		List<IMarker> markers;
		try {
			markers = new ArrayList<>(Arrays.asList(source.findMarkers(GenerationMarkers.TYPE, false, IResource.DEPTH_ZERO)));
		} catch (CoreException e) {
			return null;
		}
		markers.sort(Comparator.comparingLong(IMarker::getId)); // in the order the builder wrote them
		for (IMarker marker : markers) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING) {
				return marker.getAttribute(IMarker.MESSAGE, null);
			}
		}
		return nothingWritten && !markers.isEmpty() ? markers.get(0).getAttribute(IMarker.MESSAGE, null) : null;
	}

	private static boolean onDisk(IFile file) {
		return file.exists() && file.getLocation() != null && new File(file.getLocation().toOSString()).isFile();
	}

	private static String generatedBy(IFile output) {
		try {
			return output.getPersistentProperty(SelosteBuilder.GENERATED_BY);
		} catch (CoreException e) {
			return null;
		}
	}

	/** Listens for builds: it is given the source files whose outcome changed. */
	public static void addListener(Consumer<List<IFile>> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<List<IFile>> listener) {
		LISTENERS.remove(listener);
	}

	static void announce(List<IFile> sources) {
		if (!sources.isEmpty()) {
			LISTENERS.forEach(listener -> listener.accept(List.copyOf(sources)));
		}
	}
}
