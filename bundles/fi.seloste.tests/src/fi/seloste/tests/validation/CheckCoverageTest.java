package fi.seloste.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import fi.seloste.validation.SelosteCheck;
import fi.seloste.validation.SelosteCheck.Concern;

/**
 * Every check of the catalogue ({@link SelosteCheck}) is covered by a test of its concern's validator
 * test class, found by the {@link Covers} annotations on the test methods.
 */
class CheckCoverageTest {

	/** The validator test classes, one per concern; the parser's and linker's findings in BadInputTest. */
	static final Map<Concern, Class<?>> TEST_CLASSES = Map.of(
			Concern.COMPLETENESS, CompletenessValidatorTest.class,
			Concern.FINNISH_LAW, FinnishLawValidatorTest.class,
			Concern.CONSISTENCY, ConsistencyValidatorTest.class,
			Concern.STYLE, StyleValidatorTest.class,
			Concern.SOURCE, fi.seloste.tests.BadInputTest.class);

	private record Coverage(Class<?> testClass, Method method, String code) {
		@Override
		public String toString() {
			return testClass.getSimpleName() + "." + method.getName() + " covers " + code;
		}
	}

	private static List<Coverage> coverages() {
		List<Coverage> result = new ArrayList<>();
		TEST_CLASSES.values().forEach(testClass -> collect(testClass, testClass, result));
		return result;
	}

	private static void collect(Class<?> testClass, Class<?> declaring, List<Coverage> result) {
		for (Method method : declaring.getDeclaredMethods()) {
			Covers covers = method.getAnnotation(Covers.class);
			if (covers != null) {
				Arrays.stream(covers.value()).forEach(check -> result.add(new Coverage(testClass, method, check.code())));
			}
		}
		for (Class<?> nested : declaring.getDeclaredClasses()) {
			collect(testClass, nested, result);
		}
	}

	@Test
	void everyCheckIsCoveredByATest() {
		Set<String> covered = coverages().stream().map(Coverage::code).collect(Collectors.toSet());
		Set<String> uncovered = Arrays.stream(SelosteCheck.values()).map(SelosteCheck::code)
				.filter(code -> !covered.contains(code)).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(Set.of(), uncovered, "checks that no test covers (add a test with @Covers)");
	}

	@Test
	void everyCoveredCodeIsACheck() {
		List<String> unknown = coverages().stream().filter(c -> SelosteCheck.byCode(c.code()) == null)
				.map(Coverage::toString).sorted().toList();
		assertEquals(List.of(), unknown, "@Covers values that are not issue codes of SelosteCheck");
	}

	@Test
	void everyCheckIsCoveredInTheTestClassOfItsConcern() {
		List<String> misplaced = coverages().stream()
				.filter(c -> SelosteCheck.byCode(c.code()) != null
						&& TEST_CLASSES.get(SelosteCheck.byCode(c.code()).concern()) != c.testClass())
				.map(c -> c + ", a check of " + SelosteCheck.byCode(c.code()).concern()).sorted().toList();
		assertEquals(List.of(), misplaced, "@Covers in the test class of another concern");
	}

	@Test
	void onlyTestMethodsCarryCovers() {
		List<String> notTests = coverages().stream().map(Coverage::method).distinct()
				.filter(m -> !m.isAnnotationPresent(Test.class) && !m.isAnnotationPresent(ParameterizedTest.class))
				.map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).sorted().toList();
		assertEquals(List.of(), notTests, "@Covers on methods that JUnit does not run");
	}

	@Test
	void everyCheckHasItsOwnCodeAndALegalSourceInBothLanguages() {
		Set<String> codes = Arrays.stream(SelosteCheck.values()).map(SelosteCheck::code)
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(SelosteCheck.values().length, codes.size(), "two checks share an issue code");
		List<String> unworded = new ArrayList<>();
		for (SelosteCheck check : SelosteCheck.values()) {
			for (fi.seloste.keywords.KeywordLanguage language : fi.seloste.keywords.KeywordLanguage.values()) {
				try {
					if (check.source(language).isBlank()) {
						unworded.add(check + " " + language);
					}
				} catch (RuntimeException e) {
					unworded.add(check + " " + language + ": " + e.getMessage());
				}
			}
		}
		assertEquals(List.of(), unworded, "checks whose legal source cannot be worded");
	}
}
