package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.junit.jupiter.api.Test;

import fi.seloste.ide.quickfix.FixKind;
import fi.seloste.ide.quickfix.Kind;
import fi.seloste.ide.quickfix.SelosteQuickfixProvider;
import fi.seloste.validation.SelosteIssueCodes;

/**
 * Every quick fix declares its {@link FixKind} once, and the editorial ones, which
 * {@code seloste check --fix} applies, are exactly those listed here: making a fix editorial is a
 * decision to review, not a side effect.
 */
class FixKindTest {

	/** Fixes that change only how something is written (see each method's comment in the provider). */
	static final Set<String> EDITORIAL = Set.of(SelosteIssueCodes.BUSINESS_ID_VAT_FORM,
			SelosteIssueCodes.BUSINESS_ID_FORMAT, SelosteIssueCodes.EMAIL_FORMAT, SelosteIssueCodes.URL_FORMAT,
			SelosteIssueCodes.COUNTRY_CODE_INVALID, SelosteIssueCodes.INSECURE_URL,
			SelosteIssueCodes.AUTHORITY_DETAILS_OUTDATED, SelosteIssueCodes.DATE_INVALID,
			SelosteIssueCodes.DUPLICATE_ENTRY, SelosteIssueCodes.MIXED_KEYWORD_LANGUAGES,
			SelosteIssueCodes.RETENTION_RANGE_INVALID);

	private static List<Method> methods() {
		return Arrays.stream(SelosteQuickfixProvider.class.getMethods())
				.filter(m -> m.isAnnotationPresent(QuickFix.class) || m.isAnnotationPresent(Kind.class)).toList();
	}

	@Test
	void everyQuickFixDeclaresItsKindAndOnlyQuickFixesDo() {
		Set<String> undeclared = methods().stream()
				.filter(m -> m.isAnnotationPresent(QuickFix.class) != m.isAnnotationPresent(Kind.class))
				.map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(Set.of(), undeclared, "@QuickFix methods without @Kind, or @Kind without @QuickFix");
	}

	private static List<Method> fixes() {
		return methods().stream().filter(m -> m.isAnnotationPresent(QuickFix.class)).toList();
	}

	@Test
	void everyCodeHasOneFixMethod() {
		List<String> codes = fixes().stream().map(m -> m.getAnnotation(QuickFix.class).value()).sorted().toList();
		assertEquals(new TreeSet<>(codes).size(), codes.size(), "codes with several @QuickFix methods: " + codes);
	}

	@Test
	void theEditorialFixesAreExactlyTheListedOnes() {
		Set<String> editorial = fixes().stream()
				.filter(m -> m.isAnnotationPresent(Kind.class) && m.getAnnotation(Kind.class).value() == FixKind.EDITORIAL)
				.map(m -> m.getAnnotation(QuickFix.class).value()).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(EDITORIAL), editorial);
	}

	@Test
	void theKindOfACodeIsItsFixMethodsAndUnknownCodesAreSubstantive() {
		for (Method method : fixes()) {
			String code = method.getAnnotation(QuickFix.class).value();
			assertEquals(EDITORIAL.contains(code) ? FixKind.EDITORIAL : FixKind.SUBSTANTIVE, FixKind.of(code), code);
		}
		assertEquals(FixKind.SUBSTANTIVE, FixKind.of(SelosteIssueCodes.BUSINESS_ID_CHECK_DIGIT)); // no fix
		assertEquals(FixKind.SUBSTANTIVE, FixKind.of("fi.seloste.noSuchCode"));
	}
}
