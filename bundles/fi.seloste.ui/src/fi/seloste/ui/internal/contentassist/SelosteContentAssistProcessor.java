package fi.seloste.ui.internal.contentassist;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import fi.seloste.ide.contentassist.SelosteCompletions;
import fi.seloste.ui.internal.SelosteDocuments;
import fi.seloste.ui.internal.SelosteInjector;

/**
 * Ctrl+Space in the Generic Editor: the entries of fi.seloste.ide's {@link SelosteCompletions} for the
 * editor's text, in the resource set the validator uses (the project's other files included), so that
 * references to declarations of other files are proposed.
 */
public class SelosteContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		IFile file = SelosteDocuments.fileOf(document);
		if (file == null) {
			return new ICompletionProposal[0];
		}
		// one snapshot: content assist runs in the background, the user may type meanwhile
		String text = document.get();
		try {
			XtextResource resource = SelosteDocuments.load(file, text);
			List<ContentAssistEntry> entries = SelosteInjector.get().getInstance(SelosteCompletions.class)
					.complete(resource, text, offset, CancelIndicator.NullImpl);
			return entries.stream().map(entry -> new EntryProposal(entry, offset)).toArray(ICompletionProposal[]::new);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("Cannot compute completions in " + file.getFullPath(), e);
			return new ICompletionProposal[0];
		}
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
