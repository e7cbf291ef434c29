package fi.seloste.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The format {@code md} on mutated examples ({@link Generation}). */
class MarkdownFuzzTest {

	@FuzzTest
	void fuzz(FuzzedDataProvider data) throws Exception {
		Generation.fuzz("md", data);
	}
}
