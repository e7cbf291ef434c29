package fi.seloste.ide.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import fi.seloste.generator.DraftDocuments;
import fi.seloste.generator.HtmlFormat;
import fi.seloste.generator.NoticeDocumentBuilder;
import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.NoticeRendering;
import fi.seloste.generator.OutputFile;
import fi.seloste.generator.OutputWriter;
import fi.seloste.io.FolderLock;
import fi.seloste.io.WriteFailure;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.validation.SelosteMessages;

/**
 * The language server's notices: written on save or on request as {@code seloste generate} writes them
 * (a notice with errors is not written; the same formats, names and writer), and previewed as HTML in
 * memory (a notice with errors as a draft marked not for publication, as {@code generate --draft}).
 */
public class NoticeGeneration {

	/**
	 * What a generation wrote, and what the user should read about it (one line each); {@code failed} when
	 * nothing was written that should have been (errors, an unwritable folder), for the user's attention.
	 */
	public record Outcome(List<Path> written, List<String> messages, boolean failed) {
	}

	/** The HTML of one notice in one language; {@code html} is {@code null} when there is nothing to show. */
	public record Preview(String notice, String language, String html, boolean draft, List<String> messages) {
	}

	private final ServerTexts texts = new ServerTexts();

	@Inject
	private IResourceValidator validator;

	@Inject
	private NoticeFormats formats;

	@Inject
	private ServerConfiguration configuration;

	/** The message language: the one chosen, else the file's keyword language (one rule for all messages). */
	@Inject
	private SelosteMessages messageLanguages;

	/**
	 * Writes the notices of {@code resource}, the file at {@code file}, into the configured output folder.
	 * One generation at a time: the server answers requests in parallel, and two generations into one
	 * folder would meet at its lock.
	 */
	public synchronized Outcome generate(XtextResource resource, Path file) {
		KeywordLanguage language = messageLanguages.languageFor(resource);
		List<String> messages = new ArrayList<>();
		List<Notice> notices = notices(resource);
		if (notices.isEmpty()) {
			messages.add(texts.get(language, "generate.noNotice", file.getFileName()));
			return new Outcome(List.of(), messages, false);
		}
		long errors = errors(resource);
		if (errors > 0) {
			messages.add(texts.get(language, "generate.errors", file.getFileName(), errors));
			return new Outcome(List.of(), messages, true);
		}
		ServerSettings settings = configuration.settings();
		List<NoticeFormat> chosen = chosenFormats(settings, messages, language);
		List<Language> languages = settings.languages().isEmpty() ? null : settings.languages();
		List<OutputFile> outputs = new ArrayList<>();
		for (Notice notice : notices) {
			outputs.addAll(NoticeRendering.render(notice, chosen, languages,
					(skipped, skippedLanguage) -> messages.add(texts.get(language, "generate.languageSkipped",
							skipped.getName(), skippedLanguage.getLiteral()))));
		}
		Path folder = configuration.outputFolder(file);
		try (FolderLock lock = FolderLock.acquire(folder)) {
			List<Path> written = new OutputWriter(folder).write(outputs);
			messages.add(texts.get(language, "generate.written", written.size(), folder));
			return new Outcome(written, messages, false);
		} catch (FolderLock.FolderBusyException e) {
			messages.add(texts.get(language, "generate.busy", folder));
			return new Outcome(List.of(), messages, true);
		} catch (WriteFailure e) {
			// the file or folder and the reason in words, as the command line says it
			messages.add(texts.get(language, "generate.cannotWrite", folder, e.reason(language).isEmpty()
					? e.message(language) : e.path().getFileName() + ": " + e.reason(language)));
			return new Outcome(List.of(), messages, true);
		} catch (IOException e) {
			messages.add(texts.get(language, "generate.cannotWrite", folder, fi.seloste.io.Failures.reason(e, folder, language)));
			return new Outcome(List.of(), messages, true);
		}
	}

	/**
	 * The HTML of the first notice of {@code resource} in {@code language}, or in the notice's first
	 * language when it is {@code null} or not one of the notice's.
	 */
	public Preview preview(XtextResource resource, Language language) {
		List<Notice> notices = notices(resource);
		if (notices.isEmpty()) {
			return new Preview(null, null, null, false,
					List.of(texts.get(messageLanguages.languageFor(resource), "preview.noNotice")));
		}
		Notice notice = notices.get(0);
		List<Language> own = Texts.outputLanguages(notice);
		Language shown = language != null && own.contains(language) ? language : own.isEmpty() ? Language.FI : own.get(0);
		boolean draft = errors(resource) > 0;
		String html = draft ? DraftDocuments.html(notice, shown)
				: HtmlFormat.render(NoticeDocumentBuilder.build(notice, shown));
		return new Preview(notice.getName(), shown.getLiteral(), html, draft, List.of());
	}

	private List<NoticeFormat> chosenFormats(ServerSettings settings, List<String> messages, KeywordLanguage language) {
		if (settings.formats().isEmpty()) {
			return formats.all();
		}
		List<NoticeFormat> chosen = new ArrayList<>();
		for (String id : settings.formats()) {
			formats.byId(id).ifPresentOrElse(chosen::add, () -> messages.add(texts.get(language, "generate.unknownFormat", id)));
		}
		return chosen.isEmpty() ? formats.all() : chosen;
	}

	private static List<Notice> notices(XtextResource resource) {
		if (resource == null || resource.getContents().isEmpty() || resource.getParseResult() == null
				|| resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		return NoticeRendering.notices((SelosteFile) resource.getContents().get(0));
	}

	private long errors(XtextResource resource) {
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).count();
	}
}
