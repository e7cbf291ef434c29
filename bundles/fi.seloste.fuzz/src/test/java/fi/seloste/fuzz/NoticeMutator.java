package fi.seloste.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * A structured mutator: random bytes barely parse, so the fuzzer's data choose a shipped example and a
 * few edits of it (a keyword of either language inserted or swapped in, a range deleted or replaced, a
 * line duplicated elsewhere, an edge value such as an impossible date, a huge number or an invisible
 * character). Most results still parse, so linking, the checks and the generators are reached.
 */
final class NoticeMutator {

	/** Values the reliability review found edges with (dates, numbers, characters, escapes, addresses). */
	private static final List<String> EDGE_VALUES = List.of("2026-13-45", "2026-02-30", "99999-99-99", "2026 - 04 - 23",
			"2026-04 -23", "2026-04- 23", "0000-00-00", "2147483648", "9223372036854775808", "99999999999999999999999", "-1",
			"0", "\u0000", "\u0001", "\u000B", "\u200B", "\u202E", "\u2028", "\uFEFF", "\uFFFF", "\\u0000", "\\u0001",
			"\\uD800", "\\uFFFF", "\\", "\\\"", "\"", "\"\"", "{", "}", "{}", "\r", "\r\n", "\t", "\n\n", "//", "/*", "*/",
			"http://", "http://example.fi", "https://example.fi/a b", "javascript:alert(1)", "x(at)y.fi", "a@b",
			"1234567-8", "FI12345678", "+358 40 123 4567", "<<täydennä>>", "<<fill in>>", "<script>", "=cmd|' /C calc'!A0",
			"ä", "Å", "€", "\uD83D\uDE00", "US", "CN", "AX", "ZZ", "FI", "fi", "en", "sv", "*", ".*", ".");

	private static final Pattern KEYWORD = Pattern.compile("^\"(.*)\"$", Pattern.MULTILINE);

	private static List<String> keywords;

	private NoticeMutator() {
	}

	/** The example the data choose, edited as the data say. */
	static Mutant mutate(FuzzedDataProvider data) {
		return mutate(Seloste.examples(), data);
	}

	/**
	 * An example without errors, edited: for the generators, which write only what has no errors (the
	 * seeds' examples have errors on purpose, so their mutants would only give drafts).
	 */
	static Mutant mutateClean(FuzzedDataProvider data) {
		return mutate(Seloste.cleanExamples(), data);
	}

	private static Mutant mutate(List<Seloste.Example> examples, FuzzedDataProvider data) {
		Seloste.Example example = examples.get(data.consumeInt(0, examples.size() - 1));
		StringBuilder text = new StringBuilder(example.text());
		// mostly one edit: each edit may break the syntax, and a text that parses reaches the checks
		int edits = data.consumeInt(0, 3) == 0 ? data.consumeInt(2, 4) : 1;
		for (int i = 0; i < edits; i++) {
			edit(text, data);
		}
		return new Mutant(example, Seloste.asFileText(text.toString()));
	}

	/** An example and its edited text. */
	record Mutant(Seloste.Example example, String text) {
	}

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

