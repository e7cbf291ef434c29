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

	/** Creates the folder if needed and locks it, or fails at once when another run holds it. */
	public static FolderLock acquire(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path file = folder.resolve(NAME);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}

	/** Another run is writing into the folder. */
	public static final class FolderBusyException extends IOException {

		private static final long serialVersionUID = 1L;

		FolderBusyException(Path folder) {
			super("another Seloste run is writing into " + folder + " (it holds " + folder.resolve(NAME)
					+ "); try again when it has finished");
		}
	}
}
