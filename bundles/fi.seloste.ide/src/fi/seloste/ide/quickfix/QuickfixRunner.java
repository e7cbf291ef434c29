package fi.seloste.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Runs quick fixes without a language server: turns an Xtext {@link Issue} into the lsp4j
 * {@link Diagnostic} the fixes see, asks the {@link IQuickFixProvider} for its resolutions and
 * applies a resolution's {@link WorkspaceEdit} to the resource's text. Used by the tests, by
 * {@code seloste check --fix} and by any tool that has an {@link XtextResource} but no server.
 */
public class QuickfixRunner {

	@Inject
	private IQuickFixProvider provider;

	/** The resolutions offered for an issue of the resource, in the provider's order. */
	public List<DiagnosticResolution> resolutions(XtextResource resource, Issue issue) {
		return resolutions(resource, diagnostic(document(resource), issue));
	}

	/** The resolutions offered for a diagnostic on the resource (e.g. one a language client sent back). */
	public List<DiagnosticResolution> resolutions(XtextResource resource, Diagnostic diagnostic) {
		return provider.getResolutions(options(resource, document(resource)), diagnostic);
	}

	/** The labels of the resolutions offered for an issue. */
	public List<String> labels(XtextResource resource, Issue issue) {
		return resolutions(resource, issue).stream().map(DiagnosticResolution::getLabel).toList();
	}

	/**
	 * The text of the resource after applying a resolution obtained from {@link #resolutions} for
	 * the same resource (unchanged since). The resource itself is not modified.
	 */
	public String apply(XtextResource resource, DiagnosticResolution resolution) {
		return applyEdits(document(resource).getContents(), textEdits(resource, resolution));
	}

	/** The edits a resolution makes to the resource's text (ranges in the current text). */
	public List<TextEdit> textEdits(XtextResource resource, DiagnosticResolution resolution) {
		return edits(resolution.apply(), resource.getURI());
	}

	/** The edits a workspace edit makes to one document, whichever form the edit takes. */
	public static List<TextEdit> edits(WorkspaceEdit edit, URI uri) {
		List<TextEdit> result = new ArrayList<>();
		if (edit.getChanges() != null && edit.getChanges().get(uri.toString()) != null) {
			result.addAll(edit.getChanges().get(uri.toString()));
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.isLeft() && uri.toString().equals(change.getLeft().getTextDocument().getUri())) {
					result.addAll(change.getLeft().getEdits().stream().map(TextEdit.class::cast).toList());
				}
			}
		}
		return result;
	}

	/**
	 * Applies text edits as LSP defines them: every range refers to the original text, edits do
	 * not overlap, and insertions at the same position keep their order.
	 */
	public static String applyEdits(String text, List<TextEdit> edits) {
		Document document = new Document(0, text);
		record Positioned(int start, int end, int index, String newText) {
		}
		List<Positioned> positioned = new ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			TextEdit edit = edits.get(i);
			positioned.add(new Positioned(document.getOffSet(edit.getRange().getStart()),
					document.getOffSet(edit.getRange().getEnd()), i, edit.getNewText()));
		}
		positioned.sort(Comparator.comparingInt(Positioned::start).thenComparingInt(Positioned::end)
				.thenComparingInt(Positioned::index));
		StringBuilder result = new StringBuilder(text.length() + 256);
		int copied = 0;
		for (Positioned edit : positioned) {
			if (edit.start() < copied) {
				throw new IllegalArgumentException("overlapping text edits at offset " + edit.start());
			}
			result.append(text, copied, edit.start()).append(edit.newText());
			copied = edit.end();
		}
		return result.append(text.substring(copied)).toString();
	}

	/** The diagnostic a language server would send for the issue. */
	public static Diagnostic diagnostic(Document document, Issue issue) {
		int length = document.getContents().length();
		int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), length);
		int end = issue.getLength() == null ? offset : Math.min(offset + issue.getLength(), length);
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setRange(new org.eclipse.lsp4j.Range(document.getPosition(offset), document.getPosition(end)));
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setCode(issue.getCode());
		diagnostic.setSource("seloste");
		diagnostic.setSeverity(switch (issue.getSeverity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			case INFO -> DiagnosticSeverity.Information;
			default -> DiagnosticSeverity.Hint;
		});
		diagnostic.setData(issue.getData());
		return diagnostic;
	}

	/** The resource's text as a language server document. */
	public static Document document(XtextResource resource) {
		return new Document(0, resource.getParseResult().getRootNode().getText());
	}

	/**
	 * The options of a code action request on the resource, with a minimal language server access:
	 * the resource's own resource set stands for the live workspace.
	 */
	public static Options options(XtextResource resource, Document document) {
		Options options = new Options();
		options.setResource(resource);
		options.setDocument(document);
		options.setURI(resource.getURI().toString());
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(new ResourceAccess(resource, document));
		return options;
	}

	/** The part of a language server a resolution uses: the resource itself, no live workspace. */
	private static final class ResourceAccess implements ILanguageServerAccess {

		private final XtextResource resource;
		private final Document document;

		ResourceAccess(XtextResource resource, Document document) {
			this.resource = resource;
			this.document = document;
		}

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
		}

		@Override
		public ResourceSet newLiveScopeResourceSet(URI uri) {
			return resource.getResourceSet();
		}

		@Override
		public InitializeParams getInitializeParams() {
			return new InitializeParams();
		}

		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			throw new UnsupportedOperationException("doRead");
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			throw new UnsupportedOperationException("doReadIndex");
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
			throw new UnsupportedOperationException("addBuildListener");
		}

		@Override
		public LanguageClient getLanguageClient() {
			throw new UnsupportedOperationException("getLanguageClient");
		}

		@Override
		public InitializeResult getInitializeResult() {
			throw new UnsupportedOperationException("getInitializeResult");
		}
	}
}
