package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.gson.JsonArray;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;

import fi.seloste.ide.quickfix.IssueData;
import fi.seloste.ide.quickfix.QuickfixRunner;
import fi.seloste.validation.SelosteCheck;

/** The quick fixes as a language server offers them, and the runner's handling of LSP edits and issue data. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteIdeInjectorProvider.class)
class QuickfixRunnerTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private QuickfixRunner runner;

	@Inject
	private ICodeActionService2 codeActions;

	/** A diagnostic whose data came back from a language client as JSON gets the same code actions. */
	@Test
	void aLanguageServerOffersTheFixesAsCodeActions() {
		XtextResource resource = models.parse(Fixtures.read(QuickfixTest.DIR
				.resolve("thirdCountryRecipientWithoutTransfer.seloste")));
		Issue issue = models.validate(resource).stream()
				.filter(i -> SelosteCheck.THIRD_COUNTRY_RECIPIENT_WITHOUT_TRANSFER.code().equals(i.getCode()))
				.findFirst().orElseThrow();
		Map<String, String> expected = new TreeMap<>();
		for (DiagnosticResolution resolution : runner.resolutions(resource, issue)) {
			expected.put(resolution.getLabel(), runner.apply(resource, resolution));
		}

		Document document = QuickfixRunner.document(resource);
		Diagnostic diagnostic = QuickfixRunner.diagnostic(document, issue);
		JsonArray data = new JsonArray();
		data.add(new JsonPrimitive("Posti"));
		diagnostic.setData(data);
		ICodeActionService2.Options options = QuickfixRunner.options(resource, document);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(resource.getURI().toString()),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))));

		Map<String, String> offered = new TreeMap<>();
		for (Either<Command, CodeAction> action : codeActions.getCodeActions(options)) {
			CodeAction fix = action.getRight();
			offered.put(fix.getTitle(), QuickfixRunner.applyEdits(document.getContents(),
					QuickfixRunner.edits(fix.getEdit(), resource.getURI())));
		}
		assertEquals(5, expected.size());
		assertEquals(expected, offered);
	}

	@Test
	void issueDataMayComeAsAnArrayAListOrJson() {
		JsonArray json = new JsonArray();
		json.add("en");
		json.add("sv");
		List<String> expected = List.of("en", "sv");
		assertEquals(expected, IssueData.of(new String[] { "en", "sv" }));
		assertEquals(expected, IssueData.of(List.of("en", "sv")));
		assertEquals(expected, IssueData.of(json));
		assertEquals(List.of("en"), IssueData.of(new JsonPrimitive("en")));
		assertEquals(List.of(), IssueData.of((Object) null));
	}

	@Test
	void editsReferToTheOriginalTextAndInsertionsKeepTheirOrder() {
		List<TextEdit> edits = new ArrayList<>();
		edits.add(edit(0, 1, 0, 2, ""));
		edits.add(edit(0, 1, 0, 1, "X"));
		edits.add(edit(0, 1, 0, 1, "Y"));
		edits.add(edit(1, 0, 1, 0, "Z"));
		assertEquals("aXYc\nZd", QuickfixRunner.applyEdits("abc\nd", edits));
	}

	@Test
	void overlappingEditsAreRejected() {
		List<TextEdit> edits = List.of(edit(0, 0, 0, 2, "x"), edit(0, 1, 0, 3, "y"));
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> QuickfixRunner.applyEdits("abcd", edits));
		assertTrue(error.getMessage().contains("overlapping"), error.getMessage());
	}

	private static TextEdit edit(int startLine, int startColumn, int endLine, int endColumn, String text) {
		return new TextEdit(new Range(new Position(startLine, startColumn), new Position(endLine, endColumn)), text);
	}
}
