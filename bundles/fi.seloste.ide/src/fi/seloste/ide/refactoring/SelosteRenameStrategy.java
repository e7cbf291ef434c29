package fi.seloste.ide.refactoring;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.refactoring.RefactoringIssueAcceptor;
import org.eclipse.xtext.ide.refactoring.RenameChange;
import org.eclipse.xtext.ide.refactoring.RenameContext;

import com.google.inject.Inject;

/**
 * Renames a declaration after {@link NewNameCheck} has accepted the new name: an invalid name is a
 * fatal issue (the language server answers with its message, Eclipse shows it), never a rename that
 * leaves unparsable text. The messages are in the locale's language ({@link #setLocale}, else the
 * default locale).
 */
public class SelosteRenameStrategy extends IRenameStrategy2.DefaultImpl {

	@Inject
	private NewNameCheck check;

	private Locale locale = Locale.getDefault();

	public void setLocale(Locale locale) {
		this.locale = locale;
	}

	@Override
	public void applyRename(RenameContext context) {
		for (RenameChange change : context.getChanges()) {
			EObject target = context.getResourceSet().getEObject(change.getTargetURI(), true);
			String problem = target == null ? NewNameCheck.message(locale, "nothingHere")
					: check.problem(target, change.getNewName(), locale);
			if (problem != null) {
				context.getIssues().add(RefactoringIssueAcceptor.Severity.FATAL, problem);
				return;
			}
		}
		super.applyRename(context);
	}
}
