package fi.seloste.ui.internal.contentassist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.util.TextRegion;

import fi.seloste.ide.contentassist.SelosteCompletions;

/**
 * A completion entry in the editor: replaces the typed prefix, and the selected text after it (a word
 * selected to be replaced, a template's value to fill in), with the proposal. A template's values become
 * linked positions (Tab moves to the next one), the first one selected.
 */
final class EntryProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final ContentAssistEntry entry;
	private final int offset;
	private Point selection;

	EntryProposal(ContentAssistEntry entry, int offset) {
		this.entry = entry;
		this.offset = offset;
	}

	ContentAssistEntry entry() {
		return entry;
	}

	private int start() {
		return offset - entry.getPrefix().length();
	}

	@Override
	public void apply(IDocument document) {
		try {
			insert(document, offset);
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int currentOffset) {
		IDocument document = viewer.getDocument();
		try {
			insert(document, endOfSelection(viewer, Math.max(currentOffset, offset)));
			if (!entry.getEditPositions().isEmpty()) {
				link(viewer, document);
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Where the replaced text ends: the end of the selection when the caret is in it (the list opens at a
	 * selection's start: a word selected with Ctrl+Shift+Right, a template's value in linked mode).
	 */
	private int endOfSelection(ITextViewer viewer, int end) {
		Point selected = viewer.getSelectedRange();
		return selected != null && selected.y > 0 && selected.x >= start() && selected.x <= end
				&& selected.x + selected.y > end ? selected.x + selected.y : end;
	}

	/** Replaces the prefix and whatever was typed since the list opened. */
	private void insert(IDocument document, int currentOffset) throws BadLocationException {
		document.replace(start(), Math.max(currentOffset, offset) - start(), entry.getProposal());
		if (entry.getEditPositions().isEmpty()) {
			selection = new Point(start() + entry.getProposal().length(), 0);
		} else {
			TextRegion first = entry.getEditPositions().get(0);
			selection = new Point(start() + first.getOffset(), first.getLength());
		}
	}

	private void link(ITextViewer viewer, IDocument document) throws BadLocationException {
		LinkedModeModel model = new LinkedModeModel();
		int sequence = 0;
		for (TextRegion region : entry.getEditPositions()) {
			LinkedPositionGroup group = new LinkedPositionGroup();
			group.addPosition(new LinkedPosition(document, start() + region.getOffset(), region.getLength(), sequence++));
			model.addGroup(group);
		}
		model.forceInstall();
		LinkedModeUI ui = new LinkedModeUI(model, viewer);
		ui.setExitPosition(viewer, start() + entry.getProposal().length(), 0, Integer.MAX_VALUE);
		ui.enter();
		selection = null; // the linked mode selects the first value itself
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	/**
	 * Never empty: without a text of its own the popup would keep showing the previous one (such as the
	 * platform's "1 completion proposal processors requested…" while the list was computed). A template
	 * shows what it inserts.
	 */
	@Override
	public String getAdditionalProposalInfo() {
		String label = SelosteCompletions.label(entry);
		if (ContentAssistEntry.KIND_SNIPPET.equals(entry.getKind())) {
			return (entry.getDescription() == null ? label : entry.getDescription()) + "\n\n" + entry.getProposal();
		}
		return entry.getDescription() == null ? label : label + "\n\n" + entry.getDescription();
	}

	@Override
	public String getDisplayString() {
		String label = SelosteCompletions.label(entry);
		return entry.getDescription() == null || ContentAssistEntry.KIND_SNIPPET.equals(entry.getKind()) ? label
				: label + " – " + entry.getDescription();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	/** Keeps the proposal in the list while the typed text still matches its beginning. */
	@Override
	public boolean validate(IDocument document, int currentOffset, DocumentEvent event) {
		try {
			if (currentOffset < start()) {
				return false;
			}
			String typed = document.get(start(), currentOffset - start());
			return entry.getProposal().regionMatches(true, 0, typed, 0, typed.length());
		} catch (BadLocationException e) {
			return false;
		}
	}
}
