package fi.seloste.ide.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import fi.seloste.validation.FixKind;
import fi.seloste.ide.quickfix.QuickfixRunner;
import fi.seloste.model.VisibleText;
import fi.seloste.validation.SelosteMessages;

/**
 * {@code seloste check --fix PATH…}: applies every editorial quick fix ({@link FixKind#EDITORIAL}: it
 * changes how something is written, never what the notice says) that has exactly one resolution, one
 * at a time, re-parsing and re-validating the file after each, until none is left (or a round limit is
 * reached). Substantive fixes state facts, dates or law only the author can state: they are left to
 * the editor. A fix that would break the syntax or does not remove its problem is undone and not
 * tried again. Files that do not parse are never touched; changed files are written atomically.
 */
public final class FixCommand {

	/** At most this many fixes per file: a guard against fixes that keep undoing each other. */
	static final int MAX_ROUNDS = 200;

	/** One applied fix: the line of its problem in the file as given, its code and label. */
	public record Change(Path file, int line, String code, String label) {
		public String format() {
			return VisibleText.of(file.toString()) + ":" + line + ": fixed [" + code + "] " + VisibleText.of(label);
		}
	}

	public enum Status {
		UNCHANGED, FIXED, NOT_PARSED
	}

	public record Outcome(Path file, Status status, List<Change> changes) {
	}

	private final Injector injector;
	/** One per command, so that leftovers of an interrupted run are removed before the first write. */
	private final SourceWriter writer = new SourceWriter();

	public FixCommand(Injector injector) {
		this.injector = injector;
	}

	public List<Outcome> fix(SourceFiles files) throws UsageException {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		QuickfixRunner runner = injector.getInstance(QuickfixRunner.class);
		SelosteMessages messages = injector.getInstance(SelosteMessages.class);
		SelosteWorkspace workspace = SelosteWorkspace.load(injector, files);
		writer.removeLeftoversBeside(files.requested());
		List<Outcome> outcomes = new ArrayList<>();
		for (Path file : files.requested()) {
			XtextResource resource = workspace.resource(file);
			if (resource == null || resource.getParseResult().hasSyntaxErrors()) {
				outcomes.add(new Outcome(file, Status.NOT_PARSED, List.of()));
				continue;
			}
			String read = text(resource);
			List<Change> changes = fix(file, resource, validator, runner);
			if (changes.isEmpty()) {
				outcomes.add(new Outcome(file, Status.UNCHANGED, changes));
				continue;
			}
			writer.write(file, read, text(resource), messages.languageFor(resource));
			outcomes.add(new Outcome(file, Status.FIXED, changes));
			// the other files may refer to this one: load them again against what was written
			workspace = SelosteWorkspace.load(injector, files);
		}
		return outcomes;
	}

	private List<Change> fix(Path file, XtextResource resource, IResourceValidator validator, QuickfixRunner runner)
			throws UsageException {
		List<Change> changes = new ArrayList<>();
		Set<String> failed = new HashSet<>();
		String originalText = text(resource);
		OffsetMap original = new OffsetMap();
		for (int round = 0; round < MAX_ROUNDS; round++) {
			List<Issue> issues = new ArrayList<>(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
			issues.sort(Comparator.comparingInt((Issue i) -> i.getOffset() == null ? 0 : i.getOffset()));
			boolean applied = false;
			for (Issue issue : issues) {
				if (issue.getCode() == null || FixKind.of(issue.getCode()) != FixKind.EDITORIAL) {
					continue;
				}
				List<DiagnosticResolution> resolutions = runner.resolutions(resource, issue);
				if (resolutions.size() != 1) {
					continue;
				}
				DiagnosticResolution resolution = resolutions.get(0);
				String key = issue.getCode() + "\u0000" + issue.getMessage() + "\u0000" + resolution.getLabel();
				if (failed.contains(key)) {
					continue;
				}
				String before = text(resource);
				List<TextEdit> edits = runner.textEdits(resource, resolution);
				String after = QuickfixRunner.applyEdits(before, edits);
				long count = count(issues, issue.getCode());
				if (!after.equals(before) && reparse(resource, after)
						&& count(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl), issue.getCode()) < count) {
					int offset = original.toOriginal(issue.getOffset() == null ? 0 : issue.getOffset());
					changes.add(new Change(file, lineOf(originalText, offset), issue.getCode(), resolution.getLabel()));
					original.record(new Document(0, before), edits);
					applied = true;
					break;
				}
				reparse(resource, before);
				failed.add(key);
			}
			if (!applied) {
				break;
			}
		}
		return changes;
	}

	/** The 1-based line of an offset. */
	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < Math.min(offset, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/**
	 * Maps offsets in the text after some fixes back to the text as it was given, so that every change
	 * is reported at the line of its problem in the file the user knows. An offset inside inserted text
	 * maps to where the insertion was made.
	 */
	private static final class OffsetMap {

		/** One edit of one fix, in the coordinates of the text it was applied to. */
		private record Edit(int start, int end, int length) {
		}

		private final List<List<Edit>> fixes = new ArrayList<>();

		void record(Document before, List<TextEdit> edits) {
			List<Edit> fix = new ArrayList<>();
			for (TextEdit edit : edits) {
				fix.add(new Edit(before.getOffSet(edit.getRange().getStart()), before.getOffSet(edit.getRange().getEnd()),
						edit.getNewText().length()));
			}
			fix.sort(Comparator.comparingInt(Edit::start));
			fixes.add(fix);
		}

		int toOriginal(int offset) {
			int result = offset;
			for (int i = fixes.size() - 1; i >= 0; i--) {
				result = undo(fixes.get(i), result);
			}
			return result;
		}

		private static int undo(List<Edit> fix, int offset) {
			int shift = 0;
			for (Edit edit : fix) {
				int start = edit.start() + shift;
				if (offset < start) {
					break;
				}
				if (offset < start + edit.length()) {
					return edit.start();
				}
				shift += edit.length() - (edit.end() - edit.start());
			}
			return offset - shift;
		}
	}

	private static long count(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).count();
	}

	/** Parses the new text into the resource; {@code false} when it has syntax errors. */
	private static boolean reparse(XtextResource resource, String text) throws UsageException {
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new UsageException(resource.getURI().toFileString() + ": cannot parse the fixed text (" + e.getMessage() + ")");
		}
		return !resource.getParseResult().hasSyntaxErrors();
	}

	private static String text(XtextResource resource) {
		return resource.getParseResult().getRootNode().getText();
	}
}
