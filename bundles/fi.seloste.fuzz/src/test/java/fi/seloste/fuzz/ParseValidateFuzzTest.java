package fi.seloste.fuzz;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import fi.seloste.ide.cli.Utf8Source;

/**
 * Any bytes as a file: decoded as the command line decodes them (strict UTF-8), parsed, linked and
 * validated without an exception or a hang, every problem sane ({@link Diagnostics}). Seeds: the
 * examples (copied by the build into the inputs folder); libFuzzer inserts the grammar's keywords.
 */
class ParseValidateFuzzTest {

	@FuzzTest
	@DictionaryFile(resourcePath = "seloste.dict")
	void fuzz(byte[] data) {
		if (Utf8Source.decode(Path.of("input.seloste"), data) instanceof Utf8Source.Text text) {
			Diagnostics.assertSane(Seloste.load(Seloste.alone(), text.text()));
		}
	}
}
