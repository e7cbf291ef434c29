package fi.seloste.maven.worker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.google.inject.Injector;

import fi.seloste.diff.DiffJson;
import fi.seloste.diff.DiffMarkdown;
import fi.seloste.diff.DiffReport;
import fi.seloste.diff.DiffText;
import fi.seloste.diff.NoticeComparison;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.ide.diff.VersionSides;
import fi.seloste.ide.cli.CheckCommand;
import fi.seloste.ide.cli.CliInjector;
import fi.seloste.ide.cli.GenerateCommand;
import fi.seloste.ide.cli.JunitReport;
import fi.seloste.ide.cli.Main;
import fi.seloste.ide.cli.Problem;
import fi.seloste.ide.cli.SarifReport;
import fi.seloste.ide.cli.SourceFiles;
import fi.seloste.ide.cli.ToolVersion;
import fi.seloste.ide.cli.UsageException;
import fi.seloste.io.AtomicWriter;
import fi.seloste.io.WriteFailure;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Language;
import fi.seloste.model.Texts;
import fi.seloste.validation.SelosteMessages;

/**
 * The Seloste side of the plugin's goals, loaded in the plugin's own class loader with the runtime and ide
 * jars. Its entry points take and return only JDK types (the Maven side has other copies of none of the
 * Seloste classes): a map of settings and a log {@code (level, line)} with the levels error, warn, info.
 * Every execution has an injector of its own, so that its message language is its own. A problem of the
 * input or of a file ends in an {@link IllegalArgumentException} with a one-line message.
 */
public final class Worker {

	private Worker() {
	}

	/** Checks the files; writes the SARIF and JUnit reports when asked; returns the counts of problems. */
	public static Map<String, Integer> check(Map<String, Object> settings, BiConsumer<String, String> log) {
		Injector injector = injector(settings);
		SourceFiles files = files(settings);
		List<Problem> problems;
		try {
			problems = new CheckCommand(injector).check(files, false);
		} catch (UsageException e) {
			throw new IllegalArgumentException(e.getMessage());
		}
		for (Problem problem : problems) {
			log.accept(switch (problem.severity()) {
				case ERROR -> "error";
				case WARNING -> "warn";
				case INFO -> "info";
			}, problem.format());
		}
		String sarif = (String) settings.get("sarifFile");
		if (sarif != null) {
			// rule texts in the chosen language, else English (as seloste check --format sarif); file locations
			// relative to the project folder
			KeywordLanguage language = language(settings);
			write(Path.of(sarif), SarifReport.render(problems, ToolVersion.get(),
					language == null ? KeywordLanguage.ENGLISH : language, Path.of((String) settings.get("baseDirectory"))));
			log.accept("info", "SARIF report: " + sarif);
		}
		String junit = (String) settings.get("junitReport");
		if (junit != null) {
			write(Path.of(junit), JunitReport.render(files.requested(), problems));
			log.accept("info", "JUnit report: " + junit);
		}
		int errors = (int) problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		int warnings = (int) problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		return Map.of("files", files.requested().size(), "errors", errors, "warnings", warnings);
	}

	/**
	 * Generates the notices of the files without errors, as {@code seloste generate} does; returns whether a
	 * file had errors (1) or not (0) under "exit".
	 */
	public static Map<String, Integer> generate(Map<String, Object> settings, BiConsumer<String, String> log) {
		Injector injector = injector(settings);
		SourceFiles files = files(settings);
		List<String> arguments = new ArrayList<>(List.of("-o", (String) settings.get("outputDirectory")));
		option(arguments, "--format", settings.get("formats"));
		option(arguments, "--lang", settings.get("languages"));
		if (Boolean.TRUE.equals(settings.get("draft"))) {
			arguments.add("--draft");
		}
		// the command line's checks of the options, with the same messages; the files are given apart, so the
		// path operand is only a placeholder that generate(files, options) ignores
		arguments.add("(files)");
		try {
			GenerateCommand.Options options = GenerateCommand.parse(arguments, injector.getInstance(NoticeFormats.class));
			int exit = new GenerateCommand(injector, line -> log.accept("info", line), line -> log.accept("info", line))
					.generate(files, options);
			return Map.of("exit", exit == Main.OK ? 0 : 1);
		} catch (UsageException e) {
			throw new IllegalArgumentException(e.getMessage());
		}
	}

