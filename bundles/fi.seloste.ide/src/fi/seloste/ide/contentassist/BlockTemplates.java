package fi.seloste.ide.contentassist;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.util.TextRegion;

import fi.seloste.keywords.KeywordLanguage;

/**
 * Block templates of content assist: a purpose, a recipient, a transfer and a cookie, in Finnish and
 * English ({@code templates*.properties}), in the formatter's layout (one member per line, a tab
 * deeper than the block's first line). In a template {@code ${value}} marks a value to fill in; the
 * entry holds the values' places as edit positions, relative to the start of the inserted text.
 */
public class BlockTemplates {

	private static final String BUNDLE = "fi.seloste.ide.contentassist.templates";

	/** Grammar rule where the block starts → template key. */
	private static final Map<String, String> KEYS = Map.of("Purpose", "purpose", "Party", "recipient", "Transfer",
			"transfer", "Cookie", "cookie");

	/** The template entry for a block of the rule at the context's offset, or {@code null} when it has none. */
	public ContentAssistEntry entry(String ruleName, KeywordLanguage language, ContentAssistContext context) {
		String key = KEYS.get(ruleName);
		if (key == null) {
			return null;
		}
		ResourceBundle bundle = bundle(language);
		String indentation = indentation(context.getRootNode() == null ? "" : context.getRootNode().getText(),
				context.getOffset() - context.getPrefix().length());
		ContentAssistEntry entry = new ContentAssistEntry();
		StringBuilder text = new StringBuilder();
		String template = bundle.getString(key);
		int i = 0;
		while (i < template.length()) {
			int start = template.indexOf("${", i);
			if (start < 0) {
				text.append(template, i, template.length());
				break;
			}
			int end = template.indexOf('}', start);
			text.append(template, i, start);
			String value = template.substring(start + 2, end);
			entry.getEditPositions().add(new TextRegion(indented(text, indentation).length(), value.length()));
			text.append(value);
			i = end + 1;
		}
		entry.setPrefix(context.getPrefix());
		entry.setProposal(indented(text, indentation));
		entry.setLabel(bundle.getString(key + ".label"));
		entry.setDescription(bundle.getString("template"));
		entry.setKind(ContentAssistEntry.KIND_SNIPPET);
		return entry;
	}

	private static String indented(CharSequence text, String indentation) {
		return text.toString().replace("\n", "\n" + indentation);
	}

	/** The blanks that start the line of {@code offset}. */
	private static String indentation(String text, int offset) {
		int start = Math.min(Math.max(offset, 0), text.length());
		while (start > 0 && text.charAt(start - 1) != '\n') {
			start--;
		}
		int end = start;
		while (end < text.length() && (text.charAt(end) == '\t' || text.charAt(end) == ' ')) {
			end++;
		}
		return text.substring(start, end);
	}

	private static ResourceBundle bundle(KeywordLanguage language) {
		try {
			return ResourceBundle.getBundle(BUNDLE, language == KeywordLanguage.FINNISH ? Locale.of("fi") : Locale.ROOT,
					BlockTemplates.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		} catch (MissingResourceException e) {
			throw new IllegalStateException("templates of " + language + " missing", e);
		}
	}
}
