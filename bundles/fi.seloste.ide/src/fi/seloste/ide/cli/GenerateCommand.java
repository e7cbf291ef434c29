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
import org.eclipse.xtext.resource.XtextResourceSet;
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
	 * output folder is locked for the run ({@link FolderLock}): a second run into it fails at once. The files
	 * are checked and rendered on the available cores in a bounded working set ({@link NoticeBatch}); they
	 * are written, and their lines printed, in the order the files were named, as by one thread (the first
	 * file named keeps a notice name that a later one declares again).
	 */
	public int generate(SourceFiles files, Options options) throws UsageException {
		try (FolderLock lock = FolderLock.acquire(options.output())) {
			OutputWriter writer = new OutputWriter(options.output());
			writer.removeLeftovers();
			return generate(files, options, writer);
		} catch (WriteFailure e) {
			throw new UsageException(e.message(languageOfFirst(files)));
		}
	}

	/** The message language of a failure of the output folder: that of the first requested file. */
	private KeywordLanguage languageOfFirst(SourceFiles files) throws UsageException {
		SelosteMessages messages = injector.getInstance(SelosteMessages.class);
		if (files.requested().isEmpty()) {
			return KeywordLanguage.FINNISH;
		}
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		return SourceLoader.load(set, files.requested().get(0), messages.chosenLanguage()) instanceof SourceLoader.Parsed parsed
				? messages.languageFor(parsed.resource())
				: messages.languageFor((org.eclipse.emf.ecore.resource.Resource) null);
	}

	/** One notice of a file, rendered: the notes on languages it is not written in, then its files. */
	private record RenderedNotice(List<String> notes, List<OutputFile> outputs) {
	}

	/** What a worker made of one file: its errors, its notices' names, and what is to be written. */
	private record FileOutcome(Path file, List<Problem> errors, boolean parsed, List<NoticeOwners.Declared> notices,
			List<RenderedNotice> rendered, List<OutputFile> drafts, KeywordLanguage language) {
	}

	private int generate(SourceFiles files, Options options, OutputWriter writer) throws UsageException {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		SelosteMessages messages = injector.getInstance(SelosteMessages.class);
		NoticeOwners owners = new NoticeOwners();
		int[] exit = { Main.OK };
		int[] written = { 0 };
		NoticeBatch batch = new NoticeBatch(injector, messages.chosenLanguage(), resourceSet -> {
		}, true);
		batch.runInOrder(files, (file, loaded) -> outcome(file, loaded, options, validator, messages), outcome -> {
			List<Problem> errors = new ArrayList<>(outcome.errors());
			boolean draft = !errors.isEmpty();
			if (!draft || options.draft()) {
				errors.addAll(owners.claim(outcome.file(), outcome.notices(), draft));
			}
			if (!errors.isEmpty()) {
				errors.sort(Problem.BY_POSITION);
				errors.forEach(problem -> out.accept(problem.format()));
				out.accept(VisibleText.of(outcome.file().toString()) + ": not generated: " + errors.size() + " error(s)");
				exit[0] = Main.INPUT_ERRORS;
				if (draft && options.draft() && outcome.parsed()
						&& errors.stream().noneMatch(p -> NoticeOwners.CODE.equals(p.code()))) {
					written[0] += writeDrafts(outcome, writer);
				}
				return;
			}
			for (RenderedNotice notice : outcome.rendered()) {
				written[0] += write(outcome, notice, writer);
			}
		});
		err.accept(String.format(java.util.Locale.ROOT, "Generated %d file(s) into %s.", written[0], VisibleText.of(writer.folder().toString())));
		return exit[0];
	}

	/** On a worker: checks one file and renders its notices (or, with errors and --draft, its drafts). */
	private FileOutcome outcome(Path file, SourceLoader.Loaded loaded, Options options, IResourceValidator validator,
			SelosteMessages messages) {
		List<Problem> errors = new ArrayList<>();
		if (loaded instanceof SourceLoader.Unreadable unreadable) {
			errors.add(unreadable.problem());
			return new FileOutcome(file, errors, false, List.of(), List.of(), List.of(), messages.languageFor((org.eclipse.emf.ecore.resource.Resource) null));
		}
		XtextResource resource = ((SourceLoader.Parsed) loaded).resource();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			Problem problem = CheckCommand.toProblem(file, issue);
			if (problem.severity() == Problem.Severity.ERROR) {
				errors.add(problem);
			}
		}
		boolean parsed = !resource.getContents().isEmpty() && !resource.getParseResult().hasSyntaxErrors();
		List<Notice> notices = parsed ? NoticeRendering.notices((SelosteFile) resource.getContents().get(0)) : List.of();
		List<RenderedNotice> rendered = new ArrayList<>();
		List<OutputFile> drafts = new ArrayList<>();
		if (errors.isEmpty()) {
			for (Notice notice : notices) {
				List<String> notes = new ArrayList<>();
				List<OutputFile> outputs = NoticeRendering.render(notice, options.formats(), options.languages(),
						(skipped, language) -> notes.add(VisibleText.of(file.toString()) + ": note: notice " + skipped.getName()
								+ " is not written in '" + language.getLiteral() + "'; skipped"));
				rendered.add(new RenderedNotice(notes, outputs));
			}
		} else if (options.draft() && parsed) {
			for (Notice notice : notices) {
				drafts.addAll(DraftDocuments.render(notice, NoticeRendering.languages(notice, options.languages(),
						(skipped, language) -> {
							// drafts leave undeclared languages out without a note
						})));
			}
		}
		return new FileOutcome(file, errors, parsed, NoticeOwners.declared(notices), rendered, drafts,
				messages.languageFor(resource));
	}

	/** Drafts of the notices of a file with errors, in the notices' own (or the chosen) languages. */
	private int writeDrafts(FileOutcome outcome, OutputWriter writer) throws UsageException {
		try {
			List<Path> paths = writer.write(outcome.drafts());
			paths.forEach(path -> out.accept(VisibleText.of(path.toString()) + " (draft)"));
			return paths.size();
		} catch (IOException e) {
			throw new UsageException(writeFailure(writer, e).message(outcome.language()));
		}
	}

	private int write(FileOutcome outcome, RenderedNotice notice, OutputWriter writer) throws UsageException {
		notice.notes().forEach(err);
		List<OutputFile> outputs = notice.outputs();
		if (outputs.isEmpty()) {
			return 0;
		}
		try {
			for (Path path : writer.write(outputs)) {
				out.accept(VisibleText.of(path.toString()));
			}
		} catch (IOException e) {
			throw new UsageException(writeFailure(writer, e).message(outcome.language()));
		}
		reportLosses(outcome.file(), outputs);
		return outputs.size();
	}

	/** A failure of the writer said with file and reason (a refused name is a failure of the folder). */
	private static WriteFailure writeFailure(OutputWriter writer, IOException e) {
		return e instanceof WriteFailure failure ? failure : WriteFailure.ofFolder(writer.folder(), e);
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
