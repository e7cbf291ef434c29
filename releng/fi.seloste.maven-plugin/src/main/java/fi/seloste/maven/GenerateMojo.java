package fi.seloste.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each notice of a file without errors into {@code outputDirectory} in the chosen formats and
 * languages, as {@code seloste generate} does, and logs, per written file, the fields its format requires
 * that the notice does not fill. A file with errors is not generated (with {@code draft}, its notices are
 * written as marked drafts) and fails the build unless {@code failOnError} is false.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractSelosteMojo {

	/** The folder the notices are written into. */
	@Parameter(property = "seloste.outputDirectory", defaultValue = "${project.build.directory}/generated-notices", required = true)
	File outputDirectory;

	/** The formats among html, md, pdf, ropa, json, tilt, dpv; default all. */
	@Parameter(property = "seloste.formats")
	List<String> formats;

	/** The output languages among fi, en, sv; default each notice's own ({@code kielet}). */
	@Parameter(property = "seloste.languages")
	List<String> languages;

	/** Also write the notices of files with errors, as drafts marked not for publication. */
	@Parameter(property = "seloste.draft", defaultValue = "false")
	boolean draft;

	@Override
	Map<String, Object> settings() {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("outputDirectory", outputDirectory.getAbsolutePath());
		settings.put("formats", formats == null ? null : List.copyOf(formats));
		settings.put("languages", languages == null ? null : List.copyOf(languages));
		settings.put("draft", draft);
		return settings;
	}

	@Override
	boolean outputsPresent() {
		return outputDirectory.isDirectory();
	}

	@Override
	String run(Map<String, Object> settings, SourceSet sources, Invoker worker)
			throws MojoExecutionException, MojoFailureException {
		Map<String, Integer> result = worker.call("generate", settings);
		// also when nothing was written (organisation files only): the folder is what the stamp relies on
		outputDirectory.mkdirs();
		if (result.get("exit") != 0) {
			String message = "Seloste: notices with errors were not generated (see above)";
			if (failOnError) {
				throw new MojoFailureException(message + "; failOnError");
			}
			return message;
		}
		return "Seloste: generated the notices of " + sources.requested().size() + " file(s) into " + outputDirectory;
	}
}
