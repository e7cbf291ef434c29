package fi.seloste.tests.generator;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import fi.seloste.model.Texts;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.SelosteTestModels;

/**
 * The clean examples the generator tests render: every notice of {@code examples/} outside
 * {@code seeds/} (the seeds have errors and are never generated), loaded into one resource set so
 * that the organisation's declarations resolve.
 */
final class GeneratedExamples {

	private GeneratedExamples() {
	}

	static List<Path> cleanFiles() {
		Path seeds = Fixtures.examples().resolve("seeds");
		return Fixtures.exampleFiles().stream().filter(p -> !p.startsWith(seeds)).toList();
	}

	/** The notices of the clean examples, sorted by name. */
	static List<Notice> notices(SelosteTestModels models) {
		XtextResourceSet set = models.load(cleanFiles());
		return set.getResources().stream().map(Resource::getContents).filter(c -> !c.isEmpty())
				.map(c -> (SelosteFile) c.get(0)).flatMap(f -> f.getElements().stream())
				.filter(Notice.class::isInstance).map(Notice.class::cast)
				.sorted(Comparator.comparing(Notice::getName)).toList();
	}

	/** The golden file of a generated file. */
	static Path golden(String fileName) {
		return Fixtures.fixtures().resolve("generator").resolve(fileName);
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
	}

	static List<fi.seloste.seloste.Language> languagesOf(Notice notice) {
		return Texts.outputLanguages(notice);
	}
}
