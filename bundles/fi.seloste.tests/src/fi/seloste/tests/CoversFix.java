package fi.seloste.tests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a test of the quick fixes of an issue code; {@link QuickfixCoverageTest} counts them. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CoversFix {

	/** The check whose quick fixes the test applies. */
	fi.seloste.validation.SelosteCheck value();
}
