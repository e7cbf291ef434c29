package fi.seloste.ui.internal.navigation.refactoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.link.ILinkedModeListener;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.link.EditorLinkedModeUI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import fi.seloste.ide.navigation.References;
import fi.seloste.ui.internal.SelosteInjector;
import fi.seloste.ui.internal.validation.ReconciledModels;

/**
 * Alt+Shift+R in the editor: the declaration's name and its references in the file are edited together
 * (linked editing). Enter renames across the project's files as one refactoring (the text typed in the
 * file is put back first, so the refactoring's edits and its undo cover every file alike); Esc puts the
 * old name back. Alt+Shift+R again opens the Rename dialog with its preview.
 */
public final class LinkedRename {

	/** The linked rename in progress (UI thread only), or {@code null}. */
	private static LinkedRename active;

	private final ITextEditor editor;
	private final IFile file;
	private final IDocument document;
	private final String oldName;
	/** Where the name the caret was on starts, in the text before linked editing. */
	private final int anchor;
	private final LinkedModeModel model = new LinkedModeModel();
	private final List<LinkedPosition> positions = new ArrayList<>();
	/** Set by {@link #exitActive}: leave without renaming, whatever the exit key. */
	private boolean cancelled;
	/** The document's undo history, or {@code null} when it has none (the old name is then written back). */
	private IDocumentUndoManager undoManager;
	/** The last undoable edit before linked editing began: the linked edits are undone back to it. */
	private IUndoableOperation lastEditBefore;

	private LinkedRename(ITextEditor editor, IFile file, IDocument document, String oldName, int anchor) {
		this.editor = editor;
		this.file = file;
		this.document = document;
		this.oldName = oldName;
		this.anchor = anchor;
	}

	/** Whether a linked rename is going on in the document. */
	public static boolean isActive(IDocument document) {
		return active != null && active.document == document;
	}

	/** Leaves the linked rename in progress, if any, putting the old name back. */
	public static void exitActive() {
		LinkedRename current = active;
		if (current != null) {
			current.cancelled = true;
			current.model.exit(ILinkedModeListener.NONE);
		}
	}

	/**
	 * Starts linked editing of the name at {@code offset}; returns a message for the status line when
	 * there is nothing to rename there (or the file is still being checked), else {@code null}.
	 */
	public static String start(ITextEditor editor, IFile file, IDocument document, int offset) {
		// the editor's viewer is its text operation target (AbstractTextEditor)
		ITextViewer viewer = editor.getAdapter(ITextOperationTarget.class) instanceof ITextViewer textViewer ? textViewer
				: null;
		ReconciledModels.Reconciled latest = ReconciledModels.latest(document);
		if (viewer == null || latest == null) {
			return "notCurrent";
		}
		List<ITextRegion> names = new ArrayList<>();
		String oldName;
		XtextResource resource = latest.resource();
		synchronized (resource) { // see ReconciledModels.Reconciled#resource()
			References references = SelosteInjector.get().getInstance(References.class);
			EObject declaration = references.declarationAt(resource, offset);
			if (declaration == null) {
				return "noDeclaration";
			}
			oldName = String.valueOf(declaration.eGet(References.nameAttribute(declaration)));
			for (References.Occurrence occurrence : references.occurrences(declaration, List.of(resource))) {
				// a qualified reference (Kuura.Hosting) renames only its last segment
				int end = occurrence.region().getOffset() + occurrence.region().getLength();
				if (latest.text().startsWith(oldName, end - oldName.length())) {
					names.add(new TextRegion(end - oldName.length(), oldName.length()));
				}
			}
		}
		ITextRegion atCaret = names.stream()
				.filter(r -> r.getOffset() <= offset && offset <= r.getOffset() + r.getLength()).findFirst()
				.orElse(names.isEmpty() ? null : names.get(0));
		if (atCaret == null) {
			return "noDeclaration";
		}
		LinkedRename rename = new LinkedRename(editor, file, document, oldName, atCaret.getOffset());
		try {
			rename.enter(viewer, names, atCaret, offset);
		} catch (BadLocationException e) {
			ILog.of(LinkedRename.class).error("Cannot start the rename in " + file.getFullPath(), e);
			return "notCurrent";
		}
		return null;
	}

