package fi.seloste.ide.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;

/**
 * Finds the {@code .seloste} files named on the command line, and the files they may refer to.
 * A folder stands for all files below it; a file brings its sibling files along as context, as an
 * IDE project would, so that a notice can be checked on its own while its organisation file links.
 */
public final class SourceFiles {

	public static final String EXTENSION = ".seloste";

	private final List<Path> requested;
	private final List<Path> context;

	private SourceFiles(List<Path> requested, List<Path> context) {
		this.requested = requested;
		this.context = context;
	}

	/** The files whose problems are reported, in a stable order. */
	public List<Path> requested() {
		return requested;
	}

	/** The requested files plus the files loaded only so that references resolve. */
	public List<Path> context() {
		return context;
	}

	/**
	 * Files chosen by the caller (the Maven plugin's includes and excludes): {@code requested} are checked,
	 * {@code context} (which should contain them) is loaded so that references resolve.
	 */
	public static SourceFiles of(List<Path> requested, List<Path> context) {
		Set<Path> all = new LinkedHashSet<>(requested);
		all.addAll(context);
		return new SourceFiles(List.copyOf(requested), List.copyOf(all));
	}

	public static SourceFiles collect(List<String> arguments) throws UsageException {
		return collect(arguments, null);
	}

	/** As {@link #collect(List)}, a folder that cannot be read told in {@code language} (English when {@code null}). */
	public static SourceFiles collect(List<String> arguments, KeywordLanguage language) throws UsageException {
		if (arguments.isEmpty()) {
			throw new UsageException("no file or folder given");
		}
		Set<Path> requested = new LinkedHashSet<>();
		Set<Path> context = new LinkedHashSet<>();
		for (String argument : arguments) {
			Path path = Path.of(argument).normalize();
			if (Files.isDirectory(path)) {
				List<Path> found = walk(path, language);
				if (found.isEmpty()) {
					throw new UsageException(argument + ": the folder contains no " + EXTENSION + " files");
				}
				requested.addAll(found);
				context.addAll(found);
			} else if (Files.isRegularFile(path)) {
				if (!path.getFileName().toString().endsWith(EXTENSION)) {
					throw new UsageException(argument + ": not a " + EXTENSION + " file");
				}
				requested.add(path);
				context.add(path);
				context.addAll(siblings(path, language));
			} else {
				throw new UsageException(argument + ": no such file or folder");
			}
		}
		return new SourceFiles(List.copyOf(requested), List.copyOf(context));
	}

	private static List<Path> walk(Path folder, KeywordLanguage language) throws UsageException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(SourceFiles::isSource).sorted().toList();
		} catch (IOException e) {
			throw unreadable(folder, e, language);
		} catch (UncheckedIOException e) {
			throw unreadable(folder, e.getCause(), language);
		}
	}

	/** The folder that failed (the one named, or one below it) once, and the reason in words. */
	private static UsageException unreadable(Path folder, IOException e, KeywordLanguage language) {
		KeywordLanguage shown = language == null ? KeywordLanguage.ENGLISH : language;
		Object failed = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : folder;
		return new UsageException(Failures.text(shown, "read.folder", failed, Failures.reason(e, shown)));
	}

	private static List<Path> siblings(Path file, KeywordLanguage language) throws UsageException {
		Path folder = file.toAbsolutePath().getParent();
		List<Path> result = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			Path relativeFolder = file.getParent();
			files.filter(SourceFiles::isSource).sorted().forEach(sibling -> result
					.add(relativeFolder == null ? sibling.getFileName() : relativeFolder.resolve(sibling.getFileName())));
		} catch (IOException e) {
			throw unreadable(folder, e, language);
		} catch (UncheckedIOException e) {
			throw unreadable(folder, e.getCause(), language);
		}
		return result;
	}

	private static boolean isSource(Path path) {
		return Files.isRegularFile(path) && path.getFileName().toString().endsWith(EXTENSION);
	}
}
