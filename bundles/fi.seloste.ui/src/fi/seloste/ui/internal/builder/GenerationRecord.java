package fi.seloste.ui.internal.builder;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.QualifiedName;

import fi.seloste.ui.internal.SelosteUiPlugin;

/**
 * What the builder last did with a source file, recorded on the source as a persistent property: the
 * names of the outputs it wrote (in format order, so the preview shows the notice's first language), and
 * the files it read (the source and the files it refers to) with their modification times on disk.
 * <p>
 * A persistent property rather than a file of our own: it lives in the workspace's metadata, is saved
 * with the same snapshot as the (persistent) markers, moves with the source when it is renamed and goes
 * when it is deleted, and needs no format or clean-up of its own. With the outputs themselves (each
 * names its source, {@link SelosteBuilder#GENERATED_BY}) and the generation markers (why nothing was
 * written), it is what {@link GeneratedNotices} knows after a restart.
 */
public final class GenerationRecord {

	static final QualifiedName KEY = new QualifiedName(SelosteUiPlugin.PLUGIN_ID, "generation");

	/** A persistent property holds at most 2 KB of text. */
	private static final int LIMIT = 2 * 1024;

	/** A file the build read, with its modification time on disk then (0: it did not exist). */
	public record Input(String path, long modified) {
	}

	private final List<String> outputs;
	private final List<Input> inputs;

	/** The files the build read, the source first. */
	public List<Input> inputs() {
		return inputs;
	}

	private GenerationRecord(List<String> outputs, List<Input> inputs) {
		this.outputs = outputs;
		this.inputs = inputs;
	}

	/** The names of the outputs inside the output folder, in format order. */
	public List<String> outputs() {
		return outputs;
	}

	/**
	 * Records what the build of {@code source} wrote and read. The outputs and the source are always
	 * recorded (over several properties when they need more than one); the files the source refers to
	 * are left out when they would not fit in the first, and then a change to them is not noticed here
	 * (the next build notices it).
	 */
	public static void write(IFile source, List<IFile> written, Collection<IFile> referenced) throws CoreException {
		if (!source.exists()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		for (IFile output : written) {
			text.append("o ").append(output.getName()).append('\n');
		}
		text.append(input(source));
		for (IFile other : referenced) {
			String line = input(other);
			if (text.length() + line.length() > LIMIT) {
				break;
			}
			text.append(line);
		}
		int parts = 0;
		for (int start = 0; start < text.length(); start += LIMIT) {
			source.setPersistentProperty(part(parts++), text.substring(start, Math.min(text.length(), start + LIMIT)));
		}
		clearFrom(source, parts);
	}

	/** The property holding part {@code index} of the record: the first is {@link #KEY}. */
	private static QualifiedName part(int index) {
		return index == 0 ? KEY : new QualifiedName(KEY.getQualifier(), KEY.getLocalName() + "." + index);
	}

	/** Removes the parts from {@code index} on (left by a longer earlier record). */
	private static void clearFrom(IFile source, int index) throws CoreException {
		for (int i = index; source.getPersistentProperty(part(i)) != null; i++) {
			source.setPersistentProperty(part(i), null);
		}
	}

	private static String input(IFile file) {
		return "i " + modified(file) + " " + file.getFullPath().toPortableString() + "\n";
	}

	/** The record of a source; {@code null} when the builder has never recorded one (or it is unreadable). */
	public static GenerationRecord read(IFile source) {
		StringBuilder joined = new StringBuilder();
		try {
			String part;
			for (int i = 0; source.exists() && (part = source.getPersistentProperty(part(i))) != null; i++) {
				joined.append(part);
			}
		} catch (CoreException e) {
			return null;
		}
		if (joined.isEmpty()) {
			return null;
		}
		String text = joined.toString();
		List<String> outputs = new ArrayList<>();
		List<Input> inputs = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.startsWith("o ")) {
				outputs.add(line.substring(2));
			} else if (line.startsWith("i ") && line.indexOf(' ', 2) > 0) {
				int space = line.indexOf(' ', 2);
				try {
					inputs.add(new Input(line.substring(space + 1), Long.parseLong(line.substring(2, space))));
				} catch (NumberFormatException e) {
					return null;
				}
			}
		}
		return new GenerationRecord(List.copyOf(outputs), List.copyOf(inputs));
	}

	static void clear(IFile source) throws CoreException {
		if (source.exists()) {
			clearFrom(source, 0);
		}
	}

	/** Whether a file the build read has changed on disk since (edited, deleted, or changed outside Eclipse). */
	boolean inputsChanged(IWorkspaceRoot root) {
		for (Input input : inputs) {
			if (modified(root.getFile(IPath.fromPortableString(input.path()))) != input.modified()) {
				return true;
			}
		}
		return false;
	}

	/** The modification time of the file on disk, not the workspace's idea of it; 0 when there is none. */
	static long modified(IFile file) {
		IPath location = file.getLocation();
		return location == null ? 0 : new File(location.toOSString()).lastModified();
	}
}
