package fi.seloste.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import fi.seloste.io.AtomicWriter;
import fi.seloste.io.AtomicWriter.Links;
import fi.seloste.io.FaultInjection;
import fi.seloste.io.FolderLock;

/** The one writer of files: links, permissions, leftovers of interrupted runs, the folder lock. */
class AtomicWriterTest {

	@TempDir
	Path dir;

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aFollowedLinkStaysALinkAndItsTargetIsUpdated() throws IOException {
		Path target = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("n.seloste"), "old");
		Path link = Files.createSymbolicLink(dir.resolve("n.seloste"), Path.of("real/n.seloste"));
		new AtomicWriter().write(link, bytes("new"), Links.FOLLOW);
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(Path.of("real/n.seloste"), Files.readSymbolicLink(link));
		assertEquals("new", Files.readString(target));
		assertEquals(List.of("n.seloste"), names(dir.resolve("real")), "no temporary file remains");
	}

	@Test
	void aReplacedLinkBecomesAFileAndItsTargetIsUntouched() throws IOException {
		Path victim = Files.writeString(dir.resolve("victim"), "keep");
		Path link = Files.createSymbolicLink(dir.resolve("out.html"), victim);
		new AtomicWriter().write(link, bytes("new"), Links.REPLACE);
		assertFalse(Files.isSymbolicLink(link));
		assertEquals("new", Files.readString(link));
		assertEquals("keep", Files.readString(victim));
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions only")
	void aReplacedFileKeepsItsPermissions() throws IOException {
		for (String mode : List.of("rw-r--r--", "rw-rw-r--", "rw-r-----")) {
			Path file = Files.writeString(dir.resolve("f" + mode), "old");
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
			new AtomicWriter().write(file, bytes("new"), Links.FOLLOW);
			assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
			assertEquals("new", Files.readString(file));
		}
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions only")
	void aNewFileHonoursTheUmask() throws IOException {
		// what the umask gives a new file (0644 under umask 022), not createTempFile's 0600
		String umasked = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain"))));
		Path file = dir.resolve("new.html");
		new AtomicWriter().write(file, bytes("new"), Links.REPLACE);
		assertEquals(umasked, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		if (umasked.equals("rw-r--r--")) {
			assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "umask 022");
		}
	}

	@Test
	void leftoversOfAnInterruptedRunAreRemovedByTheNextRunAndNothingElse() throws IOException {
		Path leftover = Files.writeString(dir.resolve(".seloste-0123456789abcdef.tmp"), "half");
		Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
		Files.writeString(dir.resolve(".seloste-notes.tmp"), "the user's");
		Files.writeString(dir.resolve("other.tmp"), "the user's");
		new AtomicWriter().write(dir.resolve("a.html"), bytes("new"), Links.REPLACE);
		assertEquals(List.of(".seloste-notes.tmp", "a.html", "other.tmp"), names(dir));
	}

	@Test
	void aFolderTargetIsRefusedAndNothingRemains() throws IOException {
		Files.createDirectory(dir.resolve("a.html"));
		assertThrows(IOException.class, () -> new AtomicWriter().write(dir.resolve("a.html"), bytes("x"), Links.REPLACE));
		assertEquals(List.of("a.html"), names(dir));
	}

	@Test
	void aSecondWriterOfTheFolderIsRefusedWhileTheFirstHoldsTheLock() throws IOException {
		Path out = dir.resolve("out");
		try (FolderLock first = FolderLock.acquire(out)) {
			IOException refused = assertThrows(FolderLock.FolderBusyException.class, () -> FolderLock.acquire(out));
			assertTrue(refused.getMessage().contains("another Seloste run is writing into " + out), refused.getMessage());
		}
		try (FolderLock again = FolderLock.acquire(out)) {
			assertTrue(Files.exists(out.resolve(FolderLock.NAME)), "the lock file stays, empty");
		}
		assertEquals(0, Files.size(out.resolve(FolderLock.NAME)));
	}

	/**
	 * Review of issue 16: NFS without lockd, sshfs and some FUSE mounts refuse file locks; the temporary
	 * file is then written without one instead of every write failing.
	 */
	@Test
	void aFileSystemWithoutLocksStillLetsTheTemporaryFileBeWritten() throws IOException {
		assertNull(AtomicWriter.lockUnlessUnsupported(new LocklessChannel()));
		try (FileChannel channel = FileChannel.open(dir.resolve("t"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			assertNotNull(AtomicWriter.lockUnlessUnsupported(channel), "where the file system has locks, the file is locked");
		}
	}

	/** Review of issue 16: a malformed -Dseloste.faults is ignored, never an exception that disables the writer. */
	@Test
	void aMalformedFaultSpecificationIsIgnored() {
		for (String malformed : List.of("halt", "halt:", "halt:x", "halt:0", "halt:1:2", "fail:1", "fail:1:EWHAT", "fail:x:EIO",
				"boom:1", ":", "1")) {
			assertNull(FaultInjection.fromSpecification(malformed), malformed);
		}
		assertNull(FaultInjection.fromSpecification(" "));
		assertNotNull(FaultInjection.fromSpecification("halt:3"));
		assertNotNull(FaultInjection.fromSpecification(" fail:2:ENOSPC "));
	}

	/** A channel whose file system refuses locks, as {@code FileChannel} reports it ("No locks available"). */
	private static final class LocklessChannel extends FileChannel {

		@Override
		public FileLock tryLock(long position, long size, boolean shared) throws IOException {
			throw new IOException("No locks available");
		}

		@Override
		public FileLock lock(long position, long size, boolean shared) throws IOException {
			throw new IOException("No locks available");
		}

		@Override
		public int read(ByteBuffer dst) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long read(ByteBuffer[] dsts, int offset, int length) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int write(ByteBuffer src) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long write(ByteBuffer[] srcs, int offset, int length) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long position() {
			return 0;
		}

		@Override
		public FileChannel position(long newPosition) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long size() {
			return 0;
		}

		@Override
		public FileChannel truncate(long size) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void force(boolean metaData) {
		}

		@Override
		public long transferTo(long position, long count, WritableByteChannel target) {
			throw new UnsupportedOperationException();
		}

		@Override
		public long transferFrom(ReadableByteChannel src, long position, long count) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int read(ByteBuffer dst, long position) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int write(ByteBuffer src, long position) {
			throw new UnsupportedOperationException();
		}

		@Override
		public MappedByteBuffer map(MapMode mode, long position, long size) {
			throw new UnsupportedOperationException();
		}

		@Override
		protected void implCloseChannel() {
		}
	}
}
