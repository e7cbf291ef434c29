package fi.seloste.ide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fi.seloste.generator.DraftDocuments;
import fi.seloste.generator.LossEntry;
import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.NoticeRendering;
import fi.seloste.generator.OutputFile;
import fi.seloste.generator.OutputWriter;
import fi.seloste.io.FolderLock;
import fi.seloste.io.WriteFailure;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.VisibleText;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.validation.SelosteMessages;

/**
 * {@code seloste generate PATH… -o DIR [--format html,md,…] [--lang fi,en,sv] [--draft]}: writes each
 * notice without errors in the chosen formats and languages. A file with errors produces nothing; its
 * errors are listed and the exit code is 1 — with {@code --draft}, its notices are also written as
 * marked drafts for review ({@link DraftDocuments}). Warnings do not block. Organisation files produce
 * nothing. After a notice's files, a note on standard error names, per file, the fields its format
 * requires that the notice does not fill ({@link OutputFile#losses()}).
 */
public final class GenerateCommand {

	private final Injector injector;
	private final Consumer<String> out;
	private final Consumer<String> err;

	public GenerateCommand(Injector injector, PrintStream out, PrintStream err) {
		this(injector, out::println, err::println);
	}

	/**
	 * For callers other than the command line (the Maven plugin): {@code out} receives the lines the command
	 * line prints on standard output (files written, errors of files not generated), {@code err} the notes
	 * and the summary it prints on standard error, one line per call.
	 */
	public GenerateCommand(Injector injector, Consumer<String> out, Consumer<String> err) {
		this.injector = injector;
		this.out = out;
		this.err = err;
	}

	/**
	 * The options of one call: {@code paths} only for the command line; {@code languages} {@code null} for
	 * each notice's own.
	 */
	public record Options(List<String> paths, Path output, List<NoticeFormat> formats, List<Language> languages,
			boolean draft) {
	}

