package fi.seloste.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * The notice files of a build: those the includes and excludes select ({@link #requested()}), and every
 * {@code .seloste} file below the source folder ({@link #context()}, loaded so that references to an
 * excluded organisation file resolve). Patterns are Ant-style globs relative to the folder, {@code /} as
 * separator; {@code **}{@code /} also matches no folder at all.
 */
record SourceSet(Path folder, List<String> includes, List<String> excludes, List<Path> requested, List<Path> context) {

	static final List<String> DEFAULT_INCLUDES = List.of("**/*.seloste");

	static SourceSet scan(Path folder, List<String> includes, List<String> excludes) throws MojoExecutionException {
		if (!Files.isDirectory(folder)) {
			throw new MojoExecutionException("Seloste: the source folder " + folder
					+ " does not exist (set <sourceDirectory>, or <skip>true</skip> for a module without notices)");
		}
		List<String> in = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
		List<String> out = excludes == null ? List.of() : List.copyOf(excludes);
		List<PathMatcher> inMatchers = in.stream().flatMap(SourceSet::matchers).toList();
		List<PathMatcher> outMatchers = out.stream().flatMap(SourceSet::matchers).toList();
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> all = walk.filter(Files::isRegularFile).sorted().toList();
			List<Path> requested = all.stream().filter(file -> {
				Path relative = Path.of(folder.relativize(file).toString().replace('\\', '/'));
				return inMatchers.stream().anyMatch(m -> m.matches(relative))
						&& outMatchers.stream().noneMatch(m -> m.matches(relative));
			}).toList();
			List<Path> context = all.stream().filter(f -> f.getFileName().toString().endsWith(".seloste")).toList();
			return new SourceSet(folder, in, out, requested, context);
		} catch (IOException | UncheckedIOException e) {
			throw new MojoExecutionException("Seloste: cannot read the folder " + folder + " (" + e.getMessage() + ")");
		}
	}

	private static Stream<PathMatcher> matchers(String pattern) {
		String glob = pattern.strip().replace('\\', '/');
		if (glob.endsWith("/")) {
			glob = glob + "**";
		}
		Stream<String> globs = glob.startsWith("**/") ? Stream.of(glob, glob.substring(3)) : Stream.of(glob);
		return globs.map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
	}

	/** SHA-256 of the settings and of every file's path and content: equal hashes, equal work. */
	String hash(String settings) throws MojoExecutionException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(settings.getBytes(StandardCharsets.UTF_8));
			java.util.Set<Path> files = new java.util.TreeSet<>(context);
			files.addAll(requested);
			for (Path file : files) {
				digest.update(("\n" + (requested.contains(file) ? "+" : "-") + folder.relativize(file) + "\n")
						.getBytes(StandardCharsets.UTF_8));
				try {
					digest.update(Files.readAllBytes(file));
				} catch (IOException e) {
					throw new MojoExecutionException("Seloste: " + file + ": cannot read the file (" + e.getMessage() + ")");
				}
			}
			return AbstractSelosteMojo.hex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
