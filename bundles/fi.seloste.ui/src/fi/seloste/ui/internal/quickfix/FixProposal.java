package fi.seloste.ui.internal.quickfix;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import fi.seloste.ui.internal.quickfix.SelosteFixes.Fix;

/** A quick fix in the Ctrl+1 list: applies its edits to the editor's document as one change. */
final class FixProposal implements ICompletionProposal {

	private final Fix fix;
	private final SelosteFixes fixes;

	FixProposal(Fix fix, SelosteFixes fixes) {
		this.fix = fix;
		this.fixes = fixes;
	}

	@Override
	public void apply(IDocument document) {
		try {
			FixApplier.apply(fix, document, fixes);
		} catch (CoreException e) {
			SelosteMarkerResolution.report(e.getStatus());
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return fix.issue().getMessage();
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
