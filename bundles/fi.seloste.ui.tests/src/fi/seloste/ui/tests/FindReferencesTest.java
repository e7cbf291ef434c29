package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.page;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import fi.seloste.ui.internal.navigation.NavigationMessages;
import fi.seloste.ui.internal.navigation.search.ReferenceMatch;
import fi.seloste.ui.internal.navigation.search.ReferencesResult;
import fi.seloste.ui.internal.navigation.search.ReferencesResultPage;

/**
 * Find References (Ctrl+Shift+G, the Generic Editor's command, handled for Seloste files): the references
 * to the declaration at the caret, across the project's files, in the Search view, grouped by file with
 * their line; opening one goes there. The Search dialog (Ctrl+H) comes with the Search plug-in.
 */
public class FindReferencesTest extends WorkbenchTestCase {

	private static final String FIND_REFERENCES = "org.eclipse.ui.genericeditor.findReferences";
	private static final String ORGANISATION = "organisation.seloste";
	private static final String CUSTOMERS = "asiakasrekisteri.seloste";
	private static final String RECRUITMENT = "rekrytointirekisteri.seloste";

	@BeforeEach
	public void createProject(TestInfo test) throws Exception {
		project = TestProject.withExamples("references-" + test.getTestMethod().orElseThrow().getName(),
				"organisation/" + ORGANISATION, "organisation/" + CUSTOMERS, "organisation/" + RECRUITMENT);
	}

	@AfterEach
	public void removeSearches() {
		for (ISearchQuery query : NewSearchUI.getQueries()) {
			NewSearchUI.removeQuery(query);
		}
	}

	@Test
	public void theReferencesOfADeclarationFillTheSearchViewByFileAndOpenWhereTheyAre() throws Exception {
		ITextEditor editor = open(project.file(ORGANISATION));
		int declaration = document(editor).get().indexOf("käsittelijä Hosting") + "käsittelijä Ho".length();
		editor.selectAndReveal(declaration, 0);
		CommandSupport.assertBound(editor, FIND_REFERENCES, "M1+M2+G");

		CommandSupport.execute(editor, FIND_REFERENCES);
		ReferencesResult result = waitForResult();

		List<String> found = new ArrayList<>();
		for (Object element : result.getElements()) {
			for (Match match : result.getMatches(element)) {
				ReferenceMatch reference = (ReferenceMatch) match;
				found.add(reference.getFile().getName() + ":" + reference.getLine() + ": " + reference.getLineText());
			}
		}
		found.sort(Comparator.naturalOrder());
		assertEquals(List.of(CUSTOMERS + ":60: käytä Kuura.Hosting", RECRUITMENT + ":62: käytä Hosting"), found);

		Tree tree = searchTree();
		List<String> expected = List.of(
				NavigationMessages.format("search.fileLabelOne", CUSTOMERS),
				"  " + NavigationMessages.format("search.lineLabel", 60, "käytä Kuura.Hosting"),
				NavigationMessages.format("search.fileLabelOne", RECRUITMENT),
				"  " + NavigationMessages.format("search.lineLabel", 62, "käytä Hosting"));
		// the Search view shows the matches a moment after the query has found them
		waitUntil("the Search view lists " + expected, () -> labels(tree).equals(expected));

		// a double-click (or Enter) on a reference opens its file with the reference selected
		TreeItem reference = tree.getItem(0).getItem(0);
		tree.setSelection(reference);
		Event open = new Event();
		open.item = reference;
		tree.notifyListeners(SWT.DefaultSelection, open);
		waitUntil("the reference is shown in its file", () -> {
			IEditorPart active = page().getActiveEditor();
			return active instanceof ITextEditor text && active.getTitle().equals(CUSTOMERS)
					&& ((ITextSelection) text.getSelectionProvider().getSelection()).getText().equals("Kuura.Hosting");
		});
	}

	@Test
	public void aReferenceFindsTheOtherReferencesOfItsDeclaration() throws Exception {
		ITextEditor editor = open(project.file(RECRUITMENT));
		editor.selectAndReveal(document(editor).get().indexOf("käytä Hosting") + "käytä H".length(), 0);
		CommandSupport.execute(editor, FIND_REFERENCES);
		ReferencesResult result = waitForResult();
		assertEquals(2, result.getMatchCount());
		assertEquals(List.of(CUSTOMERS, RECRUITMENT), result.files().stream().map(f -> f.getName()).toList());
	}

	@Test
	public void theSearchDialogIsThereToo() throws Exception {
		ITextEditor editor = open(project.file(ORGANISATION));
		CommandSupport.assertBound(editor, "org.eclipse.search.ui.openSearchDialog", "M1+H");
	}

	private static ReferencesResult waitForResult() {
		waitUntil("the Search view shows the references", () -> {
			ISearchResultViewPart view = NewSearchUI.getSearchResultView();
			return view != null && view.getActivePage() instanceof ReferencesResultPage page
					&& page.getInput() instanceof ReferencesResult result
					&& !NewSearchUI.isQueryRunning(result.getQuery()) && result.getMatchCount() > 0
					&& searchTree() != null && searchTree().getItemCount() > 0;
		});
		ISearchResultViewPart view = NewSearchUI.getSearchResultView();
		return (ReferencesResult) ((ReferencesResultPage) view.getActivePage()).getInput();
	}

	private static Tree searchTree() {
		ISearchResultViewPart view = NewSearchUI.getSearchResultView();
		if (view == null || !(view.getActivePage() instanceof ReferencesResultPage page)) {
			return null;
		}
		Tree tree = find(page.getControl());
		assertNotNull(tree, "the references page has a tree");
		return tree;
	}

	private static Tree find(Control control) {
		if (control instanceof Tree tree) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree tree = find(child);
				if (tree != null) {
					return tree;
				}
			}
		}
		return null;
	}

	private static List<String> labels(Tree tree) {
		List<String> labels = new ArrayList<>();
		for (TreeItem file : tree.getItems()) {
			file.setExpanded(true);
			labels.add(file.getText());
			Arrays.stream(file.getItems()).forEach(item -> labels.add("  " + item.getText()));
		}
		return labels;
	}
}
