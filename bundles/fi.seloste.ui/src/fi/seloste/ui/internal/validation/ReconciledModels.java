package fi.seloste.ui.internal.validation;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The hook "after each reconcile, here is the linked resource": features that need the model (outline,
 * folding, colouring of references) listen here instead of parsing the text a second time.
 * <p>
 * It also keeps each open document's latest validated model ({@link #latest}) for the features the
 * user calls on the UI thread (Ctrl+1, Ctrl+click, F3), so that they need not parse the project there.
 */
public final class ReconciledModels {

	private static final CopyOnWriteArrayList<ReconciledModelListener> LISTENERS = new CopyOnWriteArrayList<>();

	/**
	 * A document's text as validated in its project.
	 *
	 * @param file          the document's file
	 * @param documentStamp the document's modification stamp when its text was read
	 * @param changesSeen   the {@link #changeCount()} before the project's files were read
	 * @param text          the text validated
	 * @param resource      its linked, validated resource; once published, the reconciler no longer
	 *                      touches it, and its readers (the UI thread mostly; Quick Fix of the Problems
	 *                      view asks in the background) synchronize on it: resolving references changes it
	 * @param issues        all its issues (syntax, linking, validation)
	 */
	public record Reconciled(IFile file, long documentStamp, long changesSeen, String text, XtextResource resource,
			List<Issue> issues) {
	}

	/** The last {@link Reconciled} of each document; weak keys: a closed editor's document goes. */
	private static final Map<IDocument, Reconciled> LATEST = new WeakHashMap<>();

	/** How many {@code .seloste} files have changed in the workspace; guarded by {@link #CHANGES}. */
	private static long changeCount;
	/** The latest changes, oldest first, at most {@link #MAX_CHANGES}; guarded by itself. */
	private static final Deque<Change> CHANGES = new ArrayDeque<>();
	private static final int MAX_CHANGES = 512;

	private record Change(long number, IFile file) {
	}

	private ReconciledModels() {
	}

	public static void addListener(ReconciledModelListener listener) {
		LISTENERS.addIfAbsent(listener);
	}

	public static void removeListener(ReconciledModelListener listener) {
		LISTENERS.remove(listener);
	}

	/**
	 * The latest validated model of the document if it is still current: made from the document's
	 * present text (same modification stamp) and from the project's other files as they are now.
	 * {@code null} otherwise (before the first reconcile, after typing until the next one, after another
	 * file of the project changed until the open editors have been checked again): callers then either
	 * do nothing or validate the text themselves.
	 */
	public static Reconciled latest(IDocument document) {
		if (!(document instanceof IDocumentExtension4 extension)) {
			return null;
		}
		Reconciled reconciled;
		synchronized (LATEST) {
			reconciled = LATEST.get(document);
		}
		return reconciled != null && reconciled.documentStamp() != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP
				&& reconciled.documentStamp() == extension.getModificationStamp()
				&& othersUnchangedSince(reconciled.file(), reconciled.changesSeen()) ? reconciled : null;
	}

	/**
	 * Keeps a validated model as the document's latest, unless it is stale already. Called after the
	 * whole validation (listeners included) is done: from then on only the UI thread reads the resource.
	 */
	static void publish(IDocument document, Reconciled reconciled) {
		synchronized (LATEST) {
			if (document instanceof IDocumentExtension4 extension
					&& reconciled.documentStamp() == extension.getModificationStamp()) {
				LATEST.put(document, reconciled);
			}
		}
	}

	/** A number to read before loading a project's files; see {@link Reconciled#changesSeen()}. */
	static long changeCount() {
		synchronized (CHANGES) {
			return changeCount;
		}
	}

	/** Told by {@link OpenEditorsRevalidator} of every {@code .seloste} file saved, added or deleted. */
	static void filesChanged(Collection<IFile> files) {
		synchronized (CHANGES) {
			for (IFile file : files) {
				CHANGES.addLast(new Change(++changeCount, file));
				if (CHANGES.size() > MAX_CHANGES) {
					CHANGES.removeFirst();
				}
			}
		}
	}

	/**
	 * Whether no {@code .seloste} file of the file's project other than the file itself has changed
	 * since the change count was {@code seen}. The file's own change is a save of the document (or
	 * changes the document, and with it its stamp).
	 */
	private static boolean othersUnchangedSince(IFile file, long seen) {
		synchronized (CHANGES) {
			if (seen == changeCount) {
				return true;
			}
			if (CHANGES.isEmpty() || CHANGES.getFirst().number() > seen + 1) {
				return false; // some of the changes since are forgotten
			}
			for (Iterator<Change> it = CHANGES.descendingIterator(); it.hasNext();) {
				Change change = it.next();
				if (change.number() <= seen) {
					break;
				}
				if (!change.file().equals(file) && change.file().getProject().equals(file.getProject())) {
					return false;
				}
			}
			return true;
		}
	}

	static void fire(IDocument document, long documentStamp, XtextResource resource, CancelIndicator cancel) {
		for (ReconciledModelListener listener : LISTENERS) {
			if (cancel.isCanceled()) {
				return;
			}
			try {
				listener.reconciled(document, documentStamp, resource, cancel);
			} catch (RuntimeException e) {
				// one failing feature must not keep the others (or the markers) from updating
				ILog.of(ReconciledModels.class).error("A Seloste editor feature failed after reconciling", e);
			}
		}
	}
}