	/** The options of a command line ({@code PATH… -o DIR [--format …] [--lang …] [--draft]}), checked. */
	public static Options parse(List<String> arguments, NoticeFormats known) throws UsageException {
		List<String> paths = new ArrayList<>();
		Path output = null;
		List<NoticeFormat> formats = null;
		List<Language> languages = null;
		boolean draft = false;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--draft")) {
				draft = true;
				continue;
			}
			String option = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
			if (!argument.startsWith("-")) {
				paths.add(argument);
				continue;
			}
			if (!List.of("-o", "--output", "--format", "--lang").contains(option)) {
				throw new UsageException("unknown option " + argument + "\n" + Main.USAGE_TEXT);
			}
			String value = Main.optionValue(arguments, i, option);
			if (!argument.contains("=")) {
				i++;
			}
			switch (option) {
				case "-o", "--output" -> {
					if (value.isBlank()) {
						throw new UsageException(option + " needs a folder");
					}
					output = Path.of(value);
				}
				case "--format" -> {
					Set<NoticeFormat> chosen = new LinkedHashSet<>();
					for (String id : value.split(",")) {
						chosen.add(known.byId(id.strip()).orElseThrow(() -> new UsageException("unknown format '"
								+ id.strip() + "'; known formats: "
								+ String.join(", ", known.all().stream().map(NoticeFormat::id).toList()))));
					}
					formats = List.copyOf(chosen);
				}
				default -> {
					Set<Language> chosen = new LinkedHashSet<>();
					for (String code : value.split(",")) {
						Language language = Language.get(code.strip());
						if (language == null) {
							throw new UsageException("--lang takes fi, en and sv, not '" + code.strip() + "'");
						}
						chosen.add(language);
					}
					languages = List.copyOf(chosen);
				}
			}
		}
		if (output == null) {
			throw new UsageException("generate needs an output folder: -o DIR\n" + Main.USAGE_TEXT);
		}
		if (paths.isEmpty()) {
			throw new UsageException("no file or folder given\n" + Main.USAGE_TEXT);
		}
		return new Options(paths, output, formats == null ? known.all() : formats, languages, draft);
	}

	public int run(List<String> arguments) throws UsageException {
		Options options = parse(arguments, injector.getInstance(NoticeFormats.class));
		return generate(SourceFiles.collect(options.paths()), options);
	}

	/**
	 * Generates the requested files with the options ({@code paths} ignored); returns the exit code. The
	 * output folder is locked for the run ({@link FolderLock}): a second run into it fails at once.
	 */
	public int generate(SourceFiles files, Options options) throws UsageException {
		SelosteWorkspace workspace = SelosteWorkspace.load(injector, files);
		KeywordLanguage language = files.requested().isEmpty() ? KeywordLanguage.FINNISH
				: injector.getInstance(SelosteMessages.class).languageFor(workspace.resource(files.requested().get(0)));
		try (FolderLock lock = FolderLock.acquire(options.output())) {
			OutputWriter writer = new OutputWriter(options.output());
			writer.removeLeftovers();
			return generate(files, options, workspace, writer);
		} catch (WriteFailure e) {
			throw new UsageException(e.message(language));
		}
	}

	private int generate(SourceFiles files, Options options, SelosteWorkspace workspace, OutputWriter writer)
			throws UsageException {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		NoticeOwners owners = new NoticeOwners();
		int exit = Main.OK;
		int written = 0;
		for (Path file : files.requested()) {
			List<Problem> errors = new ArrayList<>();
			workspace.readProblems().stream().filter(p -> p.file().equals(file)).forEach(errors::add);
			XtextResource resource = workspace.resource(file);
			if (resource != null) {
				for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
					Problem problem = CheckCommand.toProblem(file, issue);
					if (problem.severity() == Problem.Severity.ERROR) {
						errors.add(problem);
					}
				}
			}
			boolean parsed = resource != null && !resource.getContents().isEmpty()
					&& !resource.getParseResult().hasSyntaxErrors();
			List<Notice> notices = parsed ? NoticeRendering.notices((SelosteFile) resource.getContents().get(0)) : List.of();
			boolean draft = !errors.isEmpty();
			if (!draft || options.draft()) {
				errors.addAll(owners.claim(file, notices, draft));
			}
			if (!errors.isEmpty()) {
				errors.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
				errors.forEach(problem -> out.accept(problem.format()));
				out.accept(VisibleText.of(file.toString()) + ": not generated: " + errors.size() + " error(s)");
				exit = Main.INPUT_ERRORS;
				if (draft && options.draft() && parsed && errors.stream().noneMatch(p -> NoticeOwners.CODE.equals(p.code()))) {
					written += writeDrafts(resource, options, writer);
				}
				continue;
			}
			for (Notice notice : notices) {
				written += generate(file, notice, options, writer);
			}
		}
		err.accept(String.format(java.util.Locale.ROOT, "Generated %d file(s) into %s.", written, VisibleText.of(writer.folder().toString())));
		return exit;
	}

	/** Drafts of the notices of a file with errors, in the notices' own (or the chosen) languages. */
	private int writeDrafts(XtextResource resource, Options options, OutputWriter writer) throws UsageException {
		List<OutputFile> drafts = new ArrayList<>();
		for (Notice notice : NoticeRendering.notices((SelosteFile) resource.getContents().get(0))) {
			drafts.addAll(DraftDocuments.render(notice, NoticeRendering.languages(notice, options.languages(),
					(skipped, language) -> {
						// drafts leave undeclared languages out without a note
					})));
		}
		try {
			List<Path> paths = writer.write(drafts);
			paths.forEach(path -> out.accept(VisibleText.of(path.toString()) + " (draft)"));
			return paths.size();
		} catch (IOException e) {
			throw new UsageException(writeFailure(writer, e).message(languageOf(resource)));
		}
	}

	private int generate(Path file, Notice notice, Options options, OutputWriter writer) throws UsageException {
		List<OutputFile> outputs = NoticeRendering.render(notice, options.formats(), options.languages(),
				(skipped, language) -> err.accept(VisibleText.of(file.toString()) + ": note: notice " + skipped.getName()
						+ " is not written in '" + language.getLiteral() + "'; skipped"));
		if (outputs.isEmpty()) {
			return 0;
		}
		try {
			for (Path path : writer.write(outputs)) {
				out.accept(VisibleText.of(path.toString()));
			}
		} catch (IOException e) {
			throw new UsageException(writeFailure(writer, e).message(languageOf(notice.eResource())));
		}
		reportLosses(file, outputs);
		return outputs.size();
	}

	/** A failure of the writer said with file and reason (a refused name is a failure of the folder). */
	private static WriteFailure writeFailure(OutputWriter writer, IOException e) {
		return e instanceof WriteFailure failure ? failure : WriteFailure.ofFolder(writer.folder(), e);
	}

	/** The message language of a file: the one chosen (--lang of check), else the file's keywords. */
	private KeywordLanguage languageOf(org.eclipse.emf.ecore.resource.Resource resource) {
		return injector.getInstance(SelosteMessages.class).languageFor(resource);
	}

	/**
	 * One note per written file that holds empty values where its format requires what the notice does
	 * not state, so that the author knows which fields say nothing (and can state them).
	 */
	private void reportLosses(Path file, List<OutputFile> outputs) {
		for (OutputFile output : outputs) {
			if (!output.losses().isEmpty()) {
				err.accept(VisibleText.of(file.toString()) + ": note: " + output.name() + ": not filled from the source: "
						+ output.losses().stream().map(LossEntry::toString).collect(Collectors.joining(", ")));
			}
		}
	}
}
