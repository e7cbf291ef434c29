package fi.seloste.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The format {@code pdf} on mutated examples ({@link Generation}). */
class PdfFuzzTest {

	@FuzzTest
	void fuzz(FuzzedDataProvider data) throws Exception {
		Generation.fuzz("pdf", data);
	}
}
