package fi.seloste.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import fi.seloste.tests.Fixtures;
import fi.seloste.tests.Golden;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.validation.SelosteCheck;

/**
 * The diagnostics of the shipped examples. Each seed notice ({@code examples/seeds/NAME.seloste}) has
 * all its diagnostics recorded in {@code fixtures/diagnostics/NAME.diagnostics}, one per line
 * ({@code line:column severity code message}, sorted); re-record with {@code -Dseloste.rerecord=true}
 * and review with {@code git diff}. The clean examples have no diagnostic at all. All examples are
 * loaded into one resource set, as {@code ./seloste check examples} does, so references between files
 * resolve.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class ExampleDiagnosticsTest {

	/**
	 * Defects named in the comment header of each seed that the validator must keep reporting, whatever
	 * a re-recording says. (Defects of wording or intent, which no check can see, are not listed.)
	 */
	private static final Map<String, Set<String>> KNOWN_DEFECTS = Map.of(
			"lamisnet", Set.of(SelosteCheck.REPEALED_LAW_REFERENCE.code(), SelosteCheck.AUTHORITY_DETAILS_OUTDATED.code(),
					SelosteCheck.PURPOSE_WITHOUT_BASIS.code(), SelosteCheck.PERSONAL_ID_WITHOUT_GROUND.code(),
					SelosteCheck.RETENTION_VAGUE.code(), SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD.code(),
					SelosteCheck.TRANSFER_COUNTRY_MISSING.code(),
					SelosteCheck.COOKIE_TYPE_MISSING.code(), SelosteCheck.COOKIE_LIFETIME_MISSING.code(),
					SelosteCheck.PROVISION_NOT_STATED.code(), SelosteCheck.EMAIL_FORMAT.code(), SelosteCheck.INSECURE_URL.code(),
					SelosteCheck.PROFILING_UNDECLARED.code(), SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM.code(),
					SelosteCheck.TRACKING_COOKIE_WITHOUT_CONSENT.code(), SelosteCheck.RECIPIENTS_VAGUE.code()),
			"lumicos", Set.of(SelosteCheck.TRANSFER_WITHOUT_SAFEGUARD.code(), SelosteCheck.AUTHORITY_DETAILS_OUTDATED.code(),
					SelosteCheck.PORTABILITY_RIGHT_MISSING.code(), SelosteCheck.RESPONSE_TIME_MISSING.code(),
					SelosteCheck.PROVISION_NOT_STATED.code(), SelosteCheck.URL_FORMAT.code(), SelosteCheck.RIGHTS_MISSTATED.code()),
			"luminet", Set.of(SelosteCheck.PURPOSE_WITHOUT_BASIS.code(), SelosteCheck.SAFEGUARD_COPY_MISSING.code(),
					SelosteCheck.DIRECT_MARKETING_OBJECTION_MISSING.code(), SelosteCheck.COOKIE_PROVIDER_MISSING.code(),
					SelosteCheck.COOKIE_LIFETIME_MISSING.code(),
					SelosteCheck.ADM_NOT_STATED.code(), SelosteCheck.PROVISION_NOT_STATED.code(),
					SelosteCheck.UNUSED_DATA_CATEGORY.code(), SelosteCheck.RETENTION_BY_CATEGORY_ONLY.code(),
					SelosteCheck.TRANSFER_COUNTRY_MISSING.code()),
			"lumisolutions", Set.of(SelosteCheck.PURPOSE_WITHOUT_BASIS.code(), SelosteCheck.BUSINESS_ID_VAT_FORM.code(),
					SelosteCheck.PROVIDER_LOCATION_UNVERIFIED.code(), SelosteCheck.RIGHTS_MISSTATED.code(),
					SelosteCheck.PROFILING_UNDECLARED.code(),
					SelosteCheck.REPEALED_LAW_REFERENCE.code(), SelosteCheck.RIGHT_MISSING.code(),
					SelosteCheck.COMPLAINT_RIGHT_MISSING.code(), SelosteCheck.RESPONSE_TIME_MISSING.code(),
					SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT.code(), SelosteCheck.COOKIE_PROVIDER_MISSING.code(),
					SelosteCheck.ADM_NOT_STATED.code(), SelosteCheck.PROVISION_NOT_STATED.code(),
					SelosteCheck.UPDATED_DATE_MISSING.code()),
			"lumoame", Set.of(SelosteCheck.PURPOSE_WITHOUT_BASIS.code(), SelosteCheck.ADM_NOT_STATED.code(),
					SelosteCheck.SAFEGUARD_COPY_MISSING.code(), SelosteCheck.RIGHT_MISSING.code(),
					SelosteCheck.PORTABILITY_RIGHT_MISSING.code(), SelosteCheck.SUPERVISORY_AUTHORITY_MISSING.code(),
					SelosteCheck.COOKIE_TYPE_MISSING.code(), SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT.code(),
					SelosteCheck.COOKIE_PROVIDER_MISSING.code(), SelosteCheck.COOKIE_LIFETIME_MISSING.code(),
					SelosteCheck.RESPONSE_TIME_MISSING.code(), SelosteCheck.TRANSFER_COUNTRY_MISSING.code(),
					SelosteCheck.COOKIE_CONSENT_INVALID_MECHANISM.code()));

	@Inject
	private SelosteTestModels models;

	private XtextResourceSet examples;

	@BeforeEach
	void loadAllExamples() {
		examples = models.load(Fixtures.exampleFiles());
	}

	static List<Path> seeds() {
		return Fixtures.seloste(Fixtures.examples().resolve("seeds"));
	}

	static List<Path> cleanExamples() {
		Path seeds = Fixtures.examples().resolve("seeds");
		return Fixtures.exampleFiles().stream().filter(p -> !p.startsWith(seeds)).toList();
	}

	private List<Issue> diagnosticsOf(Path file) {
		return ValidationAssert.validate(SelosteTestModels.resourceOf(examples, file));
	}

	private static String nameOf(Path seed) {
		return seed.getFileName().toString().replaceFirst("\\.seloste$", "");
	}

	private static Path goldenFileOf(Path seed) {
		return Fixtures.fixtures().resolve("diagnostics").resolve(nameOf(seed) + ".diagnostics");
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void seedDiagnosticsMatchTheGoldenFile(Path seed) {
		String actual = diagnosticsOf(seed).stream().map(ValidationAssert::line).map(line -> line + "\n")
				.collect(Collectors.joining());
		Golden.assertMatches(goldenFileOf(seed), actual);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void knownDefectsOfTheSeedAreReported(Path seed) {
		Set<String> reported = diagnosticsOf(seed).stream().map(ValidationAssert::codeOf).collect(Collectors.toSet());
		Set<String> known = KNOWN_DEFECTS.get(nameOf(seed));
		assertTrue(known != null, "list the known defects of the new seed " + seed + " in KNOWN_DEFECTS");
		Set<String> unreported = new TreeSet<>(known);
		unreported.removeAll(reported);
		assertEquals(Set.of(), unreported, "known defects of " + seed + " that are no longer reported");
	}

	@ParameterizedTest
	@MethodSource("cleanExamples")
	void cleanExampleHasNoDiagnosticAtAll(Path example) {
		List<Issue> issues = diagnosticsOf(example);
		assertTrue(issues.isEmpty(), () -> example + " is a clean example, but:\n" + ValidationAssert.describe(issues));
	}

	@Test
	void everyGoldenFileBelongsToASeed() throws IOException {
		Set<String> seeds = seeds().stream().map(ExampleDiagnosticsTest::nameOf).collect(Collectors.toSet());
		Path folder = Fixtures.fixtures().resolve("diagnostics");
		Set<String> stale = new TreeSet<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				files.map(p -> p.getFileName().toString().replaceFirst("\\.diagnostics$", ""))
						.filter(name -> !seeds.contains(name)).forEach(stale::add);
			}
		}
		assertEquals(Set.of(), stale, "golden files in fixtures/diagnostics without a seed example");
		assertEquals(seeds, KNOWN_DEFECTS.keySet(), "KNOWN_DEFECTS lists other seeds than examples/seeds");
	}
}
