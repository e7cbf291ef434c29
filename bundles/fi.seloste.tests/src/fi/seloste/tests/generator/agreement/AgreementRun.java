package fi.seloste.tests.generator.agreement;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import fi.seloste.generator.NoticeFormats;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.tests.random.RandomNotice;
import fi.seloste.tests.random.RandomNotices;

/**
 * Runs the checks over the random notices of some seeds: each notice is generated, loaded and validated
 * as the tests load texts, then every check runs on it (the costly ones on every n-th notice only).
 * Keeps what each property found and where the time went, and shrinks the violations on request.
 */
public final class AgreementRun {

	public static final String VALID = "generator.valid";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final SelosteTestModels models;
	private final RandomNotices notices;
	private final NoticeFormats formats;
	private final List<AgreementCheck> always;
	private final List<AgreementCheck> sometimes;
	private final int every;
	private final Map<String, AgreementCheck> owners = new LinkedHashMap<>();
	private final Findings findings;
	private final Map<String, Long> nanos = new LinkedHashMap<>();
	private int count;
	private long wall;
	private long cpu;

	/** @param sometimes checks run on every {@code every}-th notice only (and on a single one) */
	public AgreementRun(SelosteTestModels models, RandomNotices notices, NoticeFormats formats,
			List<AgreementCheck> always, List<AgreementCheck> sometimes, int every) {
		this.models = models;
		this.notices = notices;
		this.formats = formats;
		this.always = always;
		this.sometimes = sometimes;
		this.every = every;
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put(VALID, "the generated notice parses, links and the validator reports no error");
		Stream.concat(always.stream(), sometimes.stream()).forEach(c -> {
			properties.putAll(c.properties());
			c.properties().keySet().forEach(p -> owners.put(p, c));
		});
		this.findings = new Findings(properties);
	}

	public Findings run(List<Long> seeds) {
		long start = System.nanoTime();
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		for (int i = 0; i < seeds.size(); i++) {
			long t = System.nanoTime();
			RandomNotice source = notices.generate(seeds.get(i));
			XtextResource resource = models.parse(source.text());
			List<Issue> errors = models.validate(resource).stream().filter(x -> x.getSeverity() == Severity.ERROR).toList();
			time("generate, parse and validate", t);
			// the PDF language turns with every costly sample, so that all three are rendered
			Sample sample = new Sample(source, notice(resource), formats, i / every);
			findings.checked(VALID, sample);
			if (!errors.isEmpty()) {
				findings.violated(VALID, sample, SelosteTestModels.describe(errors).strip());
				continue;
			}
			List<AgreementCheck> checks = new ArrayList<>(always);
			if (seeds.size() == 1 || i % every == 0) {
				checks.addAll(sometimes);
			}
			checks.forEach(check -> check(check, sample));
		}
		count = seeds.size();
		wall = System.nanoTime() - start;
		cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
		return findings;
	}

	private void check(AgreementCheck check, Sample sample) {
		long t = System.nanoTime();
		String first = check.properties().keySet().iterator().next();
		try {
			check.check(sample, findings);
		} catch (RuntimeException | AssertionError e) {
			// an output the check cannot read violates the check's first property
			findings.violated(first, sample, "check failed: " + e);
		}
		time(check.getClass().getSimpleName() + " " + first.replaceFirst("\\..*", ""), t);
	}

	private void time(String what, long since) {
		nanos.merge(what, System.nanoTime() - since, Long::sum);
	}

	/** What held, what failed, and where the time went (CPU too: on a shared machine wall time says more about the neighbours). */
	public String report() {
		StringBuilder out = new StringBuilder();
		out.append(String.format("FormatAgreementPropertyTest: %d notices in %.1f s (%.1f s CPU)%n", count, wall / 1e9,
				cpu / 1e9));
		nanos.forEach((what, n) -> out.append(String.format("  %-45s %6.1f s%n", what, n / 1e9)));
		for (Findings.Result result : findings.results()) {
			out.append(String.format("  %-28s %s%n", result.id(), result.seeds().isEmpty()
					? "holds (" + result.checked() + ")"
					: "FAILS on " + result.seeds().size() + " of " + result.checked() + ", shortest seed "
							+ result.shortest().seed()));
		}
		return out.toString();
	}

	/** For each violated property, its shortest violating notice shrunk, with the violation, by property. */
	public Map<String, String> shrink() {
		Shrinker shrinker = new Shrinker(this::validNotice, formats);
		Map<String, String> minimal = new LinkedHashMap<>();
		for (Findings.Result result : findings.results()) {
			AgreementCheck check = owners.get(result.id());
			if (result.seeds().isEmpty() || check == null) {
				continue;
			}
			RandomNotice small = shrinker.shrink(notices.generate(result.shortest().seed()), check, result.id());
			Findings again = new Findings(check.properties());
			check.check(new Sample(small, validNotice(small.text()), formats, 0), again);
			String violation = again.results().stream().filter(r -> r.id().equals(result.id()) && r.shortest() != null)
					.map(r -> r.shortest().message()).findFirst().orElse("");
			minimal.put(result.id(), "=== minimal (shrunk from seed " + result.shortest().seed() + ")\n" + violation
					+ "\n---\n" + small.text());
		}
		return minimal;
	}

	/** The notice of a text without errors, else {@code null}. */
	private Notice validNotice(String text) {
		XtextResource resource = models.parse(text);
		boolean valid = models.validate(resource).stream().noneMatch(x -> x.getSeverity() == Severity.ERROR);
		return valid ? notice(resource) : null;
	}

	/** The notice of a loaded file (the generated files hold one). */
	public static Notice notice(XtextResource resource) {
		return (Notice) ((SelosteFile) resource.getContents().get(0)).getElements().get(0);
	}
}
