package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.tests.generator.agreement.AgreementCheck;
import fi.seloste.tests.generator.agreement.AgreementRun;
import fi.seloste.tests.generator.agreement.Determinism;
import fi.seloste.tests.generator.agreement.DistinctRetention;
import fi.seloste.tests.generator.agreement.DocumentAgreement;
import fi.seloste.tests.generator.agreement.DpvAgreement;
import fi.seloste.tests.generator.agreement.Findings;
import fi.seloste.tests.generator.agreement.RopaAgreement;
import fi.seloste.tests.generator.agreement.SelosteJsonAgreement;
import fi.seloste.tests.generator.agreement.Shrinker;
import fi.seloste.tests.generator.agreement.TiltAgreement;
import fi.seloste.tests.random.RandomNotices;

/**
 * Proof that the formats agree: over 1,000 random valid notices (seeds 1 to 1,000, so every failure can
 * be reproduced), every format that has a place for a fact of the resolved model
 * ({@code ResolvedNotice}) holds it, and none states a recipient, transfer, retention, basis or "there
 * is none" that the resolved model does not hold; every output renders to the same bytes twice. Each
 * property is one dynamic test; a failing one says how many notices violate it and shows the shortest
 * of them with its seed. The PDF, slow to render, is checked on every 50th notice in one language.
 * <p>
 * {@code -Dseloste.seed=N} checks the notice of seed N alone, prints it and shrinks it, for each
 * property it violates, to a minimal notice that still does ({@link Shrinker});
 * {@code -Dseloste.seed=shrink} checks all seeds and shrinks the shortest violation of each property.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class FormatAgreementPropertyTest {

	private static final int NOTICES = 1000;
	private static final int PDF_EVERY = 50;

	@Inject
	private SelosteTestModels models;

	@Inject
	private RandomNotices notices;

	@Inject
	private NoticeFormats formats;

	@TestFactory
	Stream<DynamicTest> formatsAgreeWithTheResolvedModel() {
		String mode = System.getProperty("seloste.seed", "all").strip();
		List<Long> seeds = mode.matches("\\d+") ? List.of(Long.parseLong(mode))
				: LongStream.rangeClosed(1, NOTICES).boxed().toList();
		AgreementRun run = new AgreementRun(models, notices, formats, everyNotice(), List.of(DocumentAgreement.pdf(),
				new Determinism(List.of("pdf"))), PDF_EVERY);
		Findings findings = run.run(seeds);
		System.out.print(run.report());
		Map<String, String> minimal = seeds.size() == 1 || mode.equals("shrink") ? run.shrink() : Map.of();
		minimal.forEach((property, text) -> System.out.println("=== " + property + "\n" + text));
		if (seeds.size() == 1) {
			System.out.println("--- seed " + seeds.get(0) + "\n" + notices.generate(seeds.get(0)).text());
		}
		return findings.results().stream().map(result -> DynamicTest.dynamicTest(result.id(), () -> {
			assertTrue(result.checked() > 0 || seeds.size() == 1, result.id() + " was never checked");
			assertTrue(result.seeds().isEmpty(), () -> message(result) + minimal.getOrDefault(result.id(), ""));
		}));
	}

	private List<AgreementCheck> everyNotice() {
		List<String> cheap = formats.all().stream().map(NoticeFormat::id).filter(id -> !id.equals("pdf")).toList();
		return List.of(new DistinctRetention(), new SelosteJsonAgreement(models::notice),
				new DpvAgreement(), new RopaAgreement(), new TiltAgreement(), DocumentAgreement.html(),
				DocumentAgreement.markdown(), new Determinism(cheap));
	}

	private static String message(Findings.Result result) {
		Findings.Example example = result.shortest();
		List<Long> seeds = result.seeds();
		return result.id() + ": " + result.description() + "\nviolated by " + seeds.size() + " of " + result.checked()
				+ " notices, seeds " + (seeds.size() > 20 ? seeds.subList(0, 20) + "…" : seeds)
				+ "\nshortest: seed " + example.seed() + " (reproduce with -Dseloste.seed=" + example.seed() + ")\n"
				+ example.message() + "\n---\n" + example.source();
	}
}
