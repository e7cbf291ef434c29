package fi.seloste.ui.internal.contentassist;

import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/** The completion entry behind a proposal of {@link SelosteContentAssistProcessor} (for tests and tools). */
public final class ProposalEntries {

	private ProposalEntries() {
	}

	/** The entry, or {@code null} when the proposal is not one of Seloste's. */
	public static ContentAssistEntry entryOf(ICompletionProposal proposal) {
		return proposal instanceof EntryProposal entryProposal ? entryProposal.entry() : null;
	}
}
