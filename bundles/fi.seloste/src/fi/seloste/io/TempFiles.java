package fi.seloste.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Names of the temporary files {@link AtomicWriter} writes, and the removal of those an interrupted
 * run (a kill, a power loss) left behind. The fixed pattern {@code .seloste-<16 hex>.tmp} makes them
 * recognisable, so that no file of the user is ever taken for one. A writer holds an operating-system
 * lock on its temporary file until the file is renamed or removed; the lock goes with the process, so
 * a locked temporary file belongs to a run still writing (another {@code format} beside the same
 * sources, say) and is left alone, and an unlocked one is a leftover.
 */
public final class TempFiles {

	static final Pattern NAME = Pattern.compile("\\.seloste-[0-9a-f]{16}\\.tmp");

	/**
	 * The temporary files this JVM is writing. They are never probed: closing a probe's channel would
	 * drop this process's lock on the file (POSIX locks belong to the process, not to the channel).
	 */
	static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

	private static final SecureRandom RANDOM = new SecureRandom();

	private TempFiles() {
	}

	static String newName() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return ".seloste-" + HexFormat.of().formatHex(bytes) + ".tmp";
	}

	/**
	 * Removes the temporary files in {@code folder} last modified before {@code before} that no live
	 * run holds locked: files of a run that started later are younger, and those of a run still writing
	 * are locked. A file that cannot be removed stays; cleaning never stops a write.
	 */
	public static void removeLeftovers(Path folder, Instant before) {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
				path -> NAME.matcher(path.getFileName().toString()).matches())) {
			for (Path file : files) {
				try {
					if (!IN_USE.contains(file.toAbsolutePath()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
							&& Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
						removeUnlocked(file);
					}
				} catch (IOException e) {
					// left for a later run
				}
			}
		} catch (IOException e) {
			// the folder cannot be listed: the write that follows reports the real problem
		}
	}

	/**
	 * Removes the file unless a live run holds its lock; a shared lock is held while removing it (read
	 * access suffices: a leftover may carry the read-only mode of the file it was to replace).
	 */
	private static void removeUnlocked(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			FileLock lock;
			try {
				lock = channel.tryLock(0, Long.MAX_VALUE, true);
			} catch (OverlappingFileLockException e) {
				return; // held in this JVM by a writer of another class loader
			}
			if (lock != null) {
				Files.deleteIfExists(file);
			}
		}
	}
}
