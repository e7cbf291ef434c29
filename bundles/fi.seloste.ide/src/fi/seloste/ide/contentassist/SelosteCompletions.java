package fi.seloste.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Completion at an offset of a parsed text, without a language server: the generated content-assist
 * parser finds what may follow ({@link ContentAssistContextFactory}), the proposal provider turns it
 * into entries. Entries come sorted: references, values of closed sets, keywords, templates, each
 * group alphabetically; the same proposal is listed once.
 */
public class SelosteCompletions {

	private static final Map<String, Integer> KIND_ORDER = Map.of(ContentAssistEntry.KIND_REFERENCE, 0,
			ContentAssistEntry.KIND_VALUE, 1, ContentAssistEntry.KIND_KEYWORD, 2, ContentAssistEntry.KIND_SNIPPET, 3);

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	@Inject
	private ExecutorService executor;

	/** The entries at {@code offset}; {@code resource} must have been parsed from {@code text}. */
	public List<ContentAssistEntry> complete(XtextResource resource, String text, int offset, CancelIndicator cancel) {
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(executor);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		acceptor.setCancelIndicator(cancel);
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		LinkedHashSet<String> seen = new LinkedHashSet<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			if (seen.add(entry.getPrefix() + '\u0000' + entry.getProposal())) {
				entries.add(entry);
			}
		}
		entries.sort(Comparator.comparingInt((ContentAssistEntry e) -> KIND_ORDER.getOrDefault(e.getKind(), 4))
				.thenComparing(e -> label(e).toLowerCase()));
		return entries;
	}

	/** What a list shows for an entry. */
	public static String label(ContentAssistEntry entry) {
		return entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
	}
}
