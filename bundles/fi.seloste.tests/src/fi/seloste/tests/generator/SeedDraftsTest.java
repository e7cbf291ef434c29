package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import fi.seloste.generator.DraftDocuments;
import fi.seloste.generator.HtmlFormat;
import fi.seloste.generator.OutputFile;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.Text;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * The seeds have errors, so they are only ever generated as drafts; the draft of each seed is marked
 * as one and carries every text of the (faithful) model — every fact of the original notice.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class SeedDraftsTest {

	@Inject
	private SelosteTestModels models;

	static List<Path> seeds() {
		return Fixtures.seloste(Fixtures.examples().resolve("seeds"));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theDraftOfASeedIsMarkedAndCarriesEveryTextOfIt(Path seed) {
		XtextResourceSet set = models.load(Fixtures.exampleFiles());
		SelosteFile root = (SelosteFile) SelosteTestModels.resourceOf(set, seed).getContents().get(0);
		Notice notice = (Notice) root.getElements().get(0);
		List<OutputFile> drafts = DraftDocuments.render(notice, Texts.outputLanguages(notice));
		OutputFile page = drafts.stream().filter(f -> f.name().endsWith(".fi.draft.html")).findFirst().orElseThrow();
		String html = new String(page.content(), StandardCharsets.UTF_8);
		assertTrue(html.contains("LUONNOS – ei julkaistavaksi"), page.name());

		List<String> missing = new ArrayList<>();
		notice.eAllContents().forEachRemaining(object -> {
			if (object instanceof Text text) {
				for (String value : Texts.allValues(text)) {
					if (!html.contains(HtmlFormat.escape(value))) {
						missing.add(value);
					}
				}
			}
		});
		assertEquals(List.of(), missing, seed + ": texts of the seed missing from its draft");
	}
}
