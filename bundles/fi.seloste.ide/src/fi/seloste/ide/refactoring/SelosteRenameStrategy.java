package fi.seloste.ide.refactoring;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.refactoring.RefactoringIssueAcceptor;
import org.eclipse.xtext.ide.refactoring.RenameChange;
import org.eclipse.xtext.ide.refactoring.RenameContext;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import fi.seloste.seloste.Import;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.validation.SelosteMessages;

/**
 * Renames a declaration after {@link NewNameCheck} has accepted the new name: an invalid name is a
 * fatal issue (the language server answers with its message, Eclipse shows it), never a rename that
 * leaves unparsable text. The messages are in the locale's language ({@link #setLocale}), else in
 * Seloste's message language for the declaration's file ({@link SelosteMessages#languageFor}: the
 * server's setting, by default the language of the file's keywords).
 */
public class SelosteRenameStrategy extends IRenameStrategy2.DefaultImpl {

	@Inject
	private NewNameCheck check;

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Inject
	private SelosteMessages messages;

	@Inject
	private ResourceDescriptionsProvider index;

	/** The language of the messages; {@code null} for Seloste's message language of the file. */
	private Locale locale;

	public void setLocale(Locale locale) {
		this.locale = locale;
	}

	@Override
	public void applyRename(RenameContext context) {
		for (RenameChange change : context.getChanges()) {
			EObject target = context.getResourceSet().getEObject(change.getTargetURI(), true);
			Locale language = locale != null ? locale
					: Locale.of(messages.languageFor(target == null ? null : target.eResource()).code());
			String problem = target == null ? NewNameCheck.message(language, "nothingHere")
					: check.problem(target, change.getNewName(), language);
			if (problem != null) {
				context.getIssues().add(RefactoringIssueAcceptor.Severity.FATAL, problem);
				return;
			}
			loadImportingResources(context.getResourceSet(), target);
		}
		super.applyRename(context);
		for (RenameChange change : context.getChanges()) {
			renameImports(context, context.getResourceSet().getEObject(change.getTargetURI(), true), change.getNewName());
		}
	}

	/**
	 * Loads, before the rename, the files of the index that use a name under the declaration's (an
	 * import {@code tuo Kuura.*} makes each name the file resolves through it such a name): a language
	 * server has loaded only some files, and the imports of the others must follow the rename too.
	 */
	private void loadImportingResources(ResourceSet resourceSet, EObject target) {
		QualifiedName old = qualifiedNames.getFullyQualifiedName(target);
		if (old == null) {
			return;
		}
		QualifiedName oldLowerCase = old.toLowerCase();
		for (IResourceDescription description : index.getResourceDescriptions(resourceSet).getAllResourceDescriptions()) {
			if (resourceSet.getResource(description.getURI(), false) != null) {
				continue;
			}
			for (QualifiedName imported : description.getImportedNames()) {
				if (imported.toLowerCase().startsWith(oldLowerCase)) {
					resourceSet.getResource(description.getURI(), true);
					break;
				}
			}
		}
	}

	/**
	 * An organisation renamed: the imports of its declarations ({@code tuo Kuura.*}) follow, so that the
	 * references through them stay as written. The files in the resource set are seen (in Eclipse the whole
	 * project; a language server's rename, the files it has loaded and those {@link #loadImportingResources} adds).
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
