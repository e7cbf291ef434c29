package fi.seloste.ide.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import fi.seloste.ide.cli.Problem;
import fi.seloste.ide.cli.SelosteWorkspace;
import fi.seloste.ide.cli.SourceFiles;
import fi.seloste.ide.cli.UsageException;
import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;

/**
 * Loads one side of a comparison of notice versions: a {@code .seloste} file (with its sibling files,
 * as {@code check} reads it), a folder of organisation and notice files, or either as it was at a git
 * revision ({@code REV:PATH}, read with the {@code git} executable into a temporary folder). Each side
 * has its own resource set, so the two versions never link to each other.
 */
public final class VersionSides {

	/**
	 * One side of a comparison.
	 *
	 * @param label how the side is named to the user: the path, or {@code REV:PATH}
	 * @param notices the notices of the requested files by name, in file order
	 * @param problems read, syntax and linking errors of the side's requested files (a file's siblings are
		 *        context only, as in {@code check}): a side with problems is not compared
	 */
	public record Side(String label, Map<String, Notice> notices, List<Problem> problems) {

		public boolean hasErrors() {
			return !problems.isEmpty();
		}
	}

	/**
	 * The requested file or folder did not exist at the revision: a typed outcome, as {@code check --since}
	 * treats such an operand as new (nothing to compare with) rather than as trouble.
	 */
	public static final class MissingAtRevision extends UsageException {
		private static final long serialVersionUID = 1L;

		MissingAtRevision(String message) {
			super(message);
		}
	}

	private VersionSides() {
	}

	/** {@link #load(Injector, String, KeywordLanguage)} with English messages. */
	public static Side load(Injector injector, String operand) throws UsageException {
		return load(injector, operand, KeywordLanguage.ENGLISH);
	}

	/**
	 * A side named on the command line: an existing file or folder, else {@code REV:PATH} (a git
	 * revision of a file or folder, PATH relative to the current folder; {@code REV:} alone is the current
	 * folder). A revision may itself contain colons ({@code HEAD@{2 days ago}}, {@code :/message}): the
	 * operand is split at the first colon, from the left, whose left part git resolves to a commit.
	 */
	public static Side load(Injector injector, String operand, KeywordLanguage language) throws UsageException {
		Path path = Path.of(operand);
		if (Files.exists(path)) {
			return path(injector, path);
		}
		for (int colon = operand.indexOf(':'); colon >= 0; colon = operand.indexOf(':', colon + 1)) {
			String revision = operand.substring(0, colon);
			String rest = operand.substring(colon + 1);
			Path side = Path.of(rest.isEmpty() ? "." : rest);
			if (!revision.isEmpty() && names(revision, side)) {
				return revision(injector, revision, side, language);
			}
		}
		int colon = operand.indexOf(':');
		if (colon > 0) {
			// no split names a commit: report the first one's trouble (no repository, no such revision)
			String rest = operand.substring(colon + 1);
			return revision(injector, operand.substring(0, colon), Path.of(rest.isEmpty() ? "." : rest), language);
		}
		throw new UsageException(Failures.text(language, "diff.noSuchSide", operand));
	}

	/** Whether {@code revision} names a commit of the repository {@code path} is in. */
	private static boolean names(String revision, Path path) {
		try {
			Path folder = existingFolder(path.toAbsolutePath().normalize(), KeywordLanguage.ENGLISH);
			commit(folder, revision, KeywordLanguage.ENGLISH);
			return true;
		} catch (UsageException e) {
			return false;
		}
	}

	/** A file or folder of the working tree. */
	public static Side path(Injector injector, Path path) throws UsageException {
		SourceFiles files = SourceFiles.collect(List.of(path.toString()));
		return read(injector, files, path.toString(), file -> file);
	}

	/** {@link #revision(Injector, String, Path, KeywordLanguage)} with English messages. */
	public static Side revision(Injector injector, String revision, Path path) throws UsageException {
		return revision(injector, revision, path, KeywordLanguage.ENGLISH);
	}

