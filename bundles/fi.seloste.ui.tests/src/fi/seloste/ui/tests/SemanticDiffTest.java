package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.page;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.ResourceNode;
import org.eclipse.compare.internal.CompareAction;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.team.internal.core.history.LocalFileRevision;
import org.eclipse.team.internal.ui.history.CompareFileRevisionEditorInput;
import org.eclipse.team.internal.ui.history.FileRevisionTypedElement;
import org.eclipse.team.internal.ui.synchronize.LocalResourceTypedElement;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.compare.SemanticDiffViewer;

/**
 * The semantic diff pane of the compare editor: Compare With &gt; Local History (the editor input the
 * History view opens for a local revision) and Compare With &gt; Each Other show, beside the text diff (in
 * the Outline view, the platform's default) or above it, the changes of what the notice says, material ones
 * first with their reason and provision.
 */
public class SemanticDiffTest extends WorkbenchTestCase {

	private static final String FILE = "tietosuojaseloste.seloste";
	/** The compare plug-in's preference "Show structure compare in Outline view when possible" (default on). */
	private static final String USE_OUTLINE_VIEW = "org.eclipse.compare.UseOutlineView";

	/** Version 1.1 of the example: a longer retention, a new processor, a reworded description. */
	static String laterVersion(String text) {
		String later = replace(text, "säilytys kunnes sopimuksen-päättyminen + 3 vuotta",
				"säilytys kunnes sopimuksen-päättyminen + 5 vuotta");
		later = replace(later, "kuvaus fi \"Tässä selosteessa kerromme,", "kuvaus fi \"Tässä tietosuojaselosteessa kerromme,");
		return replace(later, "\t\tkäsittelijä AuroraMail fi", """
				\t\tkäsittelijä TahtiPalvelu fi "Tähti Palvelu Oy, asiakaspalvelun puhelin- ja sähköpostipalvelu"
				\t\t\ten "Tähti Palvelu Oy, customer service by phone and e-mail"
				\t\t\tsv "Tähti Palvelu Oy, kundtjänst per telefon och e-post" {
				\t\t\tnimi "Tähti Palvelu Oy"
				\t\t\tmaa "FI"
				\t\t\ttiedot Yhteystiedot, Sahkoposti, Asiakaspalveluviestit
				\t\t\ttarkoituksiin Asiakaspalvelu
				\t\t}
				\t\tkäsittelijä AuroraMail fi""");
	}

	private static String replace(String text, String from, String to) {
		assertTrue(text.contains(from), "the example no longer contains: " + from);
		return text.replace(from, to);
	}

	@Test
	public void compareWithLocalHistoryShowsTheMaterialChangesBesideTheTextDiffInTheOutline() throws Exception {
		// the platform's defaults: the Outline view open, "Show structure compare in Outline view" on
		ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		project = TestProject.withExamples("semantic-diff", FILE);
		SemanticDiffViewer pane = compareWithLocalHistory(project.file(FILE));

		assertLocalHistoryChanges(pane);
		waitUntil("the Outline shows the compare editor's page", () -> outline.getCurrentPage() != null
				&& isWithin(pane.getControl(), outline.getCurrentPage().getControl()));
		assertTextDiffShown(pane);
	}

	@Test
	public void withoutTheOutlineOptionThePaneIsAboveTheTextDiff() throws Exception {
		IEclipsePreferences compare = InstanceScope.INSTANCE.getNode("org.eclipse.compare");
		compare.putBoolean(USE_OUTLINE_VIEW, false);
		try {
			ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
			project = TestProject.withExamples("semantic-diff-editor", FILE);
			SemanticDiffViewer pane = compareWithLocalHistory(project.file(FILE));

			assertLocalHistoryChanges(pane);
			Control editor = editorControl(pane.getControl());
			assertTrue(outline.getCurrentPage() == null || !isWithin(pane.getControl(), outline.getCurrentPage().getControl()),
					"the pane is in the editor, not in the Outline");
			assertTrue(styledTexts(editor).stream().anyMatch(t -> t.contains("TahtiPalvelu")),
					"the text diff is in the same editor");
		} finally {
			compare.remove(USE_OUTLINE_VIEW);
		}
	}

	private static void assertLocalHistoryChanges(SemanticDiffViewer pane) {
		List<Entry> entries = entries(pane.tree());
		String shown = describe(entries);
		assertEquals(3, entries.size(), shown);
		// material first, in the notice's order, opened, each with its values, reason and provision in Finnish
		Entry retention = entries.get(0);
		assertTrue(retention.headline.startsWith("Muutettu: säilytysaika — rekisteri Asiakasrekisteri / tarkoitus Tilaukset"), shown);
		assertEquals(List.of("ennen: kunnes sopimuksen-päättyminen + 3 vuotta", "nyt: kunnes sopimuksen-päättyminen + 5 vuotta"),
				retention.details.subList(0, 2), shown);
		assertTrue(retention.details.get(2).startsWith(
				"olennainen muutos: Tietoja säilytetään pidempään (tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohta"), shown);
		assertTrue(retention.expanded, shown);
		Entry processor = entries.get(1);
		assertTrue(processor.headline.startsWith("Lisätty: vastaanottaja") && processor.headline.endsWith("TahtiPalvelu"), shown);
		assertTrue(processor.details.get(0).startsWith("nyt: käsittelijä TahtiPalvelu"), shown);
		assertTrue(processor.details.get(1).contains("13 artiklan 1 kohdan e alakohta"), shown);
		// the reworded description last, editorial, closed
		Entry description = entries.get(2);
		assertTrue(description.details.get(1).contains("Tässä tietosuojaselosteessa"), shown);
		assertEquals("toimituksellinen muutos", description.details.get(2), shown);
		assertFalse(description.expanded, shown);
		assertTrue(pane.summary().startsWith("Muutoksia: 3, joista olennaisia: 2"), pane.summary());
	}

