package fi.seloste.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Names of the temporary files {@link AtomicWriter} writes, and the removal of those an interrupted
 * run (a kill, a power loss) left behind. The fixed pattern {@code .seloste-<16 hex>.tmp} makes them
 * recognisable, so that no file of the user is ever taken for one.
 */
public final class TempFiles {

	static final Pattern NAME = Pattern.compile("\\.seloste-[0-9a-f]{16}\\.tmp");

	private static final SecureRandom RANDOM = new SecureRandom();

	private TempFiles() {
	}

	static String newName() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return ".seloste-" + HexFormat.of().formatHex(bytes) + ".tmp";
	}

	/**
	 * Removes the temporary files in {@code folder} last modified before {@code before}: a run's own
	 * and a concurrent run's files are younger. A file that cannot be removed stays; cleaning never
	 * stops a write.
	 */
	public static void removeLeftovers(Path folder, Instant before) {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
				path -> NAME.matcher(path.getFileName().toString()).matches())) {
			for (Path file : files) {
				try {
					if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
							&& Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
						Files.deleteIfExists(file);
					}
				} catch (IOException e) {
					// left for a later run
				}
			}
		} catch (IOException e) {
			// the folder cannot be listed: the write that follows reports the real problem
		}
	}
}
