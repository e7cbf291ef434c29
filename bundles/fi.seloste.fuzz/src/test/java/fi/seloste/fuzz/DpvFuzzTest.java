package fi.seloste.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The format {@code dpv} on mutated examples ({@link Generation}). */
class DpvFuzzTest {

	@FuzzTest
	void fuzz(FuzzedDataProvider data) throws Exception {
		Generation.fuzz("dpv", data);
	}
}
