package fi.seloste.ide.quickfix;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fi.seloste.validation.SelosteCheck;

/**
 * Marks a method of a class of quick fixes as the fix of a check. What the fix changes (editorial or
 * substantive) is declared with the check ({@link SelosteCheck#fixKind()}), not here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Fixes {
	SelosteCheck value();
}
