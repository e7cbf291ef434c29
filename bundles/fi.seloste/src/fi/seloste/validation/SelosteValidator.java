package fi.seloste.validation;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;

import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.SelostePackage;

/** The language's validator: composes one validator per concern. */
@ComposedChecks(validators = NamesAreUniqueValidator.class)
public class SelosteValidator extends AbstractSelosteValidator {

	@Check
	public void checkFileDeclaresSomething(SelosteFile file) {
		if (file.getElements().isEmpty()) {
			warning("The file is empty: it declares no notice (seloste) and no organisation (organisaatio).",
					file, SelostePackage.Literals.SELOSTE_FILE__ELEMENTS, SelosteIssueCodes.EMPTY_FILE);
		}
	}
}
