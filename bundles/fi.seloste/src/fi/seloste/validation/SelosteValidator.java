package fi.seloste.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/** The language's validator: one validator per concern, composed. */
@ComposedChecks(validators = { CompletenessValidator.class, FinnishLawValidator.class, ConsistencyValidator.class,
		StyleValidator.class })
public class SelosteValidator extends AbstractSelosteValidator {
}
