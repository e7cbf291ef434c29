package fi.seloste.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;

/**
 * Issue 16: I/O errors printed the path twice and never the reason ("cannot write into /x/afile: /x/afile"),
 * or a Java class name ("cannot read the folder (java.nio.file.AccessDeniedException: …)"). The one wording
 * of a failure ({@link Failures}): the reason in words, in Finnish or English, never a path or a Java name.
 */
class FailuresTest {

	private static final KeywordLanguage EN = KeywordLanguage.ENGLISH;
	private static final KeywordLanguage FI = KeywordLanguage.FINNISH;

	@Test
	void theReasonIsInWordsWithoutThePath() {
		assertEquals("permission denied", Failures.reason(new AccessDeniedException("/x/locked"), EN));
		assertEquals("ei käyttöoikeutta", Failures.reason(new AccessDeniedException("/x/locked"), FI));
		assertEquals("no such file or folder", Failures.reason(new NoSuchFileException("/x/y"), EN));
		assertEquals("a file of that name is in the way", Failures.reason(new FileAlreadyExistsException("/x/afile"), EN));
		assertEquals("the name is too long for the file system",
				Failures.reason(new FileSystemException("/x/" + "n".repeat(300), null, "File name too long"), EN));
		assertEquals("nimi on tiedostojärjestelmälle liian pitkä",
				Failures.reason(new FileSystemException("/x/n", null, "File name too long"), FI));
		assertEquals("not a folder", Failures.reason(new FileSystemException("/x/afile/y", null, "Not a directory"), EN));
		assertEquals("no space left on the disk", Failures.reason(new FileSystemException("/x", null, "No space left on device"), EN));
		assertEquals("the file system is read-only", Failures.reason(new FileSystemException("/x", null, "Read-only file system"), EN));
		assertEquals("input/output error of the disk",
				Failures.reason(new FileSystemException("/proc/self/mem", null, "Input/output error"), EN));
		// java.io puts the system's reason after the path
		assertEquals("permission denied", Failures.reason(new FileNotFoundException("/x/y (Permission denied)"), EN));
		assertEquals("permission denied", Failures.reason(new UncheckedIOException(new AccessDeniedException("/x")), EN));
	}

	@Test
	void aReasonNotKnownIsSaidInGeneralWordsNeverAsJavasMessage() {
		assertEquals("the file system refused it", Failures.reason(new IOException("java.lang.Whatever: /x/y"), EN));
		assertEquals("tiedostojärjestelmä ei sallinut sitä", Failures.reason(new IOException(), FI));
	}

	@Test
	void aFolderAboveTheTargetThatFailedIsNamedOnceATempFileInsideItNot() {
		Path out = Path.of("/x/locked/out");
		assertEquals("permission denied (/x/locked)", Failures.reason(new AccessDeniedException("/x/locked"), out, EN));
		assertEquals("permission denied", Failures.reason(new AccessDeniedException("/x/locked/out/.a.html.tmp"), out, EN));
		assertEquals("permission denied", Failures.reason(new AccessDeniedException("/x/locked/out"), out, EN));
	}

	@Test
	void anInternalErrorSaysSoWithoutTheException() {
		assertEquals("internal error (please report it)", Failures.internalError(EN));
		assertEquals("sisäinen virhe (ilmoitathan siitä)", Failures.internalError(FI));
	}
}
