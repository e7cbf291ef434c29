package fi.seloste.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Parses, links and validates every notice, as {@code seloste check} does, and prints each finding as
 * {@code file:line:column: severity: [code] message}. Fails the build on errors ({@code failOnError}) and,
 * when asked, on warnings ({@code failOnWarning}); writes SARIF and JUnit XML reports when asked.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractSelosteMojo {

	/** Whether a warning fails the build. */
	@Parameter(property = "seloste.failOnWarning", defaultValue = "false")
	boolean failOnWarning;

	/** Where to write the findings as SARIF 2.1.0 (for code-scanning views); none by default. */
	@Parameter(property = "seloste.sarifFile")
	File sarifFile;

	/** Where to write the findings as a JUnit XML report, one test case per file; none by default. */
	@Parameter(property = "seloste.junitReport")
	File junitReport;

	@Override
	Map<String, Object> settings() {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("failOnWarning", failOnWarning);
		settings.put("sarifFile", sarifFile == null ? null : sarifFile.getAbsolutePath());
		settings.put("junitReport", junitReport == null ? null : junitReport.getAbsolutePath());
		return settings;
	}

	@Override
	boolean outputsPresent() {
		return (sarifFile == null || sarifFile.isFile()) && (junitReport == null || junitReport.isFile());
	}

	@Override
	String run(Map<String, Object> settings, SourceSet sources, Invoker worker)
			throws MojoExecutionException, MojoFailureException {
		Map<String, Integer> result = worker.call("check", settings);
		int errors = result.get("errors");
		int warnings = result.get("warnings");
		String summary = "Seloste: checked " + result.get("files") + " file(s): " + errors + " error(s), " + warnings
				+ " warning(s)";
		if (errors > 0 && failOnError) {
			throw new MojoFailureException(summary + " (see above; failOnError)");
		}
		if (warnings > 0 && failOnWarning) {
			throw new MojoFailureException(summary + " (see above; failOnWarning)");
		}
		return summary;
	}
}
