package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.processEvents;
import static fi.seloste.ui.tests.EditorSupport.styleAt;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fi.seloste.ui.internal.highlighting.ColouringPreferences;
import fi.seloste.ui.internal.highlighting.TokenStyle;
import fi.seloste.ui.internal.preferences.SyntaxColouringPreferencePage;

/**
 * Preferences → Seloste → Syntax Colouring: colour and font style per kind of token, previewed on the
 * page and applied to the open editors at once.
 */
public class SyntaxColouringPreferencesTest extends WorkbenchTestCase {

	private static final RGB RED = new RGB(200, 0, 0);

	@AfterEach
	public void restoreTheDefaults() throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode("fi.seloste.ui");
		for (TokenStyle style : TokenStyle.values()) {
			node.remove(style.colourKey());
			node.remove(style.boldKey());
			node.remove(style.italicKey());
		}
		node.flush();
		waitUntil("the default keyword colour is back", () -> TokenStyle.KEYWORD.rgb().equals(TokenStyle.KEYWORD.defaultRgb()));
	}

	@Test
	public void thePageIsUnderSeloste() {
		IConfigurationElement[] pages = Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.preferencePages");
		assertTrue(Arrays.stream(pages).anyMatch(p -> SyntaxColouringPreferencePage.ID.equals(p.getAttribute("id"))
				&& "fi.seloste.ui.preferencePage".equals(p.getAttribute("category"))
				&& SyntaxColouringPreferencePage.class.getName().equals(p.getAttribute("class"))));
	}

	@Test
	public void aStyleChosenOnThePageIsPreviewedAndAppliedToAnOpenEditor() throws Exception {
		project = TestProject.withExamples("syntax-colouring", "tietosuojaseloste.seloste");
		ITextEditor editor = open(project.file("tietosuojaseloste.seloste"));
		int keyword = document(editor).get().indexOf("\trekisteri Asiakasrekisteri") + 1;
		waitUntil("rekisteri is a keyword", () -> hasStyle(styleAt(editor, keyword), TokenStyle.KEYWORD.defaultRgb(), SWT.BOLD));

		Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		try {
			SyntaxColouringPreferencePage page = new SyntaxColouringPreferencePage();
			page.init(PlatformUI.getWorkbench());
			page.createControl(shell);
			page.choose(TokenStyle.KEYWORD);
			page.pickColour(RED);
			page.tickBold(false);

			StyledText preview = page.preview();
			int previewed = preview.getText().indexOf("seloste ");
			if (previewed < 0) {
				previewed = preview.getText().indexOf("notice ");
			}
			StyleRange sample = preview.getStyleRangeAtOffset(previewed);
			assertNotNull(sample, "the preview colours the keyword");
			assertTrue(hasStyle(sample, RED, SWT.NORMAL), "the preview shows the choice: " + sample);
			assertTrue(hasStyle(styleAt(editor, keyword), TokenStyle.KEYWORD.defaultRgb(), SWT.BOLD),
					"the editor keeps its colours until the choice is applied");

			assertTrue(page.performOk());
			waitUntil("the open editor shows the keyword in red, not bold",
					() -> hasStyle(styleAt(editor, keyword), RED, SWT.NORMAL));
			assertEquals("200,0,0", Platform.getPreferencesService().getString("fi.seloste.ui",
					TokenStyle.KEYWORD.colourKey(), null, null));
		} finally {
			shell.dispose();
		}
		restoreTheDefaults();
		waitUntil("the editor shows the default keyword style again",
				() -> hasStyle(styleAt(editor, keyword), TokenStyle.KEYWORD.defaultRgb(), SWT.BOLD));
	}

	@Test
	public void manyKeysWrittenAtOnceRedrawTheEditorsOnce() throws Exception {
		project = TestProject.withExamples("syntax-colouring-once", "tietosuojaseloste.seloste");
		ITextEditor editor = open(project.file("tietosuojaseloste.seloste"));
		int keyword = document(editor).get().indexOf("\trekisteri Asiakasrekisteri") + 1;
		waitUntil("rekisteri is a keyword", () -> hasStyle(styleAt(editor, keyword), TokenStyle.KEYWORD.defaultRgb(), SWT.BOLD));
		processEvents();
		int before = ColouringPreferences.redraws();

		IEclipsePreferences node = InstanceScope.INSTANCE.getNode("fi.seloste.ui");
		for (TokenStyle style : TokenStyle.values()) { // as the page's OK writes every key, on the UI thread
			node.put(style.colourKey(), "200,0,0");
			node.putBoolean(style.boldKey(), false);
			node.putBoolean(style.italicKey(), true);
		}
		waitUntil("the editor shows the new keyword style", () -> hasStyle(styleAt(editor, keyword), RED, SWT.ITALIC));
		processEvents();

		assertEquals(before + 1, ColouringPreferences.redraws(), "one redraw for " + 3 * TokenStyle.values().length + " keys");
	}

	private static boolean hasStyle(StyleRange style, RGB rgb, int fontStyle) {
		return style != null && style.foreground != null && style.foreground.getRGB().equals(rgb)
				&& (style.fontStyle & (SWT.BOLD | SWT.ITALIC)) == fontStyle;
	}
}
