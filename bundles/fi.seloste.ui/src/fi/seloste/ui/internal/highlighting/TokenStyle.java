package fi.seloste.ui.internal.highlighting;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * How each kind of token looks, on the light default background: keywords as in the Java editor
 * (bold dark purple), texts green, comments grey italic, numbers and dates blue. Identifiers keep
 * the editor's default text colour, except where they refer to a declaration that the linker resolved:
 * such references are teal (the colouring of the model, {@link SemanticHighlighter}).
 */
public enum TokenStyle {

	KEYWORD(new RGB(127, 0, 85), SWT.BOLD),
	STRING(new RGB(0, 128, 0), SWT.NORMAL),
	COMMENT(new RGB(128, 128, 128), SWT.ITALIC),
	NUMBER(new RGB(0, 80, 192), SWT.NORMAL),
	REFERENCE(new RGB(0, 118, 128), SWT.NORMAL);

	private final RGB rgb;
	private final int fontStyle;
	private final TextAttribute attribute;

	TokenStyle(RGB rgb, int fontStyle) {
		this.rgb = rgb;
		this.fontStyle = fontStyle;
		// Colors hold no system resources since SWT 3.115: no display and no disposal needed.
		this.attribute = new TextAttribute(new Color(rgb), null, fontStyle);
	}

	public RGB rgb() {
		return rgb;
	}

	/** {@link SWT#NORMAL}, {@link SWT#BOLD} or {@link SWT#ITALIC}. */
	public int fontStyle() {
		return fontStyle;
	}

	public TextAttribute attribute() {
		return attribute;
	}
}
