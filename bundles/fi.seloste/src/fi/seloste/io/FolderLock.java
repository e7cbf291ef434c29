package fi.seloste.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Stops two runs writing one output folder at once: a run holds an operating-system lock on the empty
 * file {@value #NAME} in the folder while it writes. The lock goes with the process, so a killed run
 * never leaves the folder locked. The file is left in place, empty: removing it would let a third run
 * create a new file and lock it while a second still holds the removed one, and both would write.
 */
public final class FolderLock implements AutoCloseable {

	public static final String NAME = ".seloste.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private FolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Creates the folder if needed and locks it, or fails at once when another run holds it. A failure
	 * is a {@link WriteFailure} naming the folder and the reason (a file in its place, no permission).
	 */
	public static FolderLock acquire(Path folder) throws WriteFailure {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw WriteFailure.withReason(WriteFailure.Kind.FOLDER, folder, "reason.isAFile");
		}
		FileChannel channel;
		try {
			Files.createDirectories(folder);
			channel = FileChannel.open(folder.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw WriteFailure.ofFolder(folder, e);
		}
		try {
			return lock(folder, channel);
		} catch (IOException e) {
			throw WriteFailure.ofFolder(folder, e);
		}
	}

	private static FolderLock lock(Path folder, FileChannel channel) throws IOException {
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null; // held by this very process (another run in the same JVM, e.g. a Maven build)
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
		if (lock == null) {
			channel.close();
			throw new FolderBusyException(folder);
		}
		return new FolderLock(channel, lock);
	}

	/** Releases the lock; a failure to release is not reported: the lock goes with the process anyway. */
	@Override
	public void close() {
		try (channel) {
			lock.release();
		} catch (IOException e) {
			// released when the process ends
		}
	}

	/** Another run is writing into the folder. */
	public static final class FolderBusyException extends WriteFailure {

		private static final long serialVersionUID = 1L;

		FolderBusyException(Path folder) {
			super(Kind.BUSY, folder, null, null);
		}
	}
}
