package fi.seloste.ide.diff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import fi.seloste.ide.cli.Problem;
import fi.seloste.ide.cli.SelosteWorkspace;
import fi.seloste.ide.cli.SourceFiles;
import fi.seloste.ide.cli.UsageException;
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

	private VersionSides() {
	}

	/**
	 * A side named on the command line: an existing file or folder, else {@code REV:PATH} (a git
	 * revision of a file or folder, PATH relative to the current folder; {@code REV:} alone is the current folder).
	 */
	public static Side load(Injector injector, String operand) throws UsageException {
		Path path = Path.of(operand);
		if (Files.exists(path)) {
			return path(injector, path);
		}
		int colon = operand.indexOf(':');
		if (colon > 0) {
			String rest = operand.substring(colon + 1);
			return revision(injector, operand.substring(0, colon), Path.of(rest.isEmpty() ? "." : rest));
		}
		throw new UsageException(operand + ": no such file or folder (a git revision is written REV:PATH)");
	}

	/** A file or folder of the working tree. */
	public static Side path(Injector injector, Path path) throws UsageException {
		SourceFiles files = SourceFiles.collect(List.of(path.toString()));
		return read(injector, files, path.toString(), file -> file);
	}

	/** A file or folder as it was at a git revision. */
	public static Side revision(Injector injector, String revision, Path path) throws UsageException {
		Path absolute = path.toAbsolutePath().normalize();
		Path root = Path.of(git(existingFolder(absolute), "rev-parse", "--show-toplevel").strip());
		Path relative = realOrSelf(root).relativize(realOrSelf(absolute));
		String label = revision + ":" + path;
		try {
			git(root, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
		} catch (UsageException e) {
			throw new UsageException(revision + ": no such revision in the git repository " + root);
		}
		String inRepository = relative.toString().isEmpty() ? "." : relative.toString().replace('\\', '/');
		String kind = objectType(root, revision, inRepository);
		if (kind == null) {
			throw new UsageException(label + ": no such file or folder at revision " + revision);
		}
		boolean folder = kind.equals("tree");
		if (!folder && !inRepository.endsWith(SourceFiles.EXTENSION)) {
			throw new UsageException(label + ": not a " + SourceFiles.EXTENSION + " file");
		}
		// A file brings its sibling files, as in the working tree: list its folder at the revision.
		String listed = folder ? inRepository : (relative.getParent() == null ? "." : relative.getParent().toString());
		List<String> sources = git(root, folder ? new String[] { "ls-tree", "-r", "--name-only", revision, "--", listed }
				: new String[] { "ls-tree", "--name-only", revision, "--", listed + "/" }).lines()
				.filter(name -> name.endsWith(SourceFiles.EXTENSION)).toList();
		if (folder && sources.isEmpty()) {
			throw new UsageException(label + ": the folder contains no " + SourceFiles.EXTENSION + " files at revision "
					+ revision);
		}
		Path temporary;
		try {
			temporary = Files.createTempDirectory("seloste-diff-");
		} catch (IOException e) {
			throw new UsageException("cannot create a temporary folder (" + e.getMessage() + ")");
		}
		try {
			for (String source : sources) {
				Path target = temporary.resolve(source);
				Files.createDirectories(target.getParent());
				Files.write(target, gitBytes(root, "show", revision + ":" + source));
			}
			Path requested = temporary.resolve(inRepository).normalize();
			SourceFiles files = SourceFiles.collect(List.of(requested.toString()));
			return read(injector, files, label,
					file -> Path.of(revision + ":" + root.relativize(root.resolve(temporary.relativize(file))).toString()));
		} catch (IOException e) {
			throw new UsageException("cannot write a temporary folder (" + e.getMessage() + ")");
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

	private static String objectType(Path root, String revision, String path) throws UsageException {
		try {
			return git(root, "cat-file", "-t", revision + ":" + (path.equals(".") ? "" : path)).strip();
		} catch (UsageException e) {
			return null;
		}
	}

	private static Path existingFolder(Path path) throws UsageException {
		Path folder = Files.isDirectory(path) ? path : path.getParent();
		while (folder != null && !Files.isDirectory(folder)) {
			folder = folder.getParent();
		}
		if (folder == null) {
			throw new UsageException(path + ": not in a git repository");
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

	private static String git(Path folder, String... arguments) throws UsageException {
		return new String(gitBytes(folder, arguments), StandardCharsets.UTF_8);
	}

	private static byte[] gitBytes(Path folder, String... arguments) throws UsageException {
		List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
		command.addAll(List.of(arguments));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
		} catch (IOException e) {
			throw new UsageException("cannot run git (" + e.getMessage() + "): a git revision needs the git executable");
		}
		try (InputStream output = process.getInputStream(); InputStream errors = process.getErrorStream()) {
			process.getOutputStream().close();
			byte[] bytes = output.readAllBytes();
			String error = new String(errors.readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				if (error.contains("not a git repository")) {
					throw new UsageException(folder + ": not in a git repository");
				}
				throw new UsageException("git " + String.join(" ", arguments) + ": "
						+ (error.isEmpty() ? "failed" : error.lines().findFirst().orElse("failed")));
			}
			return bytes;
		} catch (IOException e) {
			throw new UsageException("git " + String.join(" ", arguments) + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UsageException("git was interrupted");
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover temporary folder is harmless
		}
	}
}
