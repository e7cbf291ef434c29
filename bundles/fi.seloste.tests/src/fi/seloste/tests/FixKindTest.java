package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fi.seloste.ide.quickfix.Fixes;
import fi.seloste.ide.quickfix.SelosteQuickfixProvider;
import fi.seloste.validation.FixKind;
import fi.seloste.validation.SelosteCheck;

/**
 * Every check declares the kind of its quick fix once ({@link SelosteCheck#fixKind()}), the declaration
 * agrees with the fix methods, each concern's fixes are in that concern's class, and the editorial
 * fixes, which {@code seloste check --fix} applies, are exactly those listed here: making a fix
 * editorial is a decision to review, not a side effect.
 */
class FixKindTest {

	/** Fixes that change only how something is written (see each method's comment). */
	static final Set<SelosteCheck> EDITORIAL = Set.of(SelosteCheck.BUSINESS_ID_VAT_FORM, SelosteCheck.BUSINESS_ID_FORMAT,
			SelosteCheck.EMAIL_FORMAT, SelosteCheck.URL_FORMAT, SelosteCheck.COUNTRY_CODE_INVALID,
			SelosteCheck.INSECURE_URL, SelosteCheck.AUTHORITY_DETAILS_OUTDATED, SelosteCheck.DATE_INVALID,
			SelosteCheck.DUPLICATE_ENTRY, SelosteCheck.MIXED_KEYWORD_LANGUAGES, SelosteCheck.RETENTION_RANGE_INVALID);

	private static List<Method> fixes() {
		return SelosteQuickfixProvider.fixMethods();
	}

	@Test
	void aCheckDeclaresAFixKindExactlyWhenItHasAFixMethod() {
		Set<SelosteCheck> fixed = fixes().stream().map(m -> m.getAnnotation(Fixes.class).value())
				.collect(Collectors.toCollection(TreeSet::new));
		Set<SelosteCheck> declared = Arrays.stream(SelosteCheck.values()).filter(c -> c.fixKind() != FixKind.NONE)
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(declared, fixed, "checks declaring a fix kind and checks with a @Fixes method differ");
	}

	@Test
	void everyCheckHasAtMostOneFixMethodInTheClassOfItsConcern() {
		Map<String, String> misplaced = new TreeMap<>();
		// one fix class per concern in the concerns' order; the parser's and linker's findings (SOURCE, last) in SourceFixes
		for (int i = 0; i < SelosteQuickfixProvider.CONCERNS.size(); i++) {
			SelosteCheck.Concern concern = SelosteCheck.Concern.values()[i];
			Class<?> fixes = SelosteQuickfixProvider.CONCERNS.get(i);
			for (Method method : fixes.getMethods()) {
				Fixes fix = method.getAnnotation(Fixes.class);
				if (fix != null && fix.value().concern() != concern) {
					misplaced.put(method.getName(), fixes.getSimpleName() + " fixes a check of " + fix.value().concern());
				}
			}
		}
		assertEquals(Map.of(), misplaced);
		List<SelosteCheck> checks = fixes().stream().map(m -> m.getAnnotation(Fixes.class).value()).sorted().toList();
		assertEquals(new TreeSet<>(checks).size(), checks.size(), "checks with several @Fixes methods: " + checks);
	}

	@Test
	void theEditorialFixesAreExactlyTheListedOnes() {
		Set<SelosteCheck> editorial = Arrays.stream(SelosteCheck.values()).filter(c -> c.fixKind() == FixKind.EDITORIAL)
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(EDITORIAL), editorial);
	}

	@Test
	void theKindOfACodeIsItsChecksAndUnknownCodesHaveNoFix() {
		for (SelosteCheck check : SelosteCheck.values()) {
			assertEquals(check.fixKind(), FixKind.of(check.code()), check.code());
		}
		assertEquals(FixKind.NONE, FixKind.of(SelosteCheck.BUSINESS_ID_CHECK_DIGIT.code())); // no fix
		assertEquals(FixKind.NONE, FixKind.of("fi.seloste.noSuchCode"));
	}
}
