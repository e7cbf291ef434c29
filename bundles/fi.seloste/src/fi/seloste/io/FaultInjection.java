package fi.seloste.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import fi.seloste.model.VisibleText;

/**
 * The test seam of {@link AtomicWriter}: a hook called after each step of each write, numbered from 1
 * across the process, so that a test can stop a run at every point of its writes. Unset (the normal
 * case) it costs one read of a field. A test of the command line sets it with the system property
 * {@value #PROPERTY}:
 * <ul>
 * <li>{@code halt:K} halts the JVM after step K ({@link Runtime#halt}, status {@value #HALT_STATUS}): no
 * shutdown hook, no {@code finally}, as {@code kill -9} leaves a process;
 * <li>{@code fail:K:ERRNO} makes step K fail as the operating system would ({@code ENOSPC} a full disk,
 * {@code EDQUOT}, {@code EACCES}, {@code EROFS}, {@code EIO}).
 * </ul>
 * An in-process test installs a hook with {@link #install}.
 */
public final class FaultInjection {

	/** The steps of one write, in order. */
	public enum Step {
		/** The temporary file exists (empty) and is locked. */
		CREATED,
		/** The content is in the temporary file. */
		WRITTEN,
		/** The temporary file is forced to disk. */
		SYNCED,
		/** The temporary file is renamed over the target. */
		RENAMED,
		/** The folder's entry is forced to disk. */
		FOLDER_SYNCED
	}

	/** What a test does after a step; {@code number} counts the steps of the process from 1. */
	@FunctionalInterface
	public interface Hook {
		void after(Step step, Path target, Path temporary, int number) throws IOException;
	}

	public static final String PROPERTY = "seloste.faults";

	/** The exit status of a halted run: that of a process killed by signal 9. */
	public static final int HALT_STATUS = 137;

	private static final AtomicInteger STEPS = new AtomicInteger();

	/** The operating-system errors {@link #failure} knows. */
	private static final Set<String> ERRNOS = Set.of("EACCES", "ENOSPC", "EDQUOT", "EROFS", "EIO");

	private static volatile Hook hook = fromProperty();

	private FaultInjection() {
	}

	/** Installs a hook ({@code null}: none) and counts the steps from 1 again. */
	public static void install(Hook newHook) {
		STEPS.set(0);
		hook = newHook;
	}

	/** The steps counted since the hook was installed (only counted while one is). */
	public static int steps() {
		return STEPS.get();
	}

	static void after(Step step, Path target, Path temporary) throws IOException {
		Hook current = hook;
		if (current != null) {
			current.after(step, target, temporary, STEPS.incrementAndGet());
		}
	}

	/**
	 * The hook the system property describes. The property is read in production code: a malformed value
	 * (a typo in a test's command line, or a stray {@code -D}) is ignored with one warning on standard
	 * error, never an exception, which would leave {@link AtomicWriter} unusable for the whole run.
	 */
	private static Hook fromProperty() {
		String specification = System.getProperty(PROPERTY);
		Hook parsed = fromSpecification(specification);
		if (parsed == null && specification != null && !specification.isBlank()) {
			System.err.println("seloste: ignored -D" + PROPERTY + "=" + VisibleText.of(specification)
					+ " (halt:K or fail:K:ERRNO)");
		}
		return parsed;
	}

	/**
	 * The hook a specification of {@value #PROPERTY} describes: {@code halt:K} or {@code fail:K:ERRNO}
	 * with K a positive step number and ERRNO one {@link #failure} knows; {@code null} for none and for a
	 * malformed specification.
	 */
	public static Hook fromSpecification(String specification) {
		if (specification == null || specification.isBlank()) {
			return null;
		}
		String[] parts = specification.strip().split(":", -1);
		int at;
		try {
			at = Integer.parseInt(parts.length > 1 ? parts[1] : "");
		} catch (NumberFormatException e) {
			return null;
		}
		if (at < 1) {
			return null;
		}
		if (parts[0].equals("halt") && parts.length == 2) {
			return (step, target, temporary, number) -> {
				if (number == at) {
					Runtime.getRuntime().halt(HALT_STATUS);
				}
			};
		}
		if (parts[0].equals("fail") && parts.length == 3 && ERRNOS.contains(parts[2])) {
			String errno = parts[2];
			return (step, target, temporary, number) -> {
				if (number == at) {
					throw failure(errno, temporary);
				}
			};
		}
		return null;
	}

	/** The exception Java gives for an operating-system error on {@code file}. */
	public static IOException failure(String errno, Path file) {
		String name = file.toString();
		return switch (errno) {
			case "EACCES" -> new AccessDeniedException(name);
			case "ENOSPC" -> new FileSystemException(name, null, "No space left on device");
			case "EDQUOT" -> new FileSystemException(name, null, "Disk quota exceeded");
			case "EROFS" -> new FileSystemException(name, null, "Read-only file system");
			case "EIO" -> new FileSystemException(name, null, "Input/output error");
			default -> throw new IllegalArgumentException("unknown errno " + errno);
		};
	}
}
