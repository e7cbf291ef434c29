package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.seloste.ide.quickfix.Fixes;
import fi.seloste.ide.quickfix.SelosteQuickfixProvider;
import fi.seloste.validation.SelosteCheck;

/**
 * The quick fixes are tested and cover most of the checks: every issue code with a
 * {@link Fixes} method has a {@link CoversFix} test in {@link QuickfixTest}, and at least
 * 70 % of the codes of {@link SelosteCheck} have a quick fix.
 */
class QuickfixCoverageTest {

	static final double REQUIRED_SHARE = 0.70;

	static Set<String> fixedCodes() {
		return SelosteQuickfixProvider.fixMethods().stream().map(m -> m.getAnnotation(Fixes.class).value().code())
				.collect(Collectors.toCollection(TreeSet::new));
	}

	static Set<String> testedCodes() {
		return Arrays.stream(QuickfixTest.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(CoversFix.class))
				.map(m -> m.getAnnotation(CoversFix.class).value().code()).collect(Collectors.toCollection(TreeSet::new));
	}

	static Set<String> checkCodes() {
		return Arrays.stream(SelosteCheck.values()).map(SelosteCheck::code).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void everyCodeWithAQuickFixHasATest() {
		Set<String> untested = new TreeSet<>(fixedCodes());
		untested.removeAll(testedCodes());
		assertEquals(Set.of(), untested, "quick fixes without a @CoversFix test in QuickfixTest");
	}

	@Test
	void everyTestCoversACodeWithAQuickFix() {
		Set<String> unknown = new TreeSet<>(testedCodes());
		unknown.removeAll(fixedCodes());
		assertEquals(Set.of(), unknown, "@CoversFix tests of codes without a quick fix");
	}

	@Test
	void quickFixesAreForChecksOfTheCatalogue() {
		Set<String> unknown = new TreeSet<>(fixedCodes());
		unknown.removeAll(checkCodes());
		assertEquals(Set.of(), unknown, "@Fixes methods for codes that are not in SelosteCheck");
	}

	@Test
	void atLeastSeventyPercentOfTheChecksHaveAQuickFix() {
		int fixed = fixedCodes().size();
		int all = checkCodes().size();
		assertTrue(fixed >= Math.ceil(REQUIRED_SHARE * all),
				() -> fixed + " of " + all + " codes have a quick fix; at least " + (int) Math.ceil(REQUIRED_SHARE * all)
						+ " are required");
	}

	@Test
	void everyQuickfixFixtureHasItsTest() {
		Set<String> tests = Arrays.stream(QuickfixTest.class.getDeclaredMethods())
				.filter(m -> m.isAnnotationPresent(CoversFix.class)).map(Method::getName)
				.collect(Collectors.toCollection(TreeSet::new));
		Set<String> fixtures = Fixtures.seloste(QuickfixTest.DIR).stream().map(Path::getFileName).map(Path::toString)
				.map(f -> f.substring(0, f.length() - ".seloste".length())).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(fixtures, tests, "fixtures/quickfix/NAME.seloste and QuickfixTest.NAME() go together");
	}

	@Test
	void labelsExistInFinnishAndEnglish() throws IOException {
		assertEquals(keys("labels.properties"), keys("labels_fi.properties"),
				"labels.properties and labels_fi.properties have different keys");
	}

	private static Set<String> keys(String file) throws IOException {
		Properties labels = new Properties();
		try (InputStream in = SelosteQuickfixProvider.class.getResourceAsStream(file)) {
			assertTrue(in != null, file + " is missing");
			labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return labels.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
	}
}