	/**
	 * A file or folder as it was at a git revision; {@link MissingAtRevision} when it did not exist then.
	 * Messages in {@code language}.
	 */
	public static Side revision(Injector injector, String revision, Path path, KeywordLanguage language)
			throws UsageException {
		Path absolute = path.toAbsolutePath().normalize();
		Path root = Path.of(git(existingFolder(absolute, language), language, "rev-parse", "--show-toplevel").strip());
		Path relative = realOrSelf(root).relativize(realOrSelf(absolute));
		String label = revision + ":" + path;
		// the commit's id from here on: "REV:path" would not name a file of every revision (":/message" is a search)
		String commit;
		try {
			commit = commit(root, revision, language);
		} catch (GitCommand.Failed e) {
			throw new UsageException(Failures.text(language, "diff.noSuchRevision", revision, root));
		}
		String inRepository = relative.toString().isEmpty() ? "." : relative.toString().replace('\\', '/');
		String kind = objectType(root, commit, inRepository, language);
		if (kind == null) {
			throw new MissingAtRevision(Failures.text(language, "diff.missingAtRevision", label, revision));
		}
		boolean folder = kind.equals("tree");
		if (!folder && !inRepository.endsWith(SourceFiles.EXTENSION)) {
			throw new UsageException(Failures.text(language, "diff.notSource", label, SourceFiles.EXTENSION));
		}
		// A file brings its sibling files, as in the working tree: list its folder at the revision. The names
		// are read NUL-separated (-z), as git otherwise quotes names with non-ASCII letters (core.quotePath),
		// and the path is literal, as a name may contain [ or *.
		String listed = folder ? inRepository : (relative.getParent() == null ? "." : relative.getParent().toString());
		String listing = git(root, language, folder
				? new String[] { "--literal-pathspecs", "ls-tree", "-r", "-z", "--name-only", commit, "--", listed }
				: new String[] { "--literal-pathspecs", "ls-tree", "-z", "--name-only", commit, "--", listed + "/" });
		List<String> sources = Arrays.stream(listing.split("\0")).filter(name -> name.endsWith(SourceFiles.EXTENSION))
				.toList();
		if (folder && sources.isEmpty()) {
			throw new UsageException(Failures.text(language, "diff.noSourcesAtRevision", label, SourceFiles.EXTENSION,
					revision));
		}
		Path temporary;
		try {
			temporary = Files.createTempDirectory("seloste-diff-");
		} catch (IOException e) {
			throw new UsageException(Failures.text(language, "diff.temporaryFolder", Failures.reason(e, language)));
		}
		try {
			for (String source : sources) {
				Path target = temporary.resolve(source);
				Files.createDirectories(target.getParent());
				Files.write(target, GitCommand.run(root, language, "cat-file", "blob", commit + ":" + source));
			}
			Path requested = temporary.resolve(inRepository).normalize();
			SourceFiles files = SourceFiles.collect(List.of(requested.toString()));
			return read(injector, files, label,
					file -> Path.of(revision + ":" + root.relativize(root.resolve(temporary.relativize(file))).toString()));
		} catch (IOException e) {
			throw new UsageException(Failures.text(language, "diff.temporaryFolder", Failures.reason(e, temporary, language)));
		} finally {
			delete(temporary);
		}
	}

	private interface Naming {
		Path shown(Path file);
	}

	private static Side read(Injector injector, SourceFiles files, String label, Naming naming) throws UsageException {
		SelosteWorkspace workspace = SelosteWorkspace.load(injector, files);
		List<Problem> problems = new ArrayList<>();
		workspace.readProblems().stream().filter(p -> files.requested().contains(p.file())).forEach(p -> problems.add(new Problem(naming.shown(p.file()), p.line(), p.column(),
				p.severity(), p.code(), p.message())));
		Map<String, Notice> notices = new LinkedHashMap<>();
		for (Path file : files.context()) {
			XtextResource resource = workspace.resource(file);
			if (resource == null) {
				continue;
			}
			if (!files.requested().contains(file)) {
				// a sibling loaded only so that references resolve: its own errors are its own (as in check);
				// a reference of a requested file that it breaks is an error of that file
				continue;
			}
			for (Resource.Diagnostic error : resource.getErrors()) {
				problems.add(new Problem(naming.shown(file), Math.max(1, error.getLine()), Math.max(1, error.getColumn()),
						Problem.Severity.ERROR, null, error.getMessage()));
			}
			if (!resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof SelosteFile source) {
				source.getElements().stream().filter(Notice.class::isInstance).map(Notice.class::cast)
						.filter(n -> n.getName() != null).forEach(n -> notices.putIfAbsent(n.getName(), n));
			}
		}
		problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line));
		return new Side(label, notices, List.copyOf(problems));
	}

	// ------------------------------------------------------------------ git

	/**
	 * The id of the commit {@code revision} names. Resolved, then peeled: {@code :/message^{commit}} would be
	 * searched for as a message.
	 */
	private static String commit(Path folder, String revision, KeywordLanguage language) throws UsageException {
		String object = git(folder, language, "rev-parse", "--verify", "--quiet", "--end-of-options", revision).strip();
		return git(folder, language, "rev-parse", "--verify", "--quiet", object + "^{commit}").strip();
	}

	private static String objectType(Path root, String revision, String path, KeywordLanguage language)
			throws UsageException {
		try {
			return git(root, language, "cat-file", "-t", revision + ":" + (path.equals(".") ? "" : path)).strip();
		} catch (GitCommand.Failed e) {
			return null;
		}
	}

	private static Path existingFolder(Path path, KeywordLanguage language) throws UsageException {
		Path folder = Files.isDirectory(path) ? path : path.getParent();
		while (folder != null && !Files.isDirectory(folder)) {
			folder = folder.getParent();
		}
		if (folder == null) {
			throw new UsageException(Failures.text(language, "git.notInRepository", path));
		}
		return folder;
	}

	private static Path realOrSelf(Path path) {
		// the repository root is a real path; resolve links of the part that exists
		Path existing = path;
		Path rest = Path.of("");
		while (existing != null && !Files.exists(existing)) {
			rest = existing.getFileName().resolve(rest);
			existing = existing.getParent();
		}
		try {
			return existing == null ? path : existing.toRealPath().resolve(rest).normalize();
		} catch (IOException e) {
			return path;
		}
	}

	private static String git(Path folder, KeywordLanguage language, String... arguments) throws UsageException {
		return new String(GitCommand.run(folder, language, arguments), StandardCharsets.UTF_8);
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover temporary folder is harmless
		}
	}
}
