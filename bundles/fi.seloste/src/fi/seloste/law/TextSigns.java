package fi.seloste.law;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A set of words (Finnish, English, Swedish) that signal something in free text, matched case-insensitively. */
final class TextSigns {

	private final Pattern pattern;

	private TextSigns(Pattern pattern) {
		this.pattern = pattern;
	}

	/** Alternatives as regular expressions, each matched from the start of a word. */
	static TextSigns of(String... alternatives) {
		return new TextSigns(Pattern.compile("(?iuU)\\b(?:" + String.join("|", alternatives) + ")"));
	}

	/** The first words of the text that match, as written. */
	Optional<String> find(String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

	/** The first words of any of the texts that match. */
	Optional<String> find(Collection<String> texts) {
		return texts.stream().map(this::find).flatMap(Optional::stream).findFirst();
	}

	boolean matches(String text) {
		return pattern.matcher(text).find();
	}
}
