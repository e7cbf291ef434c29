package fi.seloste.ide.refactoring;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.refactoring.RefactoringIssueAcceptor;
import org.eclipse.xtext.ide.refactoring.RenameChange;
import org.eclipse.xtext.ide.refactoring.RenameContext;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

import fi.seloste.seloste.Import;
import fi.seloste.seloste.SelosteFile;

/**
 * Renames a declaration after {@link NewNameCheck} has accepted the new name: an invalid name is a
 * fatal issue (the language server answers with its message, Eclipse shows it), never a rename that
 * leaves unparsable text. The messages are in the locale's language ({@link #setLocale}, else the
 * default locale).
 */
public class SelosteRenameStrategy extends IRenameStrategy2.DefaultImpl {

	@Inject
	private NewNameCheck check;

	@Inject
	private IQualifiedNameProvider qualifiedNames;

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
		for (RenameChange change : context.getChanges()) {
			renameImports(context, context.getResourceSet().getEObject(change.getTargetURI(), true), change.getNewName());
		}
	}

	/**
	 * An organisation renamed: the imports of its declarations ({@code tuo Kuura.*}) follow, so that the
	 * references through them stay as written. Only the files already in the resource set are seen (in
	 * Eclipse the whole project; a language server's rename sees the files it has loaded).
	 */
	private void renameImports(RenameContext context, EObject target, String newName) {
		QualifiedName old = qualifiedNames.getFullyQualifiedName(target);
		if (old == null) {
			return;
		}
		QualifiedName renamed = old.skipLast(1).append(newName.strip());
		for (Resource resource : List.copyOf(context.getResourceSet().getResources())) {
			for (EObject root : resource.getContents()) {
				if (root instanceof SelosteFile file) {
					for (Import anImport : file.getImports()) {
						String namespace = anImport.getImportedNamespace();
						String prefix = old.toString();
						if (namespace != null && (namespace.equals(prefix) || namespace.startsWith(prefix + "."))) {
							String updated = renamed + namespace.substring(prefix.length());
							context.getChangeSerializer().addModification(anImport,
									i -> i.setImportedNamespace(updated));
						}
					}
				}
			}
		}
	}
}
