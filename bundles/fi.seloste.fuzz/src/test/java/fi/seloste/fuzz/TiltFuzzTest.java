package fi.seloste.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The format {@code tilt} on mutated examples ({@link Generation}). */
class TiltFuzzTest {

	@FuzzTest
	void fuzz(FuzzedDataProvider data) throws Exception {
		Generation.fuzz("tilt", data);
	}
}
