package fi.seloste.ide.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import fi.seloste.formatting2.SelosteFormatting;
import fi.seloste.validation.SelosteMessages;

/**
 * {@code seloste format [--check] PATH…}: gives files the canonical layout. A file that does not
 * parse is never touched; {@code --check} only lists the files that are not formatted.
 */
public final class FormatCommand {

	/** What happened to one file. */
	public record Outcome(Path file, Status status) {
	}

	public enum Status {
		UNCHANGED, FORMATTED, NOT_FORMATTED, NOT_PARSED
	}

	private final Injector injector;

	public FormatCommand(Injector injector) {
		this.injector = injector;
	}

	public List<Outcome> format(SourceFiles files, boolean checkOnly) throws UsageException {
		SelosteWorkspace workspace = SelosteWorkspace.load(injector, files);
		SelosteFormatting formatting = injector.getInstance(SelosteFormatting.class);
		SelosteMessages messages = injector.getInstance(SelosteMessages.class);
		SourceWriter writer = new SourceWriter();
		if (!checkOnly) {
			writer.removeLeftoversBeside(files.requested());
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (Path file : files.requested()) {
			XtextResource resource = workspace.resource(file);
			if (resource == null || resource.getParseResult().hasSyntaxErrors()) {
				outcomes.add(new Outcome(file, Status.NOT_PARSED));
				continue;
			}
			String original = resource.getParseResult().getRootNode().getText();
			String formatted = inLayoutOf(file, formatting.format(resource));
			if (formatted.equals(original)) {
				outcomes.add(new Outcome(file, Status.UNCHANGED));
			} else if (checkOnly) {
				outcomes.add(new Outcome(file, Status.NOT_FORMATTED));
			} else {
				writer.write(file, original, formatted, messages.languageFor(resource));
				outcomes.add(new Outcome(file, Status.FORMATTED));
			}
		}
		return outcomes;
	}

	/** The formatted text in the file's line ends, so that a CRLF file in canonical layout is unchanged. */
	private static String inLayoutOf(Path file, String formatted) throws UsageException {
		try {
			return SourceWriter.inLayoutOf(file, formatted);
		} catch (IOException e) {
			throw new UsageException(file + ": cannot read the file: "
					+ fi.seloste.io.Failures.reason(e, file, fi.seloste.keywords.KeywordLanguage.ENGLISH));
		}
	}
}