	private static void edit(StringBuilder text, FuzzedDataProvider data) {
		int operation = data.consumeInt(0, 11);
		switch (operation) {
			case 0 -> text.insert(position(text, data), " " + pick(keywords(), data) + " ");
			case 1 -> {
				int at = position(text, data);
				text.delete(at, Math.min(text.length(), at + data.consumeInt(1, 80)));
			}
			case 2 -> {
				int at = position(text, data);
				text.replace(at, Math.min(text.length(), at + data.consumeInt(0, 20)), data.consumeString(40));
			}
			case 3 -> {
				String line = line(text, position(text, data));
				text.insert(lineStart(text, position(text, data)), line);
			}
			case 4 -> text.insert(position(text, data), pick(EDGE_VALUES, data));
			case 5 -> {
				int at = position(text, data);
				int end = at;
				while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
					end++;
				}
				text.replace(at, end, pick(keywords(), data));
			}
			case 6 -> text.insert(position(text, data), data.consumeString(20));
			case 7 -> replaceMatch(text, STRING, 1, data.consumeBoolean() ? escaped(pick(EDGE_VALUES, data))
					: escaped(data.consumeString(60)), data);
			case 8 -> {
				int start = lineStart(text, position(text, data));
				text.delete(start, start + line(text, start).length());
			}
			case 9 -> replaceMatch(text, DATE, 0, data.consumeBoolean() ? pick(EDGE_VALUES, data) : data.consumeString(12), data);
			case 10 -> replaceMatch(text, NUMBER, 0, pick(EDGE_VALUES, data), data);
			default -> {
				// a line moved elsewhere
				int start = lineStart(text, position(text, data));
				String line = line(text, start);
				text.delete(start, start + line.length());
				text.insert(lineStart(text, position(text, data)), line);
			}
		}
	}

	/** Replaces one match (the data choose which) of a pattern's group with a value. */
	private static void replaceMatch(StringBuilder text, Pattern pattern, int group, String value, FuzzedDataProvider data) {
		Matcher matcher = pattern.matcher(text);
		List<int[]> matches = new ArrayList<>();
		while (matcher.find()) {
			matches.add(new int[] { matcher.start(group), matcher.end(group) });
		}
		if (!matches.isEmpty()) {
			int[] match = matches.get(data.consumeInt(0, matches.size() - 1));
			text.replace(match[0], match[1], value);
		}
	}

	/** A value as the content of a string literal (raw values come in through the other edits). */
	private static String escaped(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static int lineStart(StringBuilder text, int at) {
		return at == 0 ? 0 : text.lastIndexOf("\n", at - 1) + 1;
	}

	/** The line starting at or around {@code at}, with its line end. */
	private static String line(StringBuilder text, int at) {
		int start = lineStart(text, at);
		int end = text.indexOf("\n", start);
		return text.substring(start, end < 0 ? text.length() : end + 1);
	}

	/** A place in the text; half of the time the start of a word, where an edit keeps the tokens whole. */
	private static int position(StringBuilder text, FuzzedDataProvider data) {
		int at = data.consumeInt(0, text.length());
		if (data.consumeBoolean()) {
			while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
				at++;
			}
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		}
		return at;
	}

	private static String pick(List<String> values, FuzzedDataProvider data) {
		return values.get(data.consumeInt(0, values.size() - 1));
	}

	/** The grammar's words (the dictionary the build writes from Seloste.xtext). */
	static synchronized List<String> keywords() {
		if (keywords == null) {
			try (InputStream in = NoticeMutator.class.getResourceAsStream("seloste.dict")) {
				if (in == null) {
					throw new IllegalStateException("seloste.dict is missing; the build writes it (src/build/KeywordDictionary.java)");
				}
				List<String> words = new ArrayList<>();
				Matcher matcher = KEYWORD.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				while (matcher.find()) {
					String word = unescape(matcher.group(1));
					if (Character.isLetter(word.charAt(0))) {
						words.add(word);
					}
				}
				keywords = List.copyOf(words);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return keywords;
	}

	/** The dictionary's {@code \xNN} escapes back to the UTF-8 bytes they stand for. */
	private static String unescape(String entry) {
		byte[] bytes = new byte[entry.length()];
		int length = 0;
		for (int i = 0; i < entry.length(); i++) {
			if (entry.charAt(i) == '\\' && i + 3 < entry.length() && entry.charAt(i + 1) == 'x') {
				bytes[length++] = (byte) Integer.parseInt(entry.substring(i + 2, i + 4), 16);
				i += 3;
			} else {
				bytes[length++] = (byte) entry.charAt(i);
			}
		}
		return new String(bytes, 0, length, StandardCharsets.UTF_8);
	}
}
