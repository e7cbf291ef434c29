package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import fi.seloste.formatting2.SelosteFormatting;

/**
 * Golden-file tests of the canonical layout: {@code fixtures/formatter/NAME.seloste} formats to
 * {@code fixtures/formatter/NAME.formatted}. Re-record with {@code -Dseloste.rerecord=true} and
 * review the change with {@code git diff}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class FormatterTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private SelosteFormatting formatting;

	static List<Path> inputs() {
		return Fixtures.seloste(Fixtures.fixtures().resolve("formatter"));
	}

	static List<Path> exampleFiles() {
		return Fixtures.exampleFiles();
	}

	@ParameterizedTest
	@MethodSource("inputs")
	void formatsToGoldenFile(Path input) {
		String formatted = format(Fixtures.read(input));
		Path golden = input.resolveSibling(input.getFileName().toString().replace(".seloste", ".formatted"));
		Golden.assertMatches(golden, formatted);
	}

	@ParameterizedTest
	@MethodSource("inputs")
	void formattingIsStable(Path input) {
		String once = format(Fixtures.read(input));
		assertEquals(once, format(once), "formatting a formatted file changes it");
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void formattingKeepsTheModelOfEveryExample(Path example) {
		String text = Fixtures.read(example);
		XtextResource before = models.parse(text);
		XtextResource after = models.parse(format(text));
		assertTrue(after.getParseResult().getSyntaxErrors().iterator().hasNext() == false,
				() -> "formatted " + example + " does not parse");
		assertTrue(EcoreUtil.equals(before.getContents().get(0), after.getContents().get(0)),
				() -> "formatting changed the model of " + example);
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void examplesAreInCanonicalLayout(Path example) {
		String text = Fixtures.read(example);
		assertEquals(text, format(text), () -> example + " is not formatted; run ./seloste format " + example);
	}

	private String format(String text) {
		return formatting.format(models.parse(text));
	}
}
