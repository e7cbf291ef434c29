package fi.seloste.validation;

import java.lang.reflect.Method;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.ComposedChecks;

import com.google.inject.Inject;
import com.google.inject.Provider;

import fi.seloste.io.Failures;

/** The language's validator: one validator per concern, composed. */
@ComposedChecks(validators = { CompletenessValidator.class, FinnishLawValidator.class, ConsistencyValidator.class,
		StyleValidator.class })
public class SelosteValidator extends AbstractSelosteValidator {

	/** The code of a check that failed unexpectedly ({@link CheckFailure}). */
	public static final String INTERNAL_ERROR = SelosteCheck.CODE_PREFIX + "internalError";

	/**
	 * Where a failed check's exception goes (log4j, as Xtext logs): the problem says only that the check
	 * failed; the stack trace is for whoever turns the logging on (the command line turns it off).
	 */
	private static final Logger LOG = Logger.getLogger(SelosteValidator.class);

	/**
	 * A provider: the validator is an eager singleton, created before the language's EMF package is
	 * registered, and the messages' keyword translator would load the grammar then, leaving its types
	 * unresolved for good.
	 */
	@Inject
	private Provider<SelosteMessages> messages;

	@Override
	protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator instance, Method method) {
		return new CheckFailure(instance, method);
	}

	/**
	 * A check that throws becomes an error at the element it was checking, naming the check: Xtext would
	 * let the exception reach the validator's caller, which logged a stack trace and reported a problem at
	 * 0:0 whose code was an EMF object's {@code toString()}, and lost the check's other findings; a
	 * {@code NullPointerException} Xtext even drops without a word. A file with syntax or reference
	 * errors is left to those errors: a check may well stop at a part the parser could not build.
	 */
	private final class CheckFailure extends MethodWrapper {

		private CheckFailure(AbstractDeclarativeValidator instance, Method method) {
			super(instance, method);
		}

		@Override
		protected void handleInvocationTargetException(Throwable failure, State state) {
			if (failure.getClass().getName().equals("org.eclipse.xtext.validation.GuardException")) {
				// Xtext's guard(): the check does not apply (the class is not visible outside Xtext)
				return;
			}
			EObject object = state.currentObject;
			Resource resource = object == null ? null : object.eResource();
			if (failure instanceof NullPointerException && (resource == null || !resource.getErrors().isEmpty())) {
				return;
			}
			String message = Failures.text(messages.get().languageFor(resource), "check.internalError", getMethod().getName());
			LOG.error("check " + getMethod().getName() + " failed on " + (object == null ? "nothing" : object.eClass().getName())
					+ (resource == null ? "" : " in " + resource.getURI()), failure);
			state.hasErrors = true;
			state.chain.add(createDiagnostic(Severity.ERROR, message, object, null, -1, INTERNAL_ERROR));
		}
	}
}
