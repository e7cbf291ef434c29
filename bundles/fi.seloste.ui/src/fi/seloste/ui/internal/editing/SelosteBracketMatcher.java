package fi.seloste.ui.internal.editing;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/**
 * Matching brackets for the Generic Editor (plugin.xml): the braces of blocks, and the parentheses and
 * square brackets people write in texts. Ctrl+Shift+P jumps to the partner.
 */
public class SelosteBracketMatcher extends DefaultCharacterPairMatcher {

	public SelosteBracketMatcher() {
		super(new char[] { '{', '}', '(', ')', '[', ']' });
	}
}
