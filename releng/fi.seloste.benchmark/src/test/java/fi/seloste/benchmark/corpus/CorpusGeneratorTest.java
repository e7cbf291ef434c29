package fi.seloste.benchmark.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;

import fi.seloste.benchmark.InProcess;
import fi.seloste.benchmark.Repository;

/** The benchmark's corpus: notices as the language accepts them, the same for the same seed. No timing here. */
class CorpusGeneratorTest {

	private static final int NOTICES = 40;

	@Test
	void everyNoticeParsesAndOnlyTheSeedsHaveErrors() throws IOException {
		List<CorpusGenerator.CorpusFile> files = CorpusGenerator.generate(Repository.home(), NOTICES, 15);
		Map<Path, String> all = new LinkedHashMap<>();
		for (CorpusGenerator.CorpusFile file : files) {
			all.put(Path.of("/corpus").resolve(file.name()), file.text());
		}
		int notices = 0;
		List<String> problems = new ArrayList<>();
		for (Map.Entry<Path, InProcess.Loaded> file : InProcess.loadAll(all).entrySet()) {
			InProcess.Loaded loaded = file.getValue();
			assertFalse(loaded.syntaxErrors(), file.getKey() + " does not parse");
			notices += loaded.notices().size();
			boolean seed = file.getKey().toString().endsWith("-seed.seloste");
			loaded.issues().stream().filter(issue -> issue.getSeverity() == Severity.ERROR && !seed)
					.forEach(issue -> problems.add(file.getKey() + ":" + issue.getLineNumber() + " " + issue.getMessage()));
		}
		assertEquals(NOTICES, notices);
		assertEquals(List.of(), problems, "a generated notice that is not a seed has errors");
	}

	@Test
	void theSameSeedGivesTheSameCorpusAndAnotherADifferentOne() throws IOException {
		Path home = Repository.home();
		assertEquals(CorpusGenerator.generate(home, 25, 15), CorpusGenerator.generate(home, 25, 15));
		assertNotEquals(CorpusGenerator.generate(home, 25, 15), CorpusGenerator.generate(home, 25, 16));
	}

	@Test
	void someNoticesShareAnOrganisationAndSomeKeepOneLanguage() throws IOException {
		List<CorpusGenerator.CorpusFile> files = CorpusGenerator.generate(Repository.home(), 100, 15);
		assertTrue(files.stream().anyMatch(f -> f.name().endsWith("-organisation.seloste")));
		assertTrue(files.stream().anyMatch(f -> f.text().contains("\n\tlanguages en\n")));
		assertTrue(files.stream().anyMatch(f -> f.name().endsWith("-seed.seloste")));
	}
}
