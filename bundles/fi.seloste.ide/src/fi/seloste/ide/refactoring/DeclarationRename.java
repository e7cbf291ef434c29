package fi.seloste.ide.refactoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.refactoring.RefactoringIssueAcceptor;
import org.eclipse.xtext.ide.refactoring.RenameChange;
import org.eclipse.xtext.ide.refactoring.RenameContext;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The text edits that rename a declaration in every file of its resource set: its name, and each
 * reference to it in the form its author wrote it ({@link AuthorsFormReferenceUpdater}). The same
 * computation as the language server's rename (Xtext's change serializer with
 * {@link SelosteRenameStrategy}); Eclipse's Rename refactoring turns the edits into its changes.
 */
public class DeclarationRename {

	/** One replacement in a file's text. */
	public record Edit(int offset, int length, String text) {
	}

	/**
	 * The outcome: either a problem (the new name refused, in the user's language) or the edits of
	 * each file, by file URI in the order the serializer gave them.
	 */
	public record Result(String problem, Map<URI, List<Edit>> edits) {

		public boolean isRefused() {
			return problem != null;
		}
	}

	@Inject
	private Provider<IChangeSerializer> serializers;

	@Inject
	private Provider<SelosteRenameStrategy> strategies;

	/**
	 * Renames the declaration in its resource set (which holds the files the references may be in) and
	 * returns the edits; the resources are modified, so the caller throws the resource set away after.
	 */
	public Result rename(EObject declaration, String newName, Locale locale) {
		IChangeSerializer serializer = serializers.get();
		List<String> problems = new ArrayList<>();
		RefactoringIssueAcceptor issues = new RefactoringIssueAcceptor() {

			private void add(Severity severity, String message) {
				if (severity == Severity.FATAL || severity == Severity.ERROR) {
					problems.add(message);
				}
			}

			@Override
			public void add(Severity severity, String message, URI uri, ResourceSet resourceSet) {
				add(severity, message);
			}

			@Override
			public void add(Severity severity, String message, URI resourceUri) {
				add(severity, message);
			}

			@Override
			public void add(Severity severity, String message, EObject element) {
				add(severity, message);
			}

			@Override
			public void add(Severity severity, String message, EObject element, ITextRegion region) {
				add(severity, message);
			}

			@Override
			public void add(Severity severity, String message, Exception exc, org.apache.log4j.Logger log) {
				add(severity, message);
			}

			@Override
			public void add(Severity severity, String message, Object... params) {
				add(severity, message);
			}
		};
		RenameChange change = new RenameChange(newName == null ? "" : newName.strip(), EcoreUtil.getURI(declaration));
		RenameContext context = new RenameContext(List.of(change), declaration.eResource().getResourceSet(), serializer,
				issues);
		SelosteRenameStrategy strategy = strategies.get();
		strategy.setLocale(locale);
		strategy.applyRename(context);
		if (!problems.isEmpty()) {
			return new Result(problems.get(0), Map.of());
		}
		Map<URI, List<Edit>> edits = new LinkedHashMap<>();
		serializer.applyModifications(resourceChange -> {
			if (resourceChange instanceof ITextDocumentChange textChange && !textChange.getReplacements().isEmpty()) {
				List<Edit> fileEdits = edits.computeIfAbsent(textChange.getOldURI(), uri -> new ArrayList<>());
				for (ITextReplacement replacement : textChange.getReplacements()) {
					fileEdits.add(new Edit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
				}
			}
		});
		return new Result(null, edits);
	}
}
