package fi.seloste.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the notices of {@code sourceDirectory} with an earlier version of them, as {@code seloste diff}
 * does: added, removed and changed elements of the resolved notices, each material (with its reason and
 * the provision that makes it so, e.g. a new purpose under GDPR 13(3)) or editorial. Writes the changes as
 * Markdown (for a pull-request comment) and as JSON ({@code docs/schema/seloste-diff.schema.json}, for CI)
 * and logs them. The earlier version is {@code baseline}: a git revision of the repository the source folder
 * is in (default its latest tag), or a folder or file holding the earlier notices.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class DiffMojo extends AbstractSelosteMojo {

	/**
	 * The earlier version: a git revision (tag, branch, commit, e.g. {@code v1.0} or {@code origin/main}) of
	 * {@code sourceDirectory}, or an existing folder or {@code .seloste} file (relative to the project folder)
	 * holding the earlier notices. Default: the latest tag reachable from {@code HEAD}, or, when {@code HEAD}
	 * itself is tagged (a release build), the tag before it; a repository without such a tag (or a shallow clone)
	 * then fails the goal, naming this parameter.
	 */
	@Parameter(property = "seloste.baseline")
	String baseline;

	/** Where the Markdown report is written. */
	@Parameter(property = "seloste.markdownReport", defaultValue = "${project.build.directory}/seloste/diff.md", required = true)
	File markdownReport;

	/** Where the JSON report is written ({@code docs/schema/seloste-diff.schema.json}). */
	@Parameter(property = "seloste.jsonReport", defaultValue = "${project.build.directory}/seloste/diff.json", required = true)
	File jsonReport;

	/**
	 * The language of the reports and of the logged changes, {@code fi}, {@code en} or {@code sv}; default the
	 * first language of the later notice, as {@code seloste diff}.
	 */
	@Parameter(property = "seloste.reportLanguage")
	String reportLanguage;

	/**
	 * Whether a material change fails the build (after the reports are written): a gate that makes a
	 * change the data subjects may have to be told of (GDPR 13(3), 14(4)) a decision a person takes.
	 */
	@Parameter(property = "seloste.failOnMaterialChange", defaultValue = "false")
	boolean failOnMaterialChange;

	@Override
	Map<String, Object> settings() throws MojoExecutionException {
		if (reportLanguage != null && !reportLanguage.isBlank()
				&& !List.of("fi", "en", "sv").contains(reportLanguage.strip())) {
			throw new MojoExecutionException("Seloste: reportLanguage must be fi, en or sv, not '" + reportLanguage + "'");
		}
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("sourceDirectory", sourceDirectory.getAbsolutePath());
		Baseline resolved = Baseline.resolve(baseline, baseDirectory.toPath(), sourceDirectory.toPath());
		settings.put("baselinePath", resolved.path() == null ? null : resolved.path().toString());
		settings.put("baselineRevision", resolved.revision());
		// what the stamp must see change: the commit the revision names, or the earlier files' content
		settings.put("baselineState", resolved.state());
		settings.put("markdownReport", markdownReport.getAbsolutePath());
		settings.put("jsonReport", jsonReport.getAbsolutePath());
		settings.put("reportLanguage", reportLanguage == null || reportLanguage.isBlank() ? null : reportLanguage.strip());
		// a build that passed without the gate is run again with it
		settings.put("failOnMaterialChange", failOnMaterialChange);
		return settings;
	}

	@Override
	boolean outputsPresent() {
		return markdownReport.isFile() && jsonReport.isFile();
	}

	@Override
	String run(Map<String, Object> settings, SourceSet sources, Invoker worker)
			throws MojoExecutionException, MojoFailureException {
		Map<String, Integer> result = worker.call("diff", settings);
		String since = settings.get("baselineRevision") != null ? (String) settings.get("baselineRevision")
				: shown(new File((String) settings.get("baselinePath")));
		if (result.get("exit") == 2) {
			String message = "Seloste: the versions could not be compared (see above)";
			if (failOnError) {
				throw new MojoFailureException(message + "; failOnError");
			}
			return message;
		}
		int changes = result.get("changes");
		int material = result.get("material");
		String summary = "Seloste: " + changes + " change(s) since " + since + ", " + material + " material; reports "
				+ shown(markdownReport) + ", " + shown(jsonReport);
		if (material > 0 && failOnMaterialChange) {
			throw new MojoFailureException(summary + " (failOnMaterialChange)");
		}
		return summary;
	}

	private String shown(File report) {
		Path path = report.toPath().toAbsolutePath().normalize();
		Path base = baseDirectory.toPath().toAbsolutePath().normalize();
		return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
	}

	/**
	 * The earlier version as the worker reads it: a folder or file, or a git revision; {@code state} is what
	 * makes an unchanged build skip the work (the commit id, or the files' hash).
	 */
	record Baseline(Path path, String revision, String state) {

		static Baseline resolve(String baseline, Path baseDirectory, Path sourceDirectory) throws MojoExecutionException {
			String value = baseline == null ? "" : baseline.strip();
			if (!value.isEmpty()) {
				Path path = baseDirectory.resolve(value).normalize();
				if (Files.exists(path)) {
					return new Baseline(path, null, SourceSet.scan(Files.isDirectory(path) ? path : path.getParent(),
							Files.isDirectory(path) ? null : List.of(path.getFileName().toString()), null).hash(""));
				}
			}
			Path folder = Files.isDirectory(sourceDirectory) ? sourceDirectory : baseDirectory;
			if (value.isEmpty()) {
				value = Git.latestTag(folder);
				if (value == null && Git.shallow(folder)) {
					throw new MojoExecutionException("Seloste: no baseline to compare with: " + folder
							+ " is a shallow git clone, so its tags may be missing; fetch the history (git fetch"
							+ " --unshallow --tags, or fetch-depth: 0 in CI) or set <baseline>");
				}
				if (value == null) {
					throw new MojoExecutionException("Seloste: no baseline to compare with: " + folder
							+ " has no git tag before HEAD; set <baseline> to a git revision (e.g. origin/main) or to a"
							+ " folder or file of the earlier notices");
				}
			}
			String commit = Git.commit(folder, value);
			if (commit == null) {
				throw new MojoExecutionException("Seloste: baseline '" + value
						+ "' is neither a folder or file nor a git revision of the repository of " + folder);
			}
			return new Baseline(null, value, commit);
		}
	}
}
