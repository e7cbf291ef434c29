package fi.seloste.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
 * One writer serves one run: the first write into a folder (or {@link #removeLeftoversIn}, which a run
 * calls before it writes anything) removes the temporary files an earlier, interrupted run left there;
 * a run's temporary file is locked while it exists, so that no other run takes it for a leftover. A
 * failure is a {@link WriteFailure}: the file the user knows, the reason in words. {@link FaultInjection}
 * is the tests' way in between the steps.
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

	/**
	 * Asked just before the rename whether the target still holds what the caller read: a source that
	 * another program (an editor, a second run) saved meanwhile is not overwritten.
	 */
	@FunctionalInterface
	public interface Unchanged {
		boolean holds(Path file) throws IOException;
	}

	/** Links are followed at most this deep, as the kernel does (ELOOP). */
	private static final int MAX_LINKS = 40;

	private final Instant runStart = Instant.now();
	private final Set<Path> cleaned = new HashSet<>();

	/** Replaces (or creates) {@code target} with {@code content}. */
	public void write(Path target, byte[] content, Links links) throws WriteFailure {
		write(target, content, links, null);
	}

	/**
	 * Replaces (or creates) {@code target} with {@code content}, if {@code unchanged} (when given) says the
	 * target still holds what the caller read. A failure names the file the user knows (never the
	 * temporary file) and the reason, and leaves the target as it was and no temporary file behind.
	 */
	public void write(Path target, byte[] content, Links links, Unchanged unchanged) throws WriteFailure {
		Path file;
		try {
			file = links == Links.FOLLOW ? resolveLinks(target.toAbsolutePath()) : target.toAbsolutePath();
		} catch (IOException e) {
			throw WriteFailure.ofFile(target, true, e);
		}
		boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
		if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
			throw WriteFailure.withReason(WriteFailure.Kind.FILE, file, "reason.folder");
		}
		if (existed && links == Links.FOLLOW && !Files.isWritable(file)) {
			// a file its owner made read-only is theirs to unlock: the rename would replace it anyway
			throw WriteFailure.withReason(WriteFailure.Kind.FILE, file, "reason.readOnlyFile");
		}
		try {
			replace(file, content, unchanged);
		} catch (IOException e) {
			throw WriteFailure.ofFile(file, existed, e);
		}
	}

	/**
	 * Removes the leftovers of an interrupted run in the folder {@code file} is written into (once per
	 * writer): a run calls it for every folder it may write, before its first write, so that even a run
	 * that ends up writing nothing there leaves no leftover.
	 */
	public void removeLeftoversBeside(Path file, Links links) {
		try {
			Path resolved = links == Links.FOLLOW ? resolveLinks(file.toAbsolutePath()) : file.toAbsolutePath();
			removeLeftoversIn(resolved.getParent());
		} catch (IOException e) {
			// the write that may follow reports the real problem
		}
	}

	/** Removes the leftovers of an interrupted run in {@code folder} (once per writer). */
	public void removeLeftoversIn(Path folder) {
		if (cleaned.add(folder.toAbsolutePath())) {
			TempFiles.removeLeftovers(folder, runStart);
		}
	}

	private void replace(Path file, byte[] content, Unchanged unchanged) throws IOException {
		Path folder = file.getParent();
		removeLeftoversIn(folder);
		Path temporary = createTemporary(folder);
		boolean renamed = false;
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			// held until the file is renamed or removed: a cleaning run leaves a locked file alone
			lockUnlessUnsupported(channel);
			TempFiles.IN_USE.add(temporary);
			try {
				FaultInjection.after(FaultInjection.Step.CREATED, file, temporary);
				keepPermissions(file, temporary);
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				FaultInjection.after(FaultInjection.Step.WRITTEN, file, temporary);
				channel.force(true);
				FaultInjection.after(FaultInjection.Step.SYNCED, file, temporary);
				if (unchanged != null && !unchanged.holds(file)) {
					throw WriteFailure.withReason(WriteFailure.Kind.CHANGED, file, null);
				}
				move(temporary, file);
				renamed = true;
				FaultInjection.after(FaultInjection.Step.RENAMED, file, temporary);
				forceFolder(folder);
				FaultInjection.after(FaultInjection.Step.FOLDER_SYNCED, file, temporary);
			} finally {
				if (!renamed) {
					Files.deleteIfExists(temporary);
				}
			}
		} catch (IOException | RuntimeException e) {
			if (!renamed) {
				Files.deleteIfExists(temporary);
			}
			throw e;
		} finally {
			TempFiles.IN_USE.remove(temporary);
		}
	}

	/**
	 * Locks a new temporary file where the file system can. NFS without lockd, sshfs and some FUSE mounts
	 * refuse locks ("No locks available"): the write goes on without one. The file is new and named at
	 * random; within this JVM the guard {@link TempFiles#IN_USE} still keeps a cleaning run off it, and
	 * another process's cleaning run cannot lock it on such a file system either, so it leaves it alone.
	 *
	 * @return the lock, or {@code null} when the file system has none
	 */
	public static FileLock lockUnlessUnsupported(FileChannel channel) {
		try {
			return channel.tryLock();
		} catch (IOException e) {
			return null;
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
			Path candidate = folder.resolve(TempFiles.newName()).toAbsolutePath();
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