	private void enter(ITextViewer viewer, List<ITextRegion> names, ITextRegion atCaret, int caret)
			throws BadLocationException {
		LinkedPositionGroup group = new LinkedPositionGroup();
		LinkedPosition first = new LinkedPosition(document, atCaret.getOffset(), atCaret.getLength(), 0);
		group.addPosition(first);
		positions.add(first);
		int sequence = 1;
		for (ITextRegion name : names) {
			if (name != atCaret) {
				LinkedPosition position = new LinkedPosition(document, name.getOffset(), name.getLength(), sequence++);
				group.addPosition(position);
				positions.add(position);
			}
		}
		model.addGroup(group);
		undoManager = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undoManager != null) {
			// the edits typed before stay one undo step of their own, apart from the linked edits
			undoManager.commit();
			lastEditBefore = history().getUndoOperation(undoManager.getUndoContext());
		}
		model.forceInstall();
		model.addLinkingListener(new ILinkedModeListener() {

			@Override
			public void left(LinkedModeModel environment, int flags) {
				finish((flags & ILinkedModeListener.UPDATE_CARET) != 0);
			}

			@Override
			public void suspend(LinkedModeModel environment) {
			}

			@Override
			public void resume(LinkedModeModel environment, int flags) {
			}
		});
		LinkedModeUI ui = new EditorLinkedModeUI(model, viewer);
		ui.setExitPosition(viewer, caret, 0, Integer.MAX_VALUE);
		ui.setCyclingMode(LinkedModeUI.CYCLE_NEVER);
		ui.enter();
		viewer.setSelectedRange(caret, 0);
		active = this;
	}

	/**
	 * Leaving: the linked edits are taken back (undone, so that they are not left in the editor's undo
	 * history for a later Undo to bring back in this file alone); on Enter with a new name, the
	 * refactoring renames, as one undoable step in every file.
	 */
	private void finish(boolean accepted) {
		active = null;
		String typed;
		try {
			LinkedPosition first = positions.get(0);
			typed = document.get(first.getOffset(), first.getLength());
			if (!typed.equals(oldName)) {
				undoLinkedEdits();
				if (!document.get(anchor, oldName.length()).equals(oldName)) {
					writeOldNameBack();
				}
			}
		} catch (BadLocationException e) {
			ILog.of(LinkedRename.class).error("Cannot put the old name back in " + file.getFullPath(), e);
			return;
		}
		if (!accepted || cancelled || typed.strip().equals(oldName)) {
			return;
		}
		Display display = Display.getCurrent();
		display.asyncExec(() -> {
			Shell shell = editor.getSite().getShell();
			RenameDeclarationRefactoring refactoring = new RenameDeclarationRefactoring(file, document.get(), anchor);
			refactoring.setNewName(typed.strip());
			RenameRefactorings.perform(refactoring, shell);
		});
	}

	/** Undoes the edits made since linked editing began (as JDT's rename in the editor does). */
	private void undoLinkedEdits() {
		if (undoManager == null) {
			return;
		}
		undoManager.commit();
		IOperationHistory history = history();
		while (undoManager.undoable()
				&& history.getUndoOperation(undoManager.getUndoContext()) != lastEditBefore) {
			try {
				undoManager.undo();
			} catch (ExecutionException e) {
				ILog.of(LinkedRename.class).error("Cannot undo the linked rename in " + file.getFullPath(), e);
				return;
			}
		}
		// nor can Redo bring them back
		history.dispose(undoManager.getUndoContext(), false, true, false);
	}

	/** The old name written over every linked position (when the edits could not be undone). */
	private void writeOldNameBack() throws BadLocationException {
		List<LinkedPosition> descending = new ArrayList<>(positions);
		descending.sort(Comparator.comparingInt(LinkedPosition::getOffset).reversed());
		for (LinkedPosition position : descending) {
			document.replace(position.getOffset(), position.getLength(), oldName);
		}
	}

	private static IOperationHistory history() {
		return OperationHistoryFactory.getOperationHistory();
	}
}
