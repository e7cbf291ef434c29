package fi.seloste.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import fi.seloste.ui.internal.builder.GenerationRecord;

/**
 * The builder's record of a source (a persistent property holds at most 2 KB): the outputs are never
 * dropped, however many they are, so that the preview does not say "not generated yet" after a build
 * that wrote them; the files the source refers to go first.
 */
public class GenerationRecordTest extends WorkbenchTestCase {

	private static final String NOTICE = "tietosuojaseloste.seloste";

	@BeforeEach
	public void createProject(TestInfo test) throws Exception {
		project = TestProject.withExamples("record-" + test.getTestMethod().orElseThrow().getName(), NOTICE);
	}

	@Test
	public void outputsBeyondOnePropertyAreAllKept() throws Exception {
		IFile source = project.file(NOTICE);
		List<IFile> outputs = files("a-generated-notice-with-a-rather-long-name-for-its-controller-", 60, ".html");
		List<IFile> referenced = files("referred-", 40, ".seloste");

		GenerationRecord.write(source, outputs, referenced);

		GenerationRecord record = GenerationRecord.read(source);
		assertEquals(outputs.stream().map(IFile::getName).toList(), record.outputs(), "every output, in order");
		assertEquals(List.of(source.getFullPath().toPortableString()),
				record.inputs().stream().map(GenerationRecord.Input::path).toList(), "the source, the references left out");
	}

	@Test
	public void aShorterRecordReplacesALongerOne() throws Exception {
		IFile source = project.file(NOTICE);
		GenerationRecord.write(source, files("a-generated-notice-with-a-rather-long-name-for-its-controller-", 90, ".html"), List.of());
		List<IFile> outputs = files("notice-", 2, ".html");

		GenerationRecord.write(source, outputs, List.of());

		assertEquals(outputs.stream().map(IFile::getName).toList(), GenerationRecord.read(source).outputs());
	}

	@Test
	public void referencesThatFitAreKept() throws Exception {
		IFile source = project.file(NOTICE);
		List<IFile> referenced = files("referred-", 3, ".seloste");

		GenerationRecord.write(source, files("notice-", 2, ".html"), referenced);

		assertEquals(1 + referenced.size(), GenerationRecord.read(source).inputs().size());
	}

	private List<IFile> files(String prefix, int count, String suffix) {
		List<IFile> files = new ArrayList<>();
		IntStream.range(0, count).forEach(i -> files.add(project.file(prefix + i + suffix)));
		return files;
	}
}
