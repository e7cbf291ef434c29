package fi.seloste.law;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts that name the repealed Data Protection Directive 95/46/EC, or call the GDPR a directive
 * ("tietosuojadirektiivi"): the GDPR, a regulation, repealed the directive from 25 May 2018 (GDPR
 * Art 94(1)). The ePrivacy Directive 2002/58/EC (in Finnish often "sähköisen viestinnän
 * tietosuojadirektiivi") is in force and is not reported.
 */
public final class RepealedDirective {

	private static final Pattern NAME = Pattern.compile(
			"\\b(?:henkilö)?tietosuojadirektii?vi\\w*|\\bdata protection directive\\b|\\bdataskyddsdirektiv\\w*|\\b95/46(?:/EY|/EC|/EG)?\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The words {@link #NAME} starts with, folded as it folds case, without its slower word boundaries. */
	private static final Pattern MENTION = Pattern.compile(
			"tietosuojadirekti|data protection directive|dataskyddsdirektiv|95/46", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** What before a name makes it the ePrivacy Directive, which is in force. */
	private static final Pattern EPRIVACY = Pattern.compile(
			"(?:sähköisen viestinnän|viestinnän|e-?privacy|electronic communications|elektronisk kommunikation)\\W*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private RepealedDirective() {
	}

	/** The first name of the repealed directive in the text, as written, if any. */
	public static Optional<String> firstIn(String text) {
		// the pattern is slow on long texts: look for it only where a word it starts with occurs
		if (!MENTION.matcher(text).find()) {
			return Optional.empty();
		}
		Matcher m = NAME.matcher(text);
		while (m.find()) {
			String before = text.substring(Math.max(0, m.start() - 40), m.start());
			if (!EPRIVACY.matcher(before).find() && !m.group().toLowerCase(Locale.ROOT).contains("2002/58")) {
				return Optional.of(m.group());
			}
		}
		return Optional.empty();
	}
}
