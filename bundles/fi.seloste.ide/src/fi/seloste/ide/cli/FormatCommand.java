package fi.seloste.ide.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import fi.seloste.formatting2.SelosteFormatting;

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
		List<Outcome> outcomes = new ArrayList<>();
		for (Path file : files.requested()) {
			XtextResource resource = workspace.resource(file);
			if (resource == null || resource.getParseResult().hasSyntaxErrors()) {
				outcomes.add(new Outcome(file, Status.NOT_PARSED));
				continue;
			}
			String original = resource.getParseResult().getRootNode().getText();
			String formatted = formatting.format(resource);
			if (formatted.equals(original)) {
				outcomes.add(new Outcome(file, Status.UNCHANGED));
			} else if (checkOnly) {
				outcomes.add(new Outcome(file, Status.NOT_FORMATTED));
			} else {
				write(file, formatted);
				outcomes.add(new Outcome(file, Status.FORMATTED));
			}
		}
		return outcomes;
	}

	private static void write(Path file, String text) throws UsageException {
		try {
			AtomicFiles.write(file, text);
		} catch (IOException e) {
			throw new UsageException(file + ": cannot write the file (" + e.getMessage() + "); it was left as it was");
		}
	}
}
