package fi.seloste.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code seloste} command line. Exit codes: 0 no errors, 1 errors in the input, 2 usage or
 * file-system problem. Expected failures print one clear line; only {@code --debug} shows a stack trace.
 */
public final class Main {

	public static final int OK = 0;
	public static final int INPUT_ERRORS = 1;
	public static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage: seloste check PATH...             parse, link and validate .seloste files and folders (recursively)
			       seloste format [--check] PATH...  give files the canonical layout (--check: only list them)
			       seloste --help                    show this help
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
		try {
			return dispatch(rest);
		} catch (UsageException e) {
			err.println("seloste: " + e.getMessage());
			return USAGE;
		} catch (RuntimeException | LinkageError e) {
			err.println("seloste: internal error: " + e + " (please report it; --debug shows details)");
			if (debug) {
				e.printStackTrace(err);
			}
			return USAGE;
		}
	}

	private int dispatch(List<String> arguments) throws UsageException {
		if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h")) {
			(arguments.isEmpty() ? err : out).println(USAGE_TEXT);
			return arguments.isEmpty() ? USAGE : OK;
		}
		String command = arguments.get(0);
		List<String> operands = arguments.subList(1, arguments.size());
		boolean formatCheck = command.equals("format") && operands.contains("--check");
		if (formatCheck) {
			operands = operands.stream().filter(a -> !a.equals("--check")).toList();
		}
		String unknownOption = operands.stream().filter(a -> a.startsWith("-")).findFirst().orElse(null);
		if (unknownOption != null) {
			throw new UsageException("unknown option " + unknownOption + "\n" + USAGE_TEXT);
		}
		if (command.equals("check")) {
			return check(operands);
		}
		if (command.equals("format")) {
			return format(operands, formatCheck);
		}
		throw new UsageException("unknown command '" + command + "'\n" + USAGE_TEXT);
	}

	private int check(List<String> operands) throws UsageException {
		SourceFiles files = SourceFiles.collect(operands);
		List<Problem> problems = new CheckCommand(CliInjector.get()).check(files);
		problems.forEach(problem -> out.println(problem.format()));
		long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		err.printf("Checked %d file(s): %d error(s), %d warning(s).%n", files.requested().size(), errors, warnings);
		return errors > 0 ? INPUT_ERRORS : OK;
	}

	private int format(List<String> operands, boolean checkOnly) throws UsageException {
		List<FormatCommand.Outcome> outcomes = new FormatCommand(CliInjector.get()).format(SourceFiles.collect(operands),
				checkOnly);
		int exit = OK;
		for (FormatCommand.Outcome outcome : outcomes) {
			switch (outcome.status()) {
				case FORMATTED -> out.println(outcome.file() + ": formatted");
				case NOT_FORMATTED -> {
					out.println(outcome.file() + ": not formatted");
					exit = INPUT_ERRORS;
				}
				case NOT_PARSED -> {
					out.println(outcome.file() + ": not formatted: it has syntax errors (see seloste check)");
					exit = INPUT_ERRORS;
				}
				case UNCHANGED -> {
				}
			}
		}
		return exit;
	}
}
