package fi.seloste.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names most like a name that resolves to nothing: a typing slip (a letter missing, extra, wrong or
 * two swapped), another case, or the last part of a qualified name. Names are compared whole and by
 * their last segment, without case; a candidate is kept when it is within about a quarter of the
 * name's length of it, best first.
 */
public final class SimilarNames {

	/** At most this many names are proposed: a handful to choose from, not the whole scope. */
	public static final int MOST = 5;

	private SimilarNames() {
	}

	/** The candidates like {@code typed}, the nearest first (then by name), at most {@link #MOST}. */
	public static List<String> like(String typed, List<String> candidates) {
		record Scored(String name, int distance) {
		}
		List<Scored> scored = new ArrayList<>();
		for (String candidate : candidates) {
			if (candidate.equals(typed)) {
				continue;
			}
			int distance = distance(typed, candidate);
			if (distance <= tolerance(typed, candidate)) {
				scored.add(new Scored(candidate, distance));
			}
		}
		scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
		return scored.stream().limit(MOST).map(Scored::name).distinct().toList();
	}

	/** The smaller of the distance between the whole names and that between their last segments. */
	static int distance(String typed, String candidate) {
		String a = normal(typed);
		String b = normal(candidate);
		return Math.min(editDistance(a, b), editDistance(last(a), last(b)));
	}

	private static int tolerance(String typed, String candidate) {
		int shorter = Math.min(last(normal(typed)).length(), last(normal(candidate)).length());
		return shorter / 4 + 1;
	}

	/** Without case and without the escape {@code ^} of a name that is also a keyword. */
	private static String normal(String name) {
		return name.replace("^", "").toLowerCase(Locale.ROOT);
	}

	private static String last(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	/** Insertions, deletions, substitutions and swaps of two neighbours (optimal string alignment). */
	static int editDistance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
