package fi.seloste.ui.tests;

import static fi.seloste.ui.tests.EditorSupport.document;
import static fi.seloste.ui.tests.EditorSupport.open;
import static fi.seloste.ui.tests.EditorSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import fi.seloste.ui.internal.tasks.TaskMarkers;
import fi.seloste.ui.internal.tasks.TaskTagUpdater;

/**
 * {@code // TODO …}, {@code FIXME} and {@code XXX} in the comments of a {@code .seloste} file are
 * tasks of the Tasks view (FIXME with high priority), as whole words in capitals and never in a text;
 * they follow the file as it is saved, from an editor or by another program.
 */
public class TaskTagsTest extends WorkbenchTestCase {

	private static final String NOTICE = "tietosuojaseloste.seloste";

	private static final String TASKS = """
			// TODO kirjoita säilytysaika
			/* Tarkistettavaa:
			   FIXME y-tunnus on väärä */
			// todo ja TODOS eivät ole tehtäviä
			""";

	@BeforeEach
	public void createProject(TestInfo test) throws Exception {
		project = TestProject.withExamples("tasks-" + test.getTestMethod().orElseThrow().getName(), NOTICE);
	}

	@Test
	public void commentsWithTaskTagsBecomeTasksAndFollowTheSavedFile() throws Exception {
		IFile file = project.file(NOTICE);
		String original = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		setContents(file, TASKS + original.replace("otsikko fi \"", "otsikko fi \"TODO "));

		List<String> expected = List.of("1 normal: TODO kirjoita säilytysaika", "3 high: FIXME y-tunnus on väärä");
		waitUntil("the tasks " + expected, () -> expected.equals(tasks(file)));
		for (IMarker marker : file.findMarkers(IMarker.TASK, true, IResource.DEPTH_ZERO)) {
			assertEquals(TaskMarkers.TYPE, marker.getType(), "a task of the Tasks view");
		}

		setContents(file, original);
		waitUntil("no tasks once the comments are gone", () -> tasks(file).isEmpty());
	}

	@Test
	public void savingTheEditorUpdatesTheTasks() throws Exception {
		IFile file = project.file(NOTICE);
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		document.replace(0, 0, "// XXX onko tämä ajan tasalla?\n");
		editor.doSave(null);

		List<String> expected = List.of("1 normal: XXX onko tämä ajan tasalla?");
		waitUntil("the task " + expected, () -> expected.equals(tasks(file)));

		document.replace(0, document.getLineLength(0), "");
		editor.doSave(null);
		waitUntil("no task once the comment is gone", () -> tasks(file).isEmpty());
	}

	@Test
	public void aStoppedUpdaterSchedulesNothingMore() throws Exception {
		TaskTagUpdater updater = TaskTagUpdater.start();
		AtomicInteger scheduled = new AtomicInteger();
		updater.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				scheduled.incrementAndGet();
			}
		});
		updater.stop();
		updater.joinScan();
		IFile file = project.file(NOTICE);
		setContents(file, TASKS + new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));

		assertEquals(0, scheduled.get(), "no update scheduled by the scan or a save after stop()");
	}

	private static void setContents(IFile file, String text) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
	}

	/** The file's tasks as "line priority: text", in line order. */
	private static List<String> tasks(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(IMarker.TASK, true, IResource.DEPTH_ZERO))
					.sorted(Comparator.comparingInt(m -> m.getAttribute(IMarker.LINE_NUMBER, 0)))
					.map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + " "
							+ (m.getAttribute(IMarker.PRIORITY, -1) == IMarker.PRIORITY_HIGH ? "high" : "normal") + ": "
							+ m.getAttribute(IMarker.MESSAGE, ""))
					.toList();
		} catch (CoreException e) {
			return List.of("cannot read the markers: " + e.getMessage());
		}
	}
}