	/**
	 * Compares the notices of the source folder with the baseline (a folder or file, or the source folder at
	 * a git revision), as {@code seloste diff} does; writes the Markdown and JSON reports and logs the changes,
	 * the material ones as warnings. Returns "exit" (0 no change, 1 changes, 2 a side could not be read or
	 * has errors), "changes" and "material".
	 */
	public static Map<String, Integer> diff(Map<String, Object> settings, BiConsumer<String, String> log) {
		Injector injector = injector(settings);
		Path base = Path.of((String) settings.get("baseDirectory"));
		KeywordLanguage messages = messages(settings);
		Path sourceDirectory = Path.of((String) settings.get("sourceDirectory"));
		String revision = (String) settings.get("baselineRevision");
		String baselinePath = (String) settings.get("baselinePath");
		VersionSides.Side before;
		VersionSides.Side after;
		try {
			after = VersionSides.path(injector, sourceDirectory);
			before = revision != null ? VersionSides.revision(injector, revision, sourceDirectory, messages)
					: VersionSides.path(injector, Path.of(baselinePath));
		} catch (UsageException e) {
			throw new IllegalArgumentException(e.getMessage());
		}
		String afterLabel = shown(base, sourceDirectory);
		String beforeLabel = revision != null ? revision + ":" + afterLabel : shown(base, Path.of(baselinePath));
		if (before.hasErrors() || after.hasErrors()) {
			for (Problem problem : before.problems()) {
				log.accept("error", problem.format());
			}
			for (Problem problem : after.problems()) {
				log.accept("error", problem.format());
			}
			return Map.of("exit", 2, "changes", 0, "material", 0);
		}
		DiffReport report = NoticeComparison.compare(beforeLabel, before.notices(), afterLabel, after.notices());
		Language language = reportLanguage(settings, after);
		write(Path.of((String) settings.get("markdownReport")), DiffMarkdown.render(report, language), messages);
		write(Path.of((String) settings.get("jsonReport")), DiffJson.render(report, language), messages);
		for (String line : DiffText.render(report, language).split("\n")) {
			if (!line.isBlank()) {
				log.accept("info", line);
			}
		}
		int changes = report.added().size() + report.removed().size()
				+ report.diffs().stream().mapToInt(d -> d.changes().size()).sum();
		int material = report.added().size() + report.diffs().stream().mapToInt(d -> d.material().size()).sum();
		return Map.of("exit", report.hasChanges() ? 1 : 0, "changes", changes, "material", material);
	}

	/** A path as the reports name it: relative to the project folder when it is below it. */
	private static String shown(Path base, Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path folder = base.toAbsolutePath().normalize();
		String shown = absolute.startsWith(folder) ? folder.relativize(absolute).toString() : absolute.toString();
		return shown.isEmpty() ? "." : shown.replace('\\', '/');
	}

	/** The report's language: reportLanguage, else the later notice's first language (as seloste diff). */
	private static Language reportLanguage(Map<String, Object> settings, VersionSides.Side after) {
		String language = (String) settings.get("reportLanguage");
		if (language != null) {
			return Language.get(language);
		}
		return after.notices().values().stream().findFirst().map(notice -> Texts.outputLanguages(notice).get(0))
				.orElse(Language.EN);
	}

	private static void option(List<String> arguments, String option, Object values) {
		@SuppressWarnings("unchecked")
		List<String> list = (List<String>) values;
		if (list != null && !list.isEmpty()) {
			arguments.add(option);
			arguments.add(String.join(",", list));
		}
	}

	private static Injector injector(Map<String, Object> settings) {
		Injector injector = CliInjector.create();
		injector.getInstance(SelosteMessages.class).chooseLanguage(language(settings));
		return injector;
	}

	private static KeywordLanguage language(Map<String, Object> settings) {
		String language = (String) settings.get("messageLanguage");
		if (language == null || language.isBlank()) {
			return null;
		}
		return switch (language.strip()) {
			case "fi" -> KeywordLanguage.FINNISH;
			case "en" -> KeywordLanguage.ENGLISH;
			default -> throw new IllegalArgumentException("messageLanguage must be fi or en, not '" + language + "'");
		};
	}

	@SuppressWarnings("unchecked")
	private static SourceFiles files(Map<String, Object> settings) {
		return SourceFiles.of(((List<String>) settings.get("files")).stream().map(Path::of).toList(),
				((List<String>) settings.get("context")).stream().map(Path::of).toList());
	}

	/** The language of the goal's messages: messageLanguage, else English. */
	private static KeywordLanguage messages(Map<String, Object> settings) {
		KeywordLanguage language = language(settings);
		return language == null ? KeywordLanguage.ENGLISH : language;
	}

	private static void write(Path file, String text) {
		write(file, text, KeywordLanguage.ENGLISH);
	}

	private static void write(Path file, String text, KeywordLanguage messages) {
		try {
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			// a report is the build's own file: a link in its place is replaced, as in the output folder
			new AtomicWriter().write(file, text.getBytes(StandardCharsets.UTF_8), AtomicWriter.Links.REPLACE);
		} catch (WriteFailure e) {
			throw new IllegalArgumentException(e.message(messages)); // the report's path and the reason in words
		} catch (IOException e) {
			throw new IllegalArgumentException(WriteFailure.ofFile(file, Files.exists(file), e).message(messages));
		}
	}
}
