package fi.seloste.maven;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the notices to read ({@code sourceDirectory} with {@code includes} and
 * {@code excludes}), the message language, {@code skip}, the stamp that makes an unchanged build do no
 * work, and the call into the Seloste code in a class loader of its own.
 */
abstract class AbstractSelosteMojo extends AbstractMojo {

	/** The folder of the notices; a missing folder fails the build (a typo must not pass a check). */
	@Parameter(property = "seloste.sourceDirectory", defaultValue = "${project.basedir}/src/main/seloste", required = true)
	File sourceDirectory;

	/** Patterns of the files to read, relative to {@code sourceDirectory} (default {@code **}{@code /*.seloste}). */
	@Parameter
	List<String> includes;

	/** Patterns of files to leave out. */
	@Parameter
	List<String> excludes;

	/** The language of the messages, {@code fi} or {@code en}; default each file's keyword language. */
	@Parameter(property = "seloste.messageLanguage")
	String messageLanguage;

	/** Whether a notice with errors fails the build. */
	@Parameter(property = "seloste.failOnError", defaultValue = "true")
	boolean failOnError;

	/** Skips the goal. */
	@Parameter(property = "seloste.skip", defaultValue = "false")
	boolean skip;

	@Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
	File buildDirectory;

	@Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
	File baseDirectory;

	@Parameter(defaultValue = "${plugin}", readonly = true, required = true)
	PluginDescriptor plugin;

	@Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
	MojoExecution execution;

	/** The goal's settings beyond the files, for the worker and the stamp. */
	abstract Map<String, Object> settings() throws MojoExecutionException;

	/** Runs the goal in the worker; the files are known and changed since the last successful run. */
	abstract String run(Map<String, Object> settings, SourceSet sources, Invoker worker)
			throws MojoExecutionException, MojoFailureException;

	/** Whether the last run's results are still there (e.g. the output folder). */
	boolean outputsPresent() {
		return true;
	}

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Seloste: skipped (seloste.skip)");
			return;
		}
		if (messageLanguage != null && !messageLanguage.isBlank() && !List.of("fi", "en").contains(messageLanguage.strip())) {
			throw new MojoExecutionException("Seloste: messageLanguage must be fi or en, not '" + messageLanguage + "'");
		}
		SourceSet sources = SourceSet.scan(sourceDirectory.toPath().toAbsolutePath().normalize(), includes, excludes);
		if (sources.requested().isEmpty()) {
			getLog().warn("Seloste: no notices in " + sourceDirectory + " (includes " + sources.includes() + ", excludes "
					+ sources.excludes() + "); nothing to do");
			return;
		}
		Map<String, Object> settings = new LinkedHashMap<>(settings());
		settings.put("messageLanguage", messageLanguage == null || messageLanguage.isBlank() ? null : messageLanguage.strip());
		settings.put("failOnError", failOnError);
		settings.put("toolVersion", plugin.getVersion());
		settings.put("baseDirectory", baseDirectory.getAbsolutePath());
		Path stamp = buildDirectory.toPath().resolve("seloste").resolve(execution.getGoal() + "-" + execution.getExecutionId() + ".sha256");
		String hash = sources.hash(plugin.getId() + "\n" + new java.util.TreeMap<>(settings));
		if (hash.equals(read(stamp)) && outputsPresent()) {
			getLog().info("Seloste: " + sources.requested().size() + " notice file(s) unchanged since the last build; nothing to do");
			return;
		}
		settings.put("files", sources.requested().stream().map(Path::toString).toList());
		settings.put("context", sources.context().stream().map(Path::toString).toList());
		try (Invoker worker = new Invoker(plugin, this::log)) {
			getLog().info(run(settings, sources, worker));
		}
		try {
			Files.createDirectories(stamp.getParent());
			Files.writeString(stamp, hash, StandardCharsets.UTF_8);
		} catch (IOException e) {
			getLog().warn("Seloste: cannot write " + stamp + " (" + e.getMessage() + "); the next build checks again");
		}
	}

	private void log(String level, String line) {
		switch (level) {
			case "error" -> getLog().error(line);
			case "warn" -> getLog().warn(line);
			default -> getLog().info(line);
		}
	}

	private static String read(Path stamp) {
		try {
			return Files.isRegularFile(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8) : null;
		} catch (IOException e) {
			return null;
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * The Seloste code in a class loader of its own: the plugin jar and its runtime dependencies over the
	 * JDK's platform loader alone, so that neither Maven's Guice 5 (exported to every plugin) nor the EMF,
	 * Equinox and p2 jars of a Tycho build in the same run are seen by Xtext.
	 */
	static final class Invoker implements AutoCloseable {

		private final URLClassLoader loader;
		private final BiConsumer<String, String> log;

		Invoker(PluginDescriptor plugin, BiConsumer<String, String> log) throws MojoExecutionException {
			List<URL> urls = new ArrayList<>();
			try {
				urls.add(plugin.getPluginArtifact().getFile().toURI().toURL());
				for (Artifact artifact : plugin.getArtifacts()) {
					if (artifact.getFile() != null && artifact.getFile().getName().endsWith(".jar")) {
						urls.add(artifact.getFile().toURI().toURL());
					}
				}
			} catch (MalformedURLException e) {
				throw new MojoExecutionException("Seloste: cannot build the plugin's class path (" + e.getMessage() + ")");
			}
			this.loader = new URLClassLoader("seloste", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
			this.log = log;
		}

		@SuppressWarnings("unchecked")
		Map<String, Integer> call(String method, Map<String, Object> settings) throws MojoExecutionException {
			Thread thread = Thread.currentThread();
			ClassLoader previous = thread.getContextClassLoader();
			thread.setContextClassLoader(loader);
			try {
				Method entry = loader.loadClass("fi.seloste.maven.worker.Worker").getMethod(method, Map.class,
						BiConsumer.class);
				return (Map<String, Integer>) entry.invoke(null, settings, log);
			} catch (InvocationTargetException e) {
				Throwable cause = e.getCause();
				if (cause instanceof IllegalArgumentException) {
					throw new MojoExecutionException("Seloste: " + cause.getMessage());
				}
				// never the exception's toString() (a Java name) in the build's summary: -e shows it with its trace
				throw new MojoExecutionException("Seloste: internal error (please report it; -e shows the details)", cause);
			} catch (ReflectiveOperationException | LinkageError e) {
				throw new MojoExecutionException("Seloste: the plugin's class path is incomplete (" + e + ")", e);
			} finally {
				thread.setContextClassLoader(previous);
			}
		}

		@Override
		public void close() {
			try {
				loader.close();
			} catch (IOException e) {
				// nothing left to release
			}
		}
	}
}
