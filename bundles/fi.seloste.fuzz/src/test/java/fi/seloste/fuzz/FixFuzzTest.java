package fi.seloste.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Issue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import fi.seloste.ide.cli.FixCommand;
import fi.seloste.ide.cli.SourceFiles;

/**
 * {@code seloste check --fix} on mutated examples, run as the command line runs it on a copy of the
 * example's folder: a file that does not parse is not touched; a fixed file parses and has no error the
 * original did not have (per code, no more of them than before).
 */
class FixFuzzTest {

	@FuzzTest
	void fuzz(FuzzedDataProvider data) throws Exception {
		NoticeMutator.Mutant mutant = NoticeMutator.mutate(data);
		Failures.on(mutant, () -> fix(mutant));
	}

	private static void fix(NoticeMutator.Mutant mutant) throws Exception {
		Path folder = Files.createTempDirectory("seloste-fuzz-fix");
		try {
			Path file = folder.resolve(mutant.example().file().getFileName());
			List<Path> context = new ArrayList<>();
			context.add(file);
			Files.writeString(file, mutant.text(), StandardCharsets.UTF_8);
			for (Seloste.Example sibling : mutant.example().siblings()) {
				Path copy = folder.resolve(sibling.file().getFileName());
				Files.writeString(copy, sibling.text(), StandardCharsets.UTF_8);
				context.add(copy);
			}
			Seloste.Loaded original = Seloste.load(mutant.example(), mutant.text());
			new FixCommand(Seloste.INJECTOR).fix(SourceFiles.of(List.of(file), context));
			String fixed = Files.readString(file, StandardCharsets.UTF_8);
			if (!original.parsed()) {
				if (!fixed.equals(mutant.text())) {
					throw new AssertionError("a file that does not parse was changed");
				}
				return;
			}
			Seloste.Loaded after = Seloste.load(mutant.example(), fixed);
			if (!after.parsed()) {
				throw new AssertionError("the fixed file does not parse: " + after.resource().getErrors() + "\n--- fixed:\n" + fixed);
			}
			Map<String, Integer> before = errorCodes(original.errors());
			Map<String, Integer> now = errorCodes(after.errors());
			now.forEach((code, count) -> {
				if (count > before.getOrDefault(code, 0)) {
					throw new AssertionError("--fix added errors " + code + ": " + before + " -> " + now + "\n"
							+ after.errors().stream().map(Diagnostics::describe).toList() + "\n--- fixed:\n" + fixed);
				}
			});
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	private static Map<String, Integer> errorCodes(List<Issue> errors) {
		Map<String, Integer> codes = new TreeMap<>();
		errors.forEach(issue -> codes.merge(String.valueOf(issue.getCode()), 1, Integer::sum));
		return codes;
	}
}
