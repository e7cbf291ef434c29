package fi.seloste.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Completion at an offset of a parsed text, without a language server: the generated content-assist
 * parser finds what may follow ({@link ContentAssistContextFactory}), the proposal provider turns it
 * into entries. Entries come sorted: references, values of closed sets, keywords, templates, each
 * group alphabetically; the same proposal is listed once, a declaration once (by its shortest name), and
 * nothing that would be glued to the word before the caret.
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
		Map<Object, ContentAssistEntry> byDeclaration = new HashMap<>();
		boolean afterWord = offset > 0 && offset <= text.length() && isWordPart(text.charAt(offset - 1));
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			if (useless(entry, afterWord) || !seen.add(entry.getPrefix() + '\u0000' + entry.getProposal())) {
				continue;
			}
			Object declaration = declaration(entry);
			if (declaration != null) {
				// a declaration reachable by its simple and its qualified name: listed once, by the shorter
				ContentAssistEntry other = byDeclaration.get(declaration);
				if (other != null && other.getProposal().length() <= entry.getProposal().length()) {
					continue;
				}
				if (other != null) {
					entries.remove(other);
				}
				byDeclaration.put(declaration, entry);
			}
			entries.add(entry);
		}
		entries.sort(Comparator.comparingInt((ContentAssistEntry e) -> KIND_ORDER.getOrDefault(e.getKind(), 4))
				.thenComparing(e -> label(e).toLowerCase()));
		return entries;
	}

	/**
	 * An entry that would only get in the way: one that continues the word just before the caret as if it
	 * were a new one ({@code sopimus|} + {@code tarkoitus} = {@code sopimustarkoitus}; Xtext proposes what may
	 * follow a complete word with an empty prefix), or one that only repeats what is typed.
	 */
	private static boolean useless(ContentAssistEntry entry, boolean afterWord) {
		String proposal = entry.getProposal();
		if (proposal == null || proposal.isEmpty()) {
			return true;
		}
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		if (prefix.isEmpty() && afterWord && isWordPart(proposal.charAt(0))) {
			return true;
		}
		return proposal.equals(prefix) && entry.getEditPositions().isEmpty();
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '^';
	}

	/** The declaration a reference entry proposes, or {@code null} for other entries. */
	private static Object declaration(ContentAssistEntry entry) {
		return entry.getSource() instanceof IEObjectDescription description ? description.getEObjectURI() : null;
	}

	/** What a list shows for an entry. */
	public static String label(ContentAssistEntry entry) {
		return entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
	}
}