	/** The text diff is still shown: both versions' text. */
	private static void assertTextDiffShown(SemanticDiffViewer pane) {
		List<String> texts = styledTexts(pane.getControl().getShell());
		assertTrue(texts.stream().anyMatch(t -> t.contains("TahtiPalvelu")), "the later text is shown");
		assertTrue(texts.stream().anyMatch(t -> t.contains("+ 3 vuotta") && !t.contains("TahtiPalvelu")),
				"the earlier text is shown");
	}

	@Test
	public void twoFilesComparedWithEachOtherAndAnUnchangedMeaning() throws Exception {
		project = TestProject.withExamples("semantic-diff-each", FILE);
		IFile earlier = project.file(FILE);
		String text = new String(earlier.getContents().readAllBytes(), StandardCharsets.UTF_8);
		// only a comment and the layout differ: no change in what the notice says
		IFile later = earlier.getProject().getFile("reformatted.seloste");
		later.create(new ByteArrayInputStream(("// uusi kommentti\n" + text.replace("\tkielet fi, en, sv", "\tkielet  fi, en, sv"))
				.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

		// Compare With > Each Other on the two files selected in the Project Explorer
		IWorkbenchPart explorer = page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		CompareAction eachOther = new CompareAction();
		Action menuItem = new Action() {
		};
		eachOther.setActivePart(menuItem, explorer);
		eachOther.selectionChanged(menuItem, new StructuredSelection(new Object[] { later, earlier }));
		assertTrue(menuItem.isEnabled(), "Compare With > Each Other is enabled for two .seloste files");
		eachOther.run(menuItem);
		SemanticDiffViewer pane = waitForPane();
		assertEquals(0, pane.tree().getItemCount(), describe(entries(pane.tree())));
		assertTrue(pane.summary().startsWith("Selosteen sisältö ei muutu"), pane.summary());
		// the text diff is below the pane or beside it (in the Outline): the text names no direction
		assertTrue(pane.summary().endsWith("tekstin muutokset näkyvät tekstivertailussa."), pane.summary());
	}

	@Test
	public void aVersionWithErrorsIsNotCompared() throws Exception {
		project = TestProject.withExamples("semantic-diff-errors", FILE);
		IFile earlier = project.file(FILE);
		String text = new String(earlier.getContents().readAllBytes(), StandardCharsets.UTF_8);
		IFile later = earlier.getProject().getFile("broken.seloste");
		later.create(new ByteArrayInputStream(text.replace("seloste RevontuliKahvila {", "seloste RevontuliKahvila {{")
				.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

		openEachOther(later, earlier);
		SemanticDiffViewer pane = waitForPane();
		assertEquals(0, pane.tree().getItemCount());
		assertTrue(pane.summary().startsWith("Myöhemmässä versiossa on virheitä"), pane.summary());
	}

	/**
	 * Review of issue 14: a file of several notices none of which has a name of the other version is not
	 * "a file without a notice"; the pane names the notices of each side.
	 */
	@Test
	public void noticesOfDifferentNamesAreNotCalledNoNotice() throws Exception {
		project = TestProject.withExamples("semantic-diff-names", FILE);
		IFile earlier = project.file(FILE);
		String text = new String(earlier.getContents().readAllBytes(), StandardCharsets.UTF_8);
		IFile later = earlier.getProject().getFile("renamed.seloste");
		String renamed = replace(text, "seloste RevontuliKahvila {", "seloste Toinen {") + "\n"
				+ replace(text, "seloste RevontuliKahvila {", "seloste Kolmas {");
		later.create(new ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

		openEachOther(later, earlier);
		SemanticDiffViewer pane = waitForPane();
		assertEquals(0, pane.tree().getItemCount());
		assertEquals("Versioissa ei ole samannimisiä selosteita (aiempi: RevontuliKahvila; myöhempi: Toinen, Kolmas), "
				+ "joten selosteita ei verrata.", pane.summary());
	}

	/**
	 * Review of issue 14: a comparison that fails (here: a side whose character set cannot be read) says so
	 * in the pane in the user's words, instead of "Comparing…" for good; the exception goes to the error log.
	 */
	@Test
	public void aFailedComparisonIsShownInThePaneAndItsExceptionLogged() throws Exception {
		project = TestProject.withExamples("semantic-diff-failed", FILE);
		IFile earlier = project.file(FILE);
		String text = new String(earlier.getContents().readAllBytes(), StandardCharsets.UTF_8);
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			openPair(new UnreadableCharset(text), new ResourceNode(earlier));
			SemanticDiffViewer pane = waitForPane();
			assertEquals(0, pane.tree().getItemCount());
			String expected = "fi".equals(Locale.getDefault().getLanguage())
					? "Selosteen sisällön vertailu epäonnistui, joten sisällön muutoksia ei voida näyttää tässä; "
							+ "tekstivertailuun tämä ei vaikuta. Virheen tiedot ovat virhelokissa (Error Log)."
					: "The comparison of what the notice says failed, so its changes cannot be shown here; "
							+ "the text comparison is not affected. The details are in the Error Log.";
			assertEquals(expected, pane.summary());
			assertTrue(logged.stream().anyMatch(status -> status.getSeverity() == IStatus.ERROR
					&& status.getException() instanceof CoreException failure
					&& UnreadableCharset.REASON.equals(failure.getMessage())), logged::toString);
		} finally {
			Platform.removeLogListener(listener);
		}
	}

	/** A later version whose character set cannot be read. */
	private static final class UnreadableCharset implements ITypedElement, IEncodedStreamContentAccessor {

		static final String REASON = "the character set of this version cannot be read";

		private final String text;

		UnreadableCharset(String text) {
			this.text = text;
		}

		@Override
		public String getName() {
			return "unreadable.seloste";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return "seloste";
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() throws CoreException {
			throw new CoreException(Status.error(REASON));
		}
	}

	/**
	 * Saves version 1.1 over the example (1.0 goes into the local history) and opens what the History view
	 * opens for the local revision (Compare With &gt; Local History); returns the pane once it shows the diff.
	 */
	static SemanticDiffViewer compareWithLocalHistory(IFile file) throws Exception {
		String earlier = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		file.setContents(new ByteArrayInputStream(laterVersion(earlier).getBytes(StandardCharsets.UTF_8)),
				IResource.KEEP_HISTORY, null);
		IFileState[] history = file.getHistory(null);
		assertEquals(1, history.length, "the local history holds the earlier version");
		CompareUI.openCompareEditor(new CompareFileRevisionEditorInput(new LocalResourceTypedElement(file),
				new FileRevisionTypedElement(new LocalFileRevision(history[0])), page()));
		return waitForPane();
	}

	/** As Compare With &gt; Each Other: the first selected file on the left (the later version). */
	private static void openEachOther(IFile left, IFile right) {
		openPair(new ResourceNode(left), new ResourceNode(right));
	}

	private static void openPair(ITypedElement left, ITypedElement right) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(left.getName());
		configuration.setRightLabel(right.getName());
		CompareUI.openCompareEditor(new CompareEditorInput(configuration) {
			@Override
			protected Object prepareInput(IProgressMonitor monitor) {
				return new DiffNode(left, right);
			}
		});
	}

	static SemanticDiffViewer waitForPane() {
		SemanticDiffViewer[] found = new SemanticDiffViewer[1];
		waitUntil("the compare editor shows the semantic diff", () -> {
			IEditorPart editor = page().getActiveEditor();
			if (editor == null) {
				return false;
			}
			Control shown = find(editor.getEditorSite().getShell(), SemanticDiffViewer.RESULT_SHOWN);
			if (shown == null) {
				return false;
			}
			found[0] = (SemanticDiffViewer) shown.getData(SemanticDiffViewer.VIEWER);
			return found[0] != null;
		});
		assertNotNull(found[0]);
		return found[0];
	}

	private static Control find(Control control, String key) {
		if (control.getData(key) != null) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private record Entry(String headline, List<String> details, boolean expanded) {
	}

	private static List<Entry> entries(Tree tree) {
		List<Entry> entries = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			List<String> details = new ArrayList<>();
			for (TreeItem detail : item.getItems()) {
				details.add(detail.getText());
			}
			entries.add(new Entry(item.getText(), details, item.getExpanded()));
		}
		return entries;
	}

	private static String describe(List<Entry> entries) {
		StringBuilder text = new StringBuilder();
		for (Entry entry : entries) {
			text.append(entry.headline).append(entry.expanded ? " (open)" : "").append('\n');
			entry.details.forEach(detail -> text.append("    ").append(detail).append('\n'));
		}
		return text.toString();
	}

	private static boolean isWithin(Control control, Control ancestor) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The compare editor's part control the pane is in (the composite whose data is the editor input). */
	private static Control editorControl(Control pane) {
		for (Control c = pane; c != null; c = c.getParent()) {
			if (c.getData() instanceof CompareEditorInput) {
				return c;
			}
		}
		throw new AssertionError("the pane is not in a compare editor");
	}

	private static List<String> styledTexts(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof StyledText styled) {
			texts.add(styled.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(styledTexts(child));
			}
		}
		return texts;
	}
}
