package fi.seloste.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A shipped example edited by the fuzzer ({@link NoticeMutator}), beside the other files of its folder:
 * parsed, linked and validated without an exception or a hang, every problem sane. Edits that keep
 * the text parsing reach the checks, which random bytes rarely do.
 */
class MutantValidateFuzzTest {

	@FuzzTest
	void fuzz(FuzzedDataProvider data) throws Exception {
		NoticeMutator.Mutant mutant = NoticeMutator.mutate(data);
		Failures.on(mutant, () -> Diagnostics.assertSane(Seloste.load(mutant.example(), mutant.text())));
	}
}
