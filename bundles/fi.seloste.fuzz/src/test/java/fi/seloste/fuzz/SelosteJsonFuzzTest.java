package fi.seloste.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The format {@code json} on mutated examples ({@link Generation}). */
class SelosteJsonFuzzTest {

	@FuzzTest
	void fuzz(FuzzedDataProvider data) throws Exception {
		Generation.fuzz("json", data);
	}
}
