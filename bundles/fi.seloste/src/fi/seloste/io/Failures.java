package fi.seloste.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import fi.seloste.keywords.KeywordLanguage;

/**
 * The one wording of a failure that a user sees, for every tool (the command line, the language server,
 * the Maven plugin and the Eclipse builder): a file-system failure as its reason in the user's words,
 * never Java's message (often only the path again) or an exception's class; an unexpected failure as an
 * internal error, never a stack trace or an object's {@code toString()}.
 */
public final class Failures {

	private static final String BUNDLE = "fi.seloste.io.failures";

	/** The operating system's reasons (strerror texts, as Java passes them on), by the key of their wording. */
	private static final Map<String, String> SYSTEM_REASONS = Map.ofEntries(Map.entry("Permission denied", "permission"),
			Map.entry("Operation not permitted", "permission"), Map.entry("No such file or directory", "missing"),
			Map.entry("Not a directory", "notFolder"), Map.entry("Is a directory", "folder"),
			Map.entry("is a folder", "folder"), Map.entry("File name too long", "nameTooLong"),
			Map.entry("No space left on device", "noSpace"), Map.entry("Disk quota exceeded", "quota"),
			Map.entry("Read-only file system", "readOnly"), Map.entry("Input/output error", "io"),
			Map.entry("Too many levels of symbolic links", "loop"), Map.entry("File exists", "exists"),
			Map.entry("Directory not empty", "notEmpty"));

	private Failures() {
	}

	/** Why a file operation failed, in words ("permission denied"), without a path or a Java name. */
	public static String reason(IOException failure, KeywordLanguage language) {
		return text(language, "reason." + reasonKey(failure));
	}

	/**
	 * The reason, followed by the file it concerns when that is not {@code target} itself or a file inside it
	 * (a folder above the target that cannot be entered, say): the target is already named by the caller.
	 */
	public static String reason(IOException failure, Path target, KeywordLanguage language) {
		String reason = reason(failure, language);
		if (failure instanceof FileSystemException fs && fs.getFile() != null && target != null) {
			Path failed = Path.of(fs.getFile()).toAbsolutePath().normalize();
			Path named = target.toAbsolutePath().normalize();
			if (!failed.startsWith(named)) {
				return reason + " (" + fi.seloste.model.VisibleText.of(fs.getFile()) + ")";
			}
		}
		return reason;
	}

	/** The reason of an {@link UncheckedIOException}, as {@link #reason(IOException, KeywordLanguage)}. */
	public static String reason(UncheckedIOException failure, KeywordLanguage language) {
		return reason(failure.getCause(), language);
	}

	/** "internal error (please report it)": what a user is told of a failure Seloste did not expect. */
	public static String internalError(KeywordLanguage language) {
		return text(language, "internalError");
	}

	/** A text of the failures' bundle in the language, e.g. {@code check.internalError}. */
	public static String text(KeywordLanguage language, String key, Object... arguments) {
		Locale locale = language == KeywordLanguage.FINNISH ? Locale.of("fi") : Locale.ROOT;
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Failures.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
	}

	/** The key of the reason that has no words of its own. */
	static final String OTHER = "other";

	/** The key of a failure's reason ({@code reason.KEY} in the bundle), {@link #OTHER} when Seloste has no words for it. */
	static String reasonKey(IOException failure) {
		if (failure instanceof AccessDeniedException) {
			return "permission";
		}
		if (failure instanceof NoSuchFileException) {
			return "missing";
		}
		if (failure instanceof NotDirectoryException) {
			return "notFolder";
		}
		if (failure instanceof FileAlreadyExistsException) {
			return "exists";
		}
		if (failure instanceof DirectoryNotEmptyException) {
			return "notEmpty";
		}
		if (failure instanceof FileSystemLoopException) {
			return "loop";
		}
		if (failure instanceof FileSystemException fs && fs.getReason() != null) {
			String key = SYSTEM_REASONS.get(fs.getReason().strip());
			return key == null ? OTHER : key;
		}
		String message = failure.getMessage();
		if (message != null) {
			// java.io reports the system's reason at the end of its message: "/x/y (Permission denied)"
			for (Map.Entry<String, String> reason : SYSTEM_REASONS.entrySet()) {
				if (message.endsWith("(" + reason.getKey() + ")") || message.endsWith(": " + reason.getKey())
						|| message.equals(reason.getKey())) {
					return reason.getValue();
				}
			}
		}
		return OTHER;
	}
}
