package fi.seloste.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The one way Seloste replaces a file (sources written by {@code format} and {@code check --fix},
 * generated files), so that no crash, kill or power loss leaves a file half written or loses it:
 * the content goes to a temporary file in the target's folder ({@link TempFiles}), which is forced
 * to disk and renamed over the target atomically; the folder is forced too where the platform
 * allows it, so that the rename itself survives a power loss. A replaced file keeps its POSIX
 * permissions; a new one gets the default permissions, which honour the umask. Owner and group
 * are those of the process (changing them needs privileges).
 * <p>
 * One writer serves one run: the first write into a folder removes the temporary files an earlier,
 * interrupted run left there.
 */
public final class AtomicWriter {

	/** What to do when the target is a symbolic link. */
	public enum Links {
		/** Write the file the link points to; the link stays (a user's symlinked source). */
		FOLLOW,
		/**
		 * Replace the link by a file: a link in an output folder must not lead a write out of it
		 * ({@code OutputWriter} confines writes to its folder).
		 */
		REPLACE
	}

	/** Links are followed at most this deep, as the kernel does (ELOOP). */
	private static final int MAX_LINKS = 40;

	private final Instant runStart = Instant.now();
	private final Set<Path> cleaned = new HashSet<>();

	/** Replaces (or creates) {@code target} with {@code content}. */
	public void write(Path target, byte[] content, Links links) throws IOException {
		Path file = links == Links.FOLLOW ? resolveLinks(target.toAbsolutePath()) : target.toAbsolutePath();
		if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileSystemException(file.toString(), null, "is a folder");
		}
		Path folder = file.getParent();
		if (cleaned.add(folder)) {
			TempFiles.removeLeftovers(folder, runStart);
		}
		Path temporary = createTemporary(folder);
		try {
			keepPermissions(file, temporary);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			move(temporary, file);
			forceFolder(folder);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The file a chain of links ends at; a dangling link gives the file it would create. */
	static Path resolveLinks(Path path) throws IOException {
		Path current = path;
		for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
			current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
		}
		if (Files.isSymbolicLink(current)) {
			throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
		}
		return current;
	}

	/** A new empty file with the default permissions (umask), unlike {@code createTempFile}'s 0600. */
	private static Path createTemporary(Path folder) throws IOException {
		while (true) {
			Path candidate = folder.resolve(TempFiles.newName());
			try {
				return Files.createFile(candidate);
			} catch (FileAlreadyExistsException e) {
				// a name taken by chance: draw another
			}
		}
	}

	/** Gives the temporary file the permissions of the file it replaces (POSIX only). */
	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (Files.exists(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
		}
	}

	/** Renames atomically; only a file system that cannot falls back to a plain replacing move. */
	private static void move(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Forces the folder's entry of the new file to disk; not possible on every platform (Windows). */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// a folder cannot be opened or forced here; the rename is still atomic
		}
	}
}
