package fi.seloste.tests.generator.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import fi.seloste.generator.NoticeFormats;
import fi.seloste.seloste.Notice;
import fi.seloste.tests.random.RandomNotice;

/**
 * Makes a notice that violates a property small enough to read: removes one unit at a time (a line with
 * the text variants continuing it, a block with its contents, or one text variant), keeping a removal
 * when the notice is still valid and still violates the property, until no unit can go. The result is
 * minimal in that sense: without any one of its lines it is invalid or satisfies the property.
 */
public final class Shrinker {

	private static final Pattern VARIANT = Pattern.compile("\\s*(fi|en|sv) \".*");
	private static final Pattern NO_DPO = Pattern.compile("\\s*(ei-tietosuojavastaavaa|no-data-protection-officer)\\b.*");

	private final Function<String, Notice> validNotice;
	private final NoticeFormats formats;

	/** @param validNotice the notice of a text, or {@code null} when the text has errors */
	public Shrinker(Function<String, Notice> validNotice, NoticeFormats formats) {
		this.validNotice = validNotice;
		this.formats = formats;
	}

	/** The smallest notice found from the source that still violates the property; the source when none is. */
	public RandomNotice shrink(RandomNotice source, AgreementCheck check, String property) {
		List<String> lines = new ArrayList<>(source.text().lines().toList());
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int start = 1; start < lines.size() - 1; start++) {
				List<String> candidate = new ArrayList<>(lines);
				candidate.subList(start, end(lines, start)).clear();
				if (violates(notice(source.seed(), candidate), check, property)) {
					lines = candidate;
					changed = true;
					start--;
				}
			}
			// an emptied block "X {", "}" becomes "X" where the grammar allows (parties, purposes, categories)
			for (int i = 1; i < lines.size() - 1; i++) {
				if (lines.get(i).endsWith(" {") && lines.get(i + 1).strip().equals("}")) {
					List<String> candidate = new ArrayList<>(lines);
					candidate.set(i, lines.get(i).substring(0, lines.get(i).length() - 2));
					candidate.remove(i + 1);
					if (violates(notice(source.seed(), candidate), check, property)) {
						lines = candidate;
						changed = true;
					}
				}
			}
		}
		return notice(source.seed(), lines);
	}

	/** Whether the text is valid and violates the property. */
	public boolean violates(RandomNotice candidate, AgreementCheck check, String property) {
		Notice notice = validNotice.apply(candidate.text());
		if (notice == null) {
			return false;
		}
		Findings findings = new Findings(check.properties());
		try {
			check.check(new Sample(candidate, notice, formats, 0), findings);
		} catch (RuntimeException | AssertionError e) {
			return false;
		}
		return findings.results().stream().anyMatch(r -> r.id().equals(property) && !r.seeds().isEmpty());
	}

	/** The end (exclusive) of the unit starting at the line: its continuing variants and its block. */
	private static int end(List<String> lines, int start) {
		if (VARIANT.matcher(lines.get(start)).matches()) {
			return start + 1;
		}
		int end = start + 1;
		while (end < lines.size() && VARIANT.matcher(lines.get(end)).matches()) {
			end++;
		}
		int depth = 0;
		for (int i = start; i < end; i++) {
			depth += braces(lines.get(i));
		}
		while (depth > 0 && end < lines.size()) {
			depth += braces(lines.get(end++));
		}
		return end;
	}

	/** Opening minus closing braces outside quoted texts. */
	private static int braces(String line) {
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\' && quoted) {
				i++;
			} else if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && c == '{') {
				depth++;
			} else if (!quoted && c == '}') {
				depth--;
			}
		}
		return depth;
	}

	/** A notice of the lines, with its variant without "no DPO" for the property that compares the two. */
	private static RandomNotice notice(long seed, List<String> lines) {
		String text = String.join("\n", lines) + "\n";
		List<String> without = new ArrayList<>(lines);
		for (int i = 0; i < without.size(); i++) {
			if (NO_DPO.matcher(without.get(i)).matches()) {
				without.subList(i, end(without, i)).clear();
				return new RandomNotice(seed, text, String.join("\n", without) + "\n");
			}
		}
		return new RandomNotice(seed, text, null);
	}
}
