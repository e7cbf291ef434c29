package fi.seloste.ide.quickfix;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;

/**
 * The syntax errors of a text, counted one way for every editor: the repair of one syntax error must
 * leave fewer of them ({@code SourceFixes} when it offers a repair, the Eclipse editor when it applies one).
 */
public final class SyntaxErrors {

	private SyntaxErrors() {
	}

	/** How many syntax errors a parse found. */
	public static int count(IParseResult result) {
		int errors = 0;
		for (INode ignored : result.getSyntaxErrors()) {
			errors++;
		}
		return errors;
	}

	/** How many syntax errors the text has. */
	public static int count(IParser parser, String text) {
		return count(parser.parse(new StringReader(text)));
	}

	/** Where the text's syntax errors are. */
	public static List<Integer> offsets(IParser parser, String text) {
		List<Integer> offsets = new ArrayList<>();
		parser.parse(new StringReader(text)).getSyntaxErrors().forEach(error -> offsets.add(error.getOffset()));
		return offsets;
	}

	/** Whether {@code fixed} has fewer syntax errors than {@code original}. */
	public static boolean fewer(IParser parser, String original, String fixed) {
		return count(parser, fixed) < count(parser, original);
	}
}
