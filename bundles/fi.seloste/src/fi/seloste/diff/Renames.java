package fi.seloste.diff;

import java.util.HashMap;
import java.util.Map;

/** The declarations renamed between the versions: an earlier name and its later one, per subject. */
final class Renames {

	static final Renames NONE = new Renames();

	private final Map<String, String> laterNames = new HashMap<>();

	private int version;

	void add(Subject subject, String before, String after) {
		laterNames.put(subject + ":" + before, after);
		version++;
	}

	/** The later name of an earlier name (the same name when it was not renamed). */
	String current(Subject subject, String name) {
		return laterNames.getOrDefault(subject + ":" + name, name);
	}

	/** Changes whenever a rename is added: signatures computed under an older version are stale. */
	int version() {
		return version;
	}

	boolean isEmpty() {
		return laterNames.isEmpty();
	}
}
