package fi.seloste.ui.internal.outline;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import fi.seloste.ui.internal.highlighting.SelosteKeywords;
import fi.seloste.ui.internal.validation.ReconciledModelListener;

/**
 * Keeps the outline of each open Seloste document as of its last reconcile. It listens from the
 * plug-in's start, because the Outline view may be opened long after an editor was reconciled and must
 * show something at once.
 */
public final class OutlineModels implements ReconciledModelListener {

	public static final OutlineModels INSTANCE = new OutlineModels();

	/** The latest outline of a document, made from the text with this modification stamp. */
	public record Snapshot(long documentStamp, List<OutlineNode> roots) {
	}

	// weak: a closed editor's document is forgotten without anyone having to tell us
	private final Map<IDocument, Snapshot> latest = new WeakHashMap<>();
	private final List<BiConsumer<IDocument, Snapshot>> listeners = new CopyOnWriteArrayList<>();
	private OutlineTreeBuilder builder;

	private OutlineModels() {
	}

	@Override
	public void reconciled(IDocument document, long documentStamp, XtextResource resource, CancelIndicator cancel) {
		Snapshot snapshot = new Snapshot(documentStamp, builder().build(resource));
		if (cancel.isCanceled()) {
			return;
		}
		synchronized (latest) {
			latest.put(document, snapshot);
		}
		for (BiConsumer<IDocument, Snapshot> listener : listeners) {
			listener.accept(document, snapshot);
		}
	}

	private synchronized OutlineTreeBuilder builder() {
		if (builder == null) {
			builder = new OutlineTreeBuilder(SelosteKeywords.all());
		}
		return builder;
	}

	/** The document's outline as of its last reconcile; {@code null} before the first one. */
	public Snapshot latest(IDocument document) {
		synchronized (latest) {
			return latest.get(document);
		}
	}

	/** The listener is called on the reconciler's thread with every new outline of any document. */
	public void addListener(BiConsumer<IDocument, Snapshot> listener) {
		listeners.add(listener);
	}

	public void removeListener(BiConsumer<IDocument, Snapshot> listener) {
		listeners.remove(listener);
	}
}
