package fi.seloste.validation;

import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

import fi.seloste.model.VisibleText;

/**
 * The parser's messages quote the offending token as it is; a zero-width space, a NUL or a bidi
 * override there shows as nothing (or garbage) in the editor, the language server and the command
 * line. The token is shown as {@link VisibleText}, so the user sees which character is wrong.
 */
public class VisibleSyntaxErrors extends SyntaxErrorMessageProvider {

	// Value converter errors keep their own message: it carries a range, which a copy would lose.
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return visible(super.getSyntaxErrorMessage(context));
	}

	private static SyntaxErrorMessage visible(SyntaxErrorMessage message) {
		if (message == null || message.getMessage() == null) {
			return message;
		}
		return new SyntaxErrorMessage(VisibleText.of(message.getMessage()), message.getIssueCode(),
				message.getIssueData());
	}
}
