package fi.seloste.tests.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The checks a test method covers, by issue code ({@code @Covers(SelosteCheck.RIGHT_MISSING.code())}):
 * the test triggers the check and asserts it, or shows that its compliant variant passes.
 * {@link CheckCoverageTest} fails while a check of {@code SelosteCheck} is covered by no test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Covers {

	/** The checks. */
	fi.seloste.validation.SelosteCheck[] value();
}
