package fi.seloste.ide.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.google.inject.Injector;

import fi.seloste.io.Failures;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.VisibleText;
import fi.seloste.validation.SelosteMessages;

/**
 * The {@code seloste} command line. Exit codes: 0 no errors, 1 errors in the input, 2 usage or
 * file-system problem ({@code diff}: 0 no changes, 1 changes, 2 trouble; see {@link DiffCommand}). Expected failures print one clear line; only {@code --debug} shows a stack trace.
 */
public final class Main {

	public static final int OK = 0;
	public static final int INPUT_ERRORS = 1;
	public static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage: seloste check [--lang fi|en] [--format text|json|sarif|junit] [--since REV] PATH...
			                                        parse, link and validate .seloste files and folders (recursively)
			       seloste check --fix [--lang fi|en] [--format text|json|sarif|junit] PATH...
			                                        apply the editorial quick fixes (form only: https, IDs,
			                                        addresses, dates, duplicates, ...) that need no choice, then
			                                        check; fixes that state facts or law are left to the editor
			       seloste format [--check] PATH...  give files the canonical layout (--check: only list them)
			       seloste generate PATH... -o DIR [--format html,md,pdf,ropa,...] [--lang fi,en,sv] [--draft]
			                                        write each notice without errors as documents into DIR
			                                        (default: every format, each notice's own languages);
			                                        --draft: also write notices with errors as marked
			                                        drafts for review (NAME.LANG.draft.html and .md)
			       seloste lsp [--socket PORT]       the language server for VS Code, Neovim, Emacs and other
			                                        editors, on standard input/output or on a local port
			       seloste diff OLD NEW [--lang fi|en|sv] [--format text|markdown|json]
			       seloste diff --since REV [PATH] [--lang fi|en|sv] [--format text|markdown|json]
			                                        what changed between two versions of notices (each a file,
			                                        a folder, or REV:PATH at a git revision; --since: PATH,
			                                        default the current folder, against REV), each change
			                                        material (with its reason and article) or editorial;
			                                        exit 0 no changes, 1 changes, 2 trouble
			       seloste diff ... --write-change-entry --date YYYY-MM-DD
			                                        also insert into NEW the change entry (muutos) drafted from
			                                        the material changes, dated as given (a date is a fact)
			       seloste diff ... --notify [-o DIR]  also draft a message to the data subjects about the
			                                        material changes, per language (NOTICE.notification.LANG.txt
			                                        in DIR; without -o on standard output, instead of the report)
			       seloste --help                    show this help
			  --lang    check: the language of the messages (default: each file's keyword language);
			            generate: the output languages (default: each notice's own; others are skipped)
			  --format  check: json prints one JSON document: the problems with the labels of their quick fixes;
			            sarif a SARIF 2.1.0 log for code scanning; junit a JUnit XML report, one test per file;
			            generate: the output formats (default: all)
			  --since REV  check: compare each notice with its version at git revision REV; one with material
			            changes but no new change entry and no later date of update gets a warning
			exit codes: 0 no errors, 1 errors in the input, 2 usage or file problem""";

	private final PrintStream out;
	private final PrintStream err;

	public Main(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		System.exit(new Main(System.out, System.err).run(args));
	}

	public int run(String... args) {
		List<String> arguments = Arrays.asList(args);
		boolean debug = arguments.contains("--debug");
		List<String> rest = arguments.stream().filter(a -> !a.equals("--debug")).toList();
		CliInjector.debug(debug);
		try {
			return dispatch(rest);
		} catch (UsageException e) {
			// A usage message may quote a path or an argument of the user: one line, shown visibly; the
			// usage text that may follow it is ours, shown as it is.
			String message = e.getMessage();
			String usage = "";
			if (message.endsWith("\n" + USAGE_TEXT)) {
				message = message.substring(0, message.length() - USAGE_TEXT.length() - 1);
				usage = "\n" + USAGE_TEXT;
			}
			err.println("seloste: " + VisibleText.of(message) + usage);
			return USAGE;
		} catch (RuntimeException | LinkageError e) {
			// never an exception's toString() or a stack trace unless asked for: they say nothing to a user
			err.println("seloste: " + Failures.text(messageLanguage(rest), "cli.internalError", Failures.internalError(messageLanguage(rest))));
			if (debug) {
				e.printStackTrace(err);
			}
			return USAGE;
		}
	}

	/** The options and operands of one command. */
	private record Call(String command, List<String> paths, boolean fix, boolean checkOnly, KeywordLanguage language,
			Report report, String since) {
	}

	/** What {@code check} prints: problem lines, or one document for a program or a CI system. */
	private enum Report {
		TEXT, JSON, SARIF, JUNIT;

		boolean document() {
			return this != TEXT;
		}
	}

	private int dispatch(List<String> arguments) throws UsageException {
		if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h")) {
			(arguments.isEmpty() ? err : out).println(USAGE_TEXT);
			return arguments.isEmpty() ? USAGE : OK;
		}
		if (arguments.get(0).equals("lsp")) {
			return new LspCommand(err).run(arguments.subList(1, arguments.size()));
		}
		if (arguments.get(0).equals("diff")) {
			return new DiffCommand(CliInjector.get(), out, err).run(arguments.subList(1, arguments.size()));
		}
		if (arguments.get(0).equals("generate")) {
			return new GenerateCommand(CliInjector.get(), out, err).run(arguments.subList(1, arguments.size()));
		}
		Call call = parse(arguments);
		return switch (call.command()) {
			case "check" -> check(call);
			case "format" -> format(call.paths(), call.checkOnly());
			default -> throw new UsageException("unknown command '" + call.command() + "'\n" + USAGE_TEXT);
		};
	}

	private static Call parse(List<String> arguments) throws UsageException {
		String command = arguments.get(0);
		if (!command.equals("check") && !command.equals("format")) {
			throw new UsageException("unknown command '" + command + "'\n" + USAGE_TEXT);
		}
		boolean check = command.equals("check");
		List<String> paths = new ArrayList<>();
		boolean fix = false;
		boolean checkOnly = false;
		KeywordLanguage language = null;
		Report report = Report.TEXT;
		String since = null;
		for (int i = 1; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String option = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
			if (!argument.startsWith("-")) {
				paths.add(argument);
			} else if (check && argument.equals("--fix")) {
				fix = true;
			} else if (!check && argument.equals("--check")) {
				checkOnly = true;
			} else if (check && option.equals("--since")) {
				since = optionValue(arguments, i, option);
				if (!argument.contains("=")) {
					i++;
				}
			} else if (check && (option.equals("--lang") || option.equals("--format"))) {
				String value = optionValue(arguments, i, option);
				if (!argument.contains("=")) {
					i++;
				}
				if (option.equals("--lang")) {
					language = switch (value) {
						case "fi" -> KeywordLanguage.FINNISH;
						case "en" -> KeywordLanguage.ENGLISH;
						default -> throw new UsageException("--lang must be fi or en, not '" + value + "'");
					};
				} else {
					report = switch (value) {
						case "text" -> Report.TEXT;
						case "json" -> Report.JSON;
						case "sarif" -> Report.SARIF;
						case "junit" -> Report.JUNIT;
						default -> throw new UsageException(
								"--format must be text, json, sarif or junit, not '" + value + "'");
					};
				}
			} else {
				throw new UsageException("unknown option " + argument + "\n" + USAGE_TEXT);
			}
		}
		return new Call(command, paths, fix, checkOnly, language, report, since);
	}

	private int check(Call call) throws UsageException {
		SourceFiles files = SourceFiles.collect(call.paths(), call.language());
		Injector injector = CliInjector.get();
		injector.getInstance(SelosteMessages.class).chooseLanguage(call.language());
		if (call.fix()) {
			fix(injector, files, call.report().document());
		}
		CheckCommand.Baseline baseline = call.since() == null ? null
				: ChangeBaselines.load(injector, call.since(), call.paths(), err,
						call.language() == null ? KeywordLanguage.ENGLISH : call.language());
		List<Problem> problems = new CheckCommand(injector).check(files, call.report().document(), baseline);
		switch (call.report()) {
			case TEXT -> problems.forEach(problem -> out.println(problem.format()));
			case JSON -> out.println(JsonReport.of(problems));
			// rule texts in the chosen language, else English: a CI page is read by the whole team
			case SARIF -> out.println(SarifReport.render(problems, ToolVersion.get(),
					call.language() == null ? KeywordLanguage.ENGLISH : call.language()));
			case JUNIT -> out.print(JunitReport.render(files.requested(), problems));
		}
		long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		err.printf(Locale.ROOT, "Checked %d file(s): %d error(s), %d warning(s).%n", files.requested().size(), errors, warnings);
		return errors > 0 ? INPUT_ERRORS : OK;
	}

	/** Applies the fixes; what changed goes to standard output, or to standard error beside a document. */
	private void fix(Injector injector, SourceFiles files, boolean document) throws UsageException {
		PrintStream report = document ? err : out;
		int fixes = 0;
		int changed = 0;
		for (FixCommand.Outcome outcome : new FixCommand(injector).fix(files)) {
			outcome.changes().forEach(change -> report.println(change.format()));
			fixes += outcome.changes().size();
			if (outcome.status() == FixCommand.Status.FIXED) {
				changed++;
			} else if (outcome.status() == FixCommand.Status.NOT_PARSED) {
				report.println(VisibleText.of(outcome.file().toString()) + ": not fixed: it does not parse (see the errors below)");
			}
		}
		err.printf(Locale.ROOT, "Fixed %d problem(s) in %d file(s).%n", fixes, changed);
	}

	private int format(List<String> operands, boolean checkOnly) throws UsageException {
		List<FormatCommand.Outcome> outcomes = new FormatCommand(CliInjector.get()).format(SourceFiles.collect(operands),
				checkOnly);
		int exit = OK;
		for (FormatCommand.Outcome outcome : outcomes) {
			switch (outcome.status()) {
				case FORMATTED -> out.println(VisibleText.of(outcome.file().toString()) + ": formatted");
				case NOT_FORMATTED -> {
					out.println(VisibleText.of(outcome.file().toString()) + ": not formatted");
					exit = INPUT_ERRORS;
				}
				case NOT_PARSED -> {
					out.println(VisibleText.of(outcome.file().toString()) + ": not formatted: it has syntax errors (see seloste check)");
					exit = INPUT_ERRORS;
				}
				case UNCHANGED -> {
				}
			}
		}
		return exit;
	}

	/**
	 * The language of the command line's own messages: {@code --lang fi} (or {@code --lang=fi}) anywhere in the
	 * arguments, else English. Read before the arguments are parsed, so that a message about them speaks it too.
	 */
	static KeywordLanguage messageLanguage(List<String> arguments) {
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--lang=fi") || argument.equals("--lang") && i + 1 < arguments.size()
					&& arguments.get(i + 1).equals("fi")) {
				return KeywordLanguage.FINNISH;
			}
		}
		return KeywordLanguage.ENGLISH;
	}

	/** The value of an option written {@code --option=value} or {@code --option value} (the next argument). */
	static String optionValue(List<String> arguments, int index, String option) throws UsageException {
		String argument = arguments.get(index);
		if (argument.contains("=")) {
			return argument.substring(argument.indexOf('=') + 1);
		}
		if (index + 1 < arguments.size()) {
			return arguments.get(index + 1);
		}
		throw new UsageException(option + " needs a value\n" + USAGE_TEXT);
	}
}
