package fi.seloste.ui.internal.highlighting;

import org.eclipse.jface.text.rules.IWordDetector;

/**
 * Words of a Seloste file: keywords ({@code y-tunnus}, {@code sähköposti}, {@code art49-derogation})
 * and names ({@code Yhteystiedot}, {@code ^nimi}). A word starts with a letter (any script), '_' or
 * the '^' that turns a keyword into a name, and goes on with letters, digits, '_' and '-'.
 * Names contain no '-', so reading one as a word never swallows anything the grammar would split.
 */
final class SelosteWordDetector implements IWordDetector {

	@Override
	public boolean isWordStart(char c) {
		return Character.isLetter(c) || c == '_' || c == '^';
	}

	@Override
	public boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}
}
