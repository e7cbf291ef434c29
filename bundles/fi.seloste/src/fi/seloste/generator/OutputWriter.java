package fi.seloste.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fi.seloste.io.AtomicWriter;
import fi.seloste.io.WriteFailure;

/**
 * Writes generated files into one output folder, each through {@link AtomicWriter} (temporary file,
 * fsync, atomic rename, permissions of the replaced file kept), so a reader sees the previous content
 * or the new, never half of it; a failure leaves the previous files as they were. A symbolic link in
 * place of an output is replaced, not followed, so that no write leaves the folder. Names that would leave the folder
 * ({@code ..}, absolute paths, separators) are refused before anything is written.
 */
public final class OutputWriter {

	private final Path folder;
	/** One per writer, so that leftovers of an interrupted run are removed before the first write. */
	private final AtomicWriter writer = new AtomicWriter();

	public OutputWriter(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	public Path folder() {
		return folder;
	}

	/**
	 * Removes the leftovers of an interrupted run from the folder: called with the folder locked, before
	 * anything is written, so that a run that writes nothing (every notice has errors) removes them too.
	 */
	public void removeLeftovers() {
		writer.removeLeftoversIn(folder);
	}

	/** The target of a name inside the output folder; refuses names that would leave it. */
	public Path target(String name) throws IOException {
		if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.contains("\0")
				|| name.equals(".") || name.equals("..") || name.startsWith(".")) {
			throw new IOException("refusing to write outside the output folder: " + name);
		}
		Path target = folder.resolve(name).normalize();
		if (!target.getParent().equals(folder)) {
			throw new IOException("refusing to write outside the output folder: " + name);
		}
		return target;
	}

	/**
	 * Writes the files, each atomically; returns their paths. All names are checked first. When one
	 * write fails, the files written before it stay (each is complete), the failed one keeps its old
	 * content, and no temporary file remains.
	 */
	public List<Path> write(List<OutputFile> files) throws IOException {
		List<Path> targets = new ArrayList<>();
		for (OutputFile file : files) {
			targets.add(target(file.name()));
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw WriteFailure.ofFolder(folder, e);
		}
		for (int i = 0; i < files.size(); i++) {
			write(targets.get(i), files.get(i).content());
		}
		return targets;
	}

	private void write(Path target, byte[] content) throws IOException {
		writer.write(target, content, AtomicWriter.Links.REPLACE);
	}
}
