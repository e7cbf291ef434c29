package fi.seloste.ui.internal.validation;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Parses, links and validates one file's text in the context of its project. Syntax errors,
 * unresolved references and the validator's findings all come back as Xtext issues.
 */
public final class SelosteFileValidator {

	private final SelosteProjectResources resources;
	private final IResourceValidator validator;
	private final OperationCanceledManager cancellation;

	public SelosteFileValidator(Injector injector) {
		this.resources = new SelosteProjectResources(injector);
		this.validator = injector.getInstance(IResourceValidator.class);
		this.cancellation = injector.getInstance(OperationCanceledManager.class);
	}

	/** The problems of {@code file} if its content were {@code text}; {@code null} when cancelled. */
	public List<Issue> validate(IFile file, String text, CancelIndicator cancel) throws CoreException {
		return validate(file, text, cancel, resource -> {
		});
	}

	/**
	 * Like {@link #validate(IFile, String, CancelIndicator)}, and hands the validated resource to
	 * {@code whenValidated} unless cancelled.
	 */
	public List<Issue> validate(IFile file, String text, CancelIndicator cancel, Consumer<XtextResource> whenValidated)
			throws CoreException {
		XtextResource resource = resources.load(file, text);
		if (cancel.isCanceled()) {
			return null;
		}
		try {
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
			if (!cancel.isCanceled()) {
				whenValidated.accept(resource);
			}
			return issues;
		} catch (RuntimeException | OperationCanceledError e) {
			// Xtext signals cancellation with an Error as well as with exceptions
			if (cancellation.isOperationCanceledException(e)) {
				return null;
			}
			throw e;
		}
	}
}
