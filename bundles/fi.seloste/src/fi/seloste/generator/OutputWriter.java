package fi.seloste.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes generated files into one output folder. Each file is written to a temporary file in that
 * folder and then moved over the old one, so a reader sees the previous content or the new, never
 * half of it; a failure leaves the previous files as they were. Names that would leave the folder
 * ({@code ..}, absolute paths, separators) are refused before anything is written.
 */
public final class OutputWriter {

	private final Path folder;

	public OutputWriter(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	public Path folder() {
		return folder;
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
		Files.createDirectories(folder);
		for (int i = 0; i < files.size(); i++) {
			write(targets.get(i), files.get(i).content());
		}
		return targets;
	}

	private void write(Path target, byte[] content) throws IOException {
		if (Files.isDirectory(target)) {
			throw new IOException(target + " is a folder");
		}
		Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
