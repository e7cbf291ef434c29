package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.ide.tasks.Task;
import fi.seloste.ide.tasks.TaskFinder;

/**
 * The task tags of a file ({@link TaskFinder}, shown by the editor as tasks): TODO, FIXME and XXX in
 * line and block comments, whole words in capitals, never in a text or a name; the description runs to
 * the end of the line or the next tag; FIXME has high priority.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteIdeInjectorProvider.class)
class TaskFinderTest {

	@Inject
	private TaskFinder finder;

	@Test
	void tagsInCommentsAreTasks() {
		String text = """
				// TODO kirjoita säilytysaika
				seloste TODO {
					otsikko "TODO: ei tehtävä, vaan teksti" // FIXME tarkista otsikko XXX ja kielet
					/* monirivinen
					 * TODO: lisää vastaanottajat */
				}
				""";
		assertEquals(List.of("1 NORMAL TODO kirjoita säilytysaika @3", "3 HIGH FIXME tarkista otsikko @89",
				"3 NORMAL XXX ja kielet @112", "5 NORMAL TODO: lisää vastaanottajat @146"), describe(finder.find(text)));
	}

	@Test
	void onlyWholeWordsInCapitalsAreTags() {
		assertEquals(List.of(), describe(finder.find("// todo, TODOS, FIXMEs, _XXX, TODO1\nseloste S {\n}\n")));
		assertEquals(List.of("1 NORMAL TODO: (kesken) @3"), describe(finder.find("// TODO: (kesken)\nseloste S {")));
	}

	private static List<String> describe(List<Task> tasks) {
		return tasks.stream().map(t -> t.line() + " " + t.priority() + " " + t.description() + " @" + t.offset()).toList();
	}
}
