package fi.seloste.tests.generator.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The violations of each property over all samples: how many notices violate it, their seeds, and the
 * shortest violating notice (its seed, what is wrong and its source), the example a person reads first.
 */
public final class Findings {

	/** The shortest notice found to violate a property. */
	public record Example(long seed, String message, String source) {
	}

	/** What is known about one property. */
	public static final class Result {
		private final String id;
		private final String description;
		private final List<Long> seeds = new ArrayList<>();
		private int checked;
		private long lastChecked = Long.MIN_VALUE;
		private Example shortest;

		Result(String id, String description) {
			this.id = id;
			this.description = description;
		}

		public String id() {
			return id;
		}

		public String description() {
			return description;
		}

		/** Seeds of the violating notices, in order. */
		public List<Long> seeds() {
			return seeds;
		}

		/** How many notices the property was checked on. */
		public int checked() {
			return checked;
		}

		public Example shortest() {
			return shortest;
		}
	}

	private final Map<String, Result> results = new LinkedHashMap<>();

	public Findings(Map<String, String> properties) {
		properties.forEach((id, description) -> results.put(id, new Result(id, description)));
	}

	/** The property was checked on the sample (once or more; a property that does not apply is not checked). */
	public void checked(String property, Sample sample) {
		Result result = result(property);
		if (result.lastChecked != sample.source().seed()) {
			result.lastChecked = sample.source().seed();
			result.checked++;
		}
	}

	/** The sample violates the property; several messages of one notice count once. */
	public void violated(String property, Sample sample, String message) {
		Result result = result(property);
		long seed = sample.source().seed();
		if (result.seeds.isEmpty() || result.seeds.get(result.seeds.size() - 1) != seed) {
			result.seeds.add(seed);
		}
		String text = sample.source().text();
		if (result.shortest == null || text.length() < result.shortest.source().length()) {
			result.shortest = new Example(seed, message, text);
		} else if (result.shortest.seed() == seed && result.shortest.message().lines().count() < 8) {
			result.shortest = new Example(seed, result.shortest.message() + "\n" + message, text);
		}
	}

	public List<Result> results() {
		return List.copyOf(results.values());
	}

	private Result result(String property) {
		Result result = results.get(property);
		if (result == null) {
			throw new IllegalArgumentException("unknown property " + property);
		}
		return result;
	}
}
