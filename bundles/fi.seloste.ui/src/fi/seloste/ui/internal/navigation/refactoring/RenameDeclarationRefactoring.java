package fi.seloste.ui.internal.navigation.refactoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.resource.XtextResource;

import fi.seloste.ide.navigation.DeclarationKinds;
import fi.seloste.ide.navigation.References;
import fi.seloste.ide.refactoring.DeclarationRename;
import fi.seloste.ide.refactoring.NewNameCheck;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.ui.internal.SelosteDocuments;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.navigation.NavigationMessages;
import fi.seloste.ui.internal.navigation.SelosteEditors;
import fi.seloste.validation.SelosteMessages;

/**
 * Rename of a Seloste declaration as an LTK refactoring: the preview lists every file changed, and the
 * change is undone as one step. The edits are fi.seloste.ide's {@link DeclarationRename} (the language
 * server's computation), made in the project as the editor's text and the other files as saved.
 */
public final class RenameDeclarationRefactoring extends Refactoring {

	private final IFile file;
	private final String text;
	private final int offset;
	/**
	 * The language of the rename's messages: Seloste's message language (the preference; by default the
	 * language of the file's keywords), as the file's diagnostics; set by the initial check.
	 */
	private Locale locale = Locale.getDefault();
	private String newName;
	private String oldName;
	private String kind;
	/** The declaration in the project as loaded for the initial check: new names are checked against it. */
	private EObject declaration;
	private Map<URI, List<DeclarationRename.Edit>> edits;

	/**
	 * @param file   the file of the editor the rename starts in
	 * @param text   the editor's text (the refactoring changes the editor's document, which must still have it)
	 * @param offset the caret: on the declaration's name or on a reference to it
	 */
	public RenameDeclarationRefactoring(IFile file, String text, int offset) {
		this.file = file;
		this.text = text;
		this.offset = offset;
	}

	@Override
	public String getName() {
		return NavigationMessages.format("rename.name", kind == null ? "" : kind, oldName == null ? "" : oldName);
	}

	public String getOldName() {
		return oldName;
	}

	public String getNewName() {
		return newName;
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	/** Why the new name would be refused, in the user's language; {@code null} if it is fine. */
	public String checkNewName(String name) {
		if (declaration == null) {
			return NavigationMessages.format("noDeclaration");
		}
		return SelosteInjector.get().getInstance(NewNameCheck.class).problem(declaration, name, locale);
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) throws CoreException {
		XtextResource resource = SelosteDocuments.load(file, text);
		declaration = SelosteInjector.get().getInstance(References.class).declarationAt(resource, offset);
		if (declaration == null) {
			return RefactoringStatus.createFatalErrorStatus(NavigationMessages.format("noDeclaration"));
		}
		oldName = String.valueOf(declaration.eGet(References.nameAttribute(declaration)));
		KeywordLanguage language = SelosteInjector.get().getInstance(SelosteMessages.class).languageFor(resource);
		locale = Locale.of(language.code());
		kind = SelosteInjector.get().getInstance(DeclarationKinds.class).kind(declaration, language);
		if (newName == null) {
			newName = oldName;
		}
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor)
			throws CoreException, OperationCanceledException {
		String problem = checkNewName(newName);
		if (problem != null) {
			return RefactoringStatus.createFatalErrorStatus(problem);
		}
		// the rename changes the resources it works on: a fresh load, not the one the checks use
		XtextResource resource = SelosteDocuments.load(file, text);
		EObject target = SelosteInjector.get().getInstance(References.class).declarationAt(resource, offset);
		if (target == null) {
			return RefactoringStatus.createFatalErrorStatus(NavigationMessages.format("noDeclaration"));
		}
		DeclarationRename.Result result = SelosteInjector.get().getInstance(DeclarationRename.class).rename(target,
				newName, locale);
		if (result.isRefused()) {
			return RefactoringStatus.createFatalErrorStatus(result.problem());
		}
		RefactoringStatus status = new RefactoringStatus();
		for (URI uri : result.edits().keySet()) {
			IFile changed = SelosteEditors.fileOf(uri);
			if (changed == null) {
				continue;
			}
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(changed.getFullPath(),
					LocationKind.IFILE);
			if (!changed.equals(file) && buffer != null && buffer.isDirty()) {
				status.addFatalError(NavigationMessages.format("rename.notSaved", changed.getFullPath().toString()));
			}
		}
		edits = result.edits();
		return status;
	}

	@Override
	public Change createChange(IProgressMonitor monitor) throws CoreException, OperationCanceledException {
		CompositeChange change = new CompositeChange(NavigationMessages.format("rename.change", oldName, newName));
		List<Change> files = new ArrayList<>();
		for (Map.Entry<URI, List<DeclarationRename.Edit>> entry : edits.entrySet()) {
			IFile changed = SelosteEditors.fileOf(entry.getKey());
			if (changed == null) {
				continue;
			}
			TextFileChange fileChange = new TextFileChange(
					NavigationMessages.format("rename.fileChange", changed.getProjectRelativePath().toString()), changed);
			fileChange.setTextType("seloste");
			MultiTextEdit root = new MultiTextEdit();
			for (DeclarationRename.Edit edit : entry.getValue()) {
				root.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.text()));
			}
			fileChange.setEdit(root);
			files.add(changed.equals(file) ? 0 : files.size(), fileChange);
		}
		files.forEach(change::add);
		return change;
	}
}
