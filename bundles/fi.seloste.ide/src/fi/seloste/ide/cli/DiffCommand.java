package fi.seloste.ide.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.inject.Injector;

import fi.seloste.diff.DiffJson;
import fi.seloste.diff.DiffMarkdown;
import fi.seloste.diff.DiffReport;
import fi.seloste.diff.DiffText;
import fi.seloste.diff.NoticeComparison;
import fi.seloste.ide.diff.VersionSides;
import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.VisibleText;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Language;

/**
 * {@code seloste diff OLD NEW} and {@code seloste diff --since REV [PATH]}: the semantic diff of two
 * versions of notices, as text, Markdown or JSON. Exit codes: 0 no change, 1 changes, 2 trouble (usage,
 * unreadable files, a side that does not parse or link: its errors are listed as {@code check} lists them).
 * The options are parsed here only ({@link Options}), so that more can be added in one place.
 */
public final class DiffCommand {

	public static final int NO_CHANGES = 0;
	public static final int CHANGES = 1;
	public static final int TROUBLE = 2;

	/** What the report looks like. */
	public enum Format {
		TEXT, MARKDOWN, JSON
	}

	/**
	 * The parsed command line of {@code diff}.
	 *
	 * @param since the git revision of {@code --since}, or null
	 * @param operands OLD and NEW, or with {@code --since} the optional PATH
	 * @param language the report's language, or null for the later notice's first language
	 */
	public record Options(String since, List<String> operands, Language language, Format format) {

		public static Options parse(List<String> arguments) throws UsageException {
			KeywordLanguage messages = Main.messageLanguage(arguments);
			String since = null;
			List<String> operands = new ArrayList<>();
			Language language = null;
			Format format = Format.TEXT;
			for (int i = 0; i < arguments.size(); i++) {
				String argument = arguments.get(i);
				String option = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
				if (!argument.startsWith("-") || argument.equals("-")) {
					operands.add(argument);
					continue;
				}
				switch (option) {
					case "--lang", "--format", "--since" -> {
						String value = Main.optionValue(arguments, i, option);
						if (!argument.contains("=")) {
							i++;
						}
						switch (option) {
							case "--lang" -> language = switch (value) {
								case "fi" -> Language.FI;
								case "en" -> Language.EN;
								case "sv" -> Language.SV;
								default -> throw new UsageException(Failures.text(messages, "diff.badLanguage", value));
							};
							case "--format" -> format = switch (value) {
								case "text" -> Format.TEXT;
								case "markdown", "md" -> Format.MARKDOWN;
								case "json" -> Format.JSON;
								default -> throw new UsageException(Failures.text(messages, "diff.badFormat", value));
							};
							default -> since = value;
						}
					}
					default -> throw new UsageException(
							Failures.text(messages, "cli.unknownOption", argument) + "\n" + Main.USAGE_TEXT);
				}
			}
			if (since == null && operands.size() != 2) {
				throw new UsageException(Failures.text(messages, "diff.twoVersions") + "\n" + Main.USAGE_TEXT);
			}
			if (since != null && operands.size() > 1) {
				throw new UsageException(Failures.text(messages, "diff.sinceOnePath") + "\n" + Main.USAGE_TEXT);
			}
			return new Options(since, List.copyOf(operands), language, format);
		}
	}

	private final Injector injector;
	private final PrintStream out;
	private final PrintStream err;
	private Language noticeLanguage = Language.EN;
	/** The language of the command's own messages ({@code --lang fi}, else English). */
	private KeywordLanguage messages = KeywordLanguage.ENGLISH;
	/** The two sides last compared (for the change-log options, {@link ChangeOptions}). */
	private VersionSides.Side before;
	private VersionSides.Side after;

	public DiffCommand(Injector injector, PrintStream out, PrintStream err) {
		this.injector = injector;
		this.out = out;
		this.err = err;
	}

	public int run(List<String> arguments) throws UsageException {
		messages = Main.messageLanguage(arguments);
		ChangeOptions changes = ChangeOptions.extract(arguments, messages);
		Options options = Options.parse(changes.rest());
		DiffReport report = compare(options);
		if (report == null) {
			return TROUBLE;
		}
		Language language = options.language() != null ? options.language() : noticeLanguage;
		if (!changes.notifyOnStandardOutput()) {
			out.print(render(report, options.format(), language));
		}
		changes.run(injector, before, after, out, err, messages);
		return report.hasChanges() ? CHANGES : NO_CHANGES;
	}

	/** The comparison the options ask for, or null when a side has errors (listed on standard error). */
	public DiffReport compare(Options options) throws UsageException {
		if (options.since() != null) {
			Path path = Path.of(options.operands().isEmpty() ? "." : options.operands().get(0));
			messages = options.language() == Language.FI ? KeywordLanguage.FINNISH : messages;
			before = VersionSides.revision(injector, options.since(), path, messages);
			after = VersionSides.path(injector, path);
		} else {
			messages = options.language() == Language.FI ? KeywordLanguage.FINNISH : messages;
			before = VersionSides.load(injector, options.operands().get(0), messages);
			after = VersionSides.load(injector, options.operands().get(1), messages);
		}
		boolean errors = false;
		for (VersionSides.Side side : List.of(before, after)) {
			if (side.hasErrors()) {
				side.problems().forEach(problem -> err.println(problem.format()));
				err.println("seloste: " + Failures.text(messages, "diff.notCompared", VisibleText.of(side.label())));
				errors = true;
			}
		}
		if (errors) {
			return null;
		}
		// The report speaks the language the later notice is written in first, unless told otherwise.
		noticeLanguage = after.notices().values().stream().findFirst().map(n -> Texts.outputLanguages(n).get(0))
				.orElse(Language.EN);
		return NoticeComparison.compare(before.label(), before.notices(), after.label(), after.notices());
	}

	public static String render(DiffReport report, Format format, Language language) {
		return switch (format) {
			case TEXT -> DiffText.render(report, language);
			case MARKDOWN -> DiffMarkdown.render(report, language);
			case JSON -> DiffJson.render(report, language);
		};
	}

}
