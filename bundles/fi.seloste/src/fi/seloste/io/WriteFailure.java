package fi.seloste.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import fi.seloste.keywords.KeywordLanguage;

/**
 * A write that did not happen, said as a user reads it: which file or folder, the reason in words (not
 * a Java exception, not the path again, never the temporary file's name), and what became of the file.
 * The message is in Finnish or English ({@link #message}); {@link #getMessage()} is the English one.
 */
public class WriteFailure extends IOException {

	private static final long serialVersionUID = 1L;

	/** What could not be written. */
	public enum Kind {
		/** An existing file; it keeps its content. */
		FILE("write.file"),
		/** A file that did not exist; it was not created. */
		NEW_FILE("write.newFile"),
		/** A folder: nothing was written into it. */
		FOLDER("write.folder"),
		/** A source that changed on disk after the run read it; it was not overwritten. */
		CHANGED("write.changed"),
		/** A folder another run is writing into ({@link FolderLock}). */
		BUSY("write.busy");

		private final String key;

		Kind(String key) {
			this.key = key;
		}
	}

	private final Kind kind;
	private final Path path;
	/** The key of a reason in the bundle, or {@code null} when {@link #osReason} is all there is. */
	private final String reasonKey;
	private final String osReason;

	WriteFailure(Kind kind, Path path, String reasonKey, String osReason) {
		super(format(kind, path, reasonKey, osReason, KeywordLanguage.ENGLISH));
		this.kind = kind;
		this.path = path;
		this.reasonKey = reasonKey;
		this.osReason = osReason;
	}

	/** The failure of a write of {@code file} (an existing file when {@code existed}). */
	public static WriteFailure ofFile(Path file, boolean existed, IOException cause) {
		if (cause instanceof WriteFailure failure) {
			return failure;
		}
		WriteFailure failure = reasoned(existed ? Kind.FILE : Kind.NEW_FILE, file, cause);
		failure.initCause(cause);
		return failure;
	}

	/** The failure of a write into {@code folder} (creating it, say). */
	public static WriteFailure ofFolder(Path folder, IOException cause) {
		if (cause instanceof WriteFailure failure) {
			return failure;
		}
		WriteFailure failure = reasoned(Kind.FOLDER, folder, cause);
		failure.initCause(cause);
		return failure;
	}

	static WriteFailure withReason(Kind kind, Path path, String reasonKey) {
		return new WriteFailure(kind, path, reasonKey, null);
	}

	private static WriteFailure reasoned(Kind kind, Path path, IOException cause) {
		String key = Failures.reasonKey(cause);
		// a reason Seloste has no words for: the operating system's own, never Java's message (the path again)
		String osReason = !key.equals(Failures.OTHER) || !(cause instanceof FileSystemException fs) || fs.getReason() == null
				? null
				: fs.getReason();
		return new WriteFailure(kind, path, osReason == null ? "reason." + key : null, osReason);
	}

	public Kind kind() {
		return kind;
	}

	/** The file or folder the user knows (a link's target when the link was followed). */
	public Path path() {
		return path;
	}

	/** The whole message, in Finnish or in English. */
	public String message(KeywordLanguage language) {
		return format(kind, path, reasonKey, osReason, language);
	}

	/** The reason alone, in Finnish or in English ({@code ""} when the kind says it all). */
	public String reason(KeywordLanguage language) {
		return reasonKey != null ? Failures.text(language, reasonKey) : osReason == null ? "" : osReason;
	}

	private static String format(Kind kind, Path path, String reasonKey, String osReason, KeywordLanguage language) {
		String reason = reasonKey != null ? Failures.text(language, reasonKey) : osReason == null ? "" : osReason;
		Object second = kind == Kind.BUSY ? path.resolve(FolderLock.NAME).toString() : reason;
		return Failures.text(language, kind.key, path.toString(), second);
	}
}
