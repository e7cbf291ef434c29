package fi.seloste.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text only a lawyer can write (an interest, a translation) is inserted by quick fixes as a marked
 * placeholder, {@code <<what to write>>}; a check reports it as an error so it is never published.
 */
public final class Placeholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("<<[^<>]*>>");

	private Placeholders() {
	}

	public static String of(String whatToWrite) {
		return "<<" + whatToWrite + ">>";
	}

	public static List<String> in(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}
}
