package fi.seloste.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import fi.seloste.formatting2.SelosteFormatting;

/**
 * {@code seloste format} on mutated examples: a text that parses formats into a text that parses, means
 * the same ({@link ModelDump}: the model, the references as written, the comments) and is stable
 * (formatting it again changes nothing).
 */
class FormatFuzzTest {

	private static final SelosteFormatting FORMATTING = Seloste.INJECTOR.getInstance(SelosteFormatting.class);

	@FuzzTest
	void fuzz(FuzzedDataProvider data) throws Exception {
		NoticeMutator.Mutant mutant = NoticeMutator.mutate(data);
		Failures.on(mutant, () -> format(mutant));
	}

	private static void format(NoticeMutator.Mutant mutant) {
		Seloste.Loaded original = Seloste.load(mutant.example(), mutant.text());
		if (!original.parsed()) {
			return;
		}
		String formatted = FORMATTING.format(original.resource());
		Seloste.Loaded after = Seloste.load(mutant.example(), formatted);
		if (!after.parsed()) {
			throw new AssertionError("the formatted text does not parse: " + after.resource().getErrors()
					+ "\n--- formatted:\n" + formatted);
		}
		String before = ModelDump.of(original.resource());
		String now = ModelDump.of(after.resource());
		if (!before.equals(now)) {
			throw new AssertionError("formatting changed what the text says\n--- before:\n" + before + "\n--- after:\n" + now);
		}
		String again = FORMATTING.format(after.resource());
		if (!again.equals(formatted)) {
			throw new AssertionError("formatting is not stable\n--- once:\n" + formatted + "\n--- twice:\n" + again);
		}
	}
}
