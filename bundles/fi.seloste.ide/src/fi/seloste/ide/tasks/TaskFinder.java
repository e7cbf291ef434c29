package fi.seloste.ide.tasks;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParser;

import com.google.inject.Inject;

import fi.seloste.ide.tasks.Task.Priority;

/**
 * The task tags in the comments of a Seloste file ({@code // TODO …}, {@code /* FIXME … *}{@code /}),
 * for any editor: the comments are those the parser reads (so "TODO" in a text or a name is no task),
 * and a tag counts as Eclipse counts it: the word itself, in capitals ({@code TODO}, {@code FIXME},
 * {@code XXX}; not {@code todo} or {@code TODOS}). A task's description runs from its tag to the end of
 * the line or the next tag, without the end of a block comment.
 */
public class TaskFinder {

	/** The tags, as Eclipse's defaults. */
	public static final List<String> TAGS = List.of("TODO", "FIXME", "XXX");

	private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}_])(TODO|FIXME|XXX)(?![\\p{L}\\p{N}_])");

	@Inject
	private IParser parser;

	/** The tasks of a text (parsed here; syntax errors do not matter, the comments are still read). */
	public List<Task> find(String text) {
		return find(parser.parse(new StringReader(text)).getRootNode());
	}

	/** The tasks in the comments of a parsed file. */
	public List<Task> find(INode root) {
		List<Task> tasks = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			String text = leaf.getText();
			if (leaf.isHidden() && (text.startsWith("//") || text.startsWith("/*"))) {
				scan(text, leaf.getOffset(), leaf.getStartLine(), tasks);
			}
		}
		return tasks;
	}

	private static void scan(String comment, int offset, int firstLine, List<Task> tasks) {
		int lineStart = 0;
		int line = firstLine;
		while (lineStart <= comment.length()) {
			int newline = comment.indexOf('\n', lineStart);
			int lineEnd = newline < 0 ? comment.length() : newline;
			String content = comment.substring(lineStart, lineEnd);
			Matcher matcher = TAG.matcher(content);
			List<int[]> found = new ArrayList<>();
			while (matcher.find()) {
				found.add(new int[] { matcher.start(), matcher.end() });
			}
			for (int i = 0; i < found.size(); i++) {
				int start = found.get(i)[0];
				int end = i + 1 < found.size() ? found.get(i + 1)[0] : content.length();
				String description = content.substring(start, end).strip();
				if (description.endsWith("*/")) {
					description = description.substring(0, description.length() - 2).strip();
				}
				String tag = content.substring(start, found.get(i)[1]);
				tasks.add(new Task(tag, description, tag.equals("FIXME") ? Priority.HIGH : Priority.NORMAL,
						offset + lineStart + start, tag.length(), line));
			}
			if (newline < 0) {
				break;
			}
			lineStart = newline + 1;
			line++;
		}
	}
}
