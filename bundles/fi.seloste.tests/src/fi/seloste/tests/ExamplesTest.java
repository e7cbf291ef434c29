package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import fi.seloste.seloste.SelosteFile;

/** Every shipped example parses and links, and every seed notice has its example. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class ExamplesTest {

	@Inject
	private SelosteTestModels models;

	private XtextResourceSet examples;

	@BeforeEach
	void loadAllExamples() {
		examples = models.load(Fixtures.exampleFiles());
	}

	static List<Path> exampleFiles() {
		return Fixtures.exampleFiles();
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void parsesAndLinksWithoutErrors(Path file) {
		XtextResource resource = SelosteTestModels.resourceOf(examples, file);
		List<Resource.Diagnostic> errors = resource.getErrors();
		assertTrue(errors.isEmpty(), () -> file + " has syntax or linking errors:\n" + errors.stream()
				.map(e -> e.getLine() + ":" + e.getColumn() + " " + e.getMessage()).collect(Collectors.joining("\n")));
		SelosteFile root = (SelosteFile) resource.getContents().get(0);
		assertFalse(root.getElements().isEmpty(), file + " declares nothing");
	}

	@Test
	void everySeedHasExactlyOneFaithfulExample() throws Exception {
		Path seeds = Fixtures.root().resolveSibling("shared/seeds");
		Set<String> seedFiles;
		try (Stream<Path> files = Files.list(seeds)) {
			seedFiles = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
		}
		Pattern seedComment = Pattern.compile("^// Seed: \\.\\./shared/seeds/(\\S+)", Pattern.MULTILINE);
		Set<String> modelled = new TreeSet<>();
		for (Path example : Fixtures.seloste(Fixtures.examples().resolve("seeds"))) {
			Matcher matcher = seedComment.matcher(Fixtures.read(example));
			assertTrue(matcher.find(), example + " does not name the seed it models");
			assertTrue(modelled.add(matcher.group(1)), "two examples model " + matcher.group(1));
		}
		assertEquals(5, seedFiles.size(), "the shared seeds changed");
		assertEquals(seedFiles, modelled);
	}
}
