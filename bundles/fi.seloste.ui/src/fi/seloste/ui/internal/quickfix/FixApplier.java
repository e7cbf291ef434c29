package fi.seloste.ui.internal.quickfix;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import fi.seloste.ui.internal.quickfix.SelosteFixes.Fix;
import fi.seloste.validation.SelosteCheck;

/**
 * Applies a fix to a document or a file, keeping the user's text safe: the fixed text must parse (or,
 * for a syntax error, have fewer syntax errors), and
 * the document must still hold the text the fix was computed for.
 */
final class FixApplier {

	private FixApplier() {
	}

	/** Applies the fix to a document (an editor's): one undoable change, nothing saved. */
	static void apply(Fix fix, IDocument document, SelosteFixes fixes) throws CoreException {
		String fixed = fix.fixedText();
		if (!fixes.parses(fixed) && !mendsSyntax(fix, fixed, fixes)) {
			throw new CoreException(Status.error(Messages.format("fixRefused", fix.label())));
		}
		try {
			DocumentChange.apply(document, fix.originalText(), fixed);
		} catch (BadLocationException | IllegalStateException e) {
			throw new CoreException(Status.error(Messages.format("textChanged", fix.label()), e));
		}
		PlaceholderCaret.selectFirst(document, fix.originalText(), fixed);
	}

	/** A fix of one of several syntax errors leaves the others, but fewer of them. */
	private static boolean mendsSyntax(Fix fix, String fixed, SelosteFixes fixes) {
		return SelosteCheck.SYNTAX_ERROR.code().equals(fix.issue().getCode())
				&& fixes.fewerSyntaxErrors(fix.originalText(), fixed);
	}

	/**
	 * Applies the fix to a file. When an editor has the file open, its document is changed and the
	 * editor decides about saving; otherwise the file is changed through a file buffer and saved.
	 */
	static void apply(Fix fix, IFile file, SelosteFixes fixes) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		ITextFileBuffer open = manager.getTextFileBuffer(path, LocationKind.IFILE);
		if (open != null) {
			apply(fix, open.getDocument(), fixes);
			return;
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		manager.connect(path, LocationKind.IFILE, monitor);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
			apply(fix, buffer.getDocument(), fixes);
			buffer.commit(monitor, false);
		} finally {
			manager.disconnect(path, LocationKind.IFILE, monitor);
		}
	}
}
