package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.generator.HtmlFormat;
import fi.seloste.generator.NoticeFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.OutputFile;
import fi.seloste.model.Texts;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.Text;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * Every clean example (not the seeds, which have errors) as a document (HTML, Markdown) in every
 * declared language equals its golden file in {@code fixtures/generator/}; the same input gives the
 * same bytes. The machine-readable formats have golden tests of their own (SelosteJsonFormatTest, …).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class GeneratedNoticesTest {

	@Inject
	private SelosteTestModels models;

	private static final java.util.Set<String> DOCUMENT_FORMATS = java.util.Set.of("html", "md");

	@Inject
	private NoticeFormats formats;

	static List<Path> cleanExamples() {
		return Fixtures.exampleFiles().stream().filter(p -> !p.toString().contains("/seeds/")).toList();
	}

	/** All files of all clean examples, by the golden path they are compared with. */
	private List<Golden> render() {
		List<Path> files = cleanExamples();
		XtextResourceSet set = models.load(files);
		List<Golden> result = new ArrayList<>();
		for (Path file : files) {
			XtextResource resource = SelosteTestModels.resourceOf(set, file);
			List<Issue> errors = models.validate(resource).stream().filter(i -> i.getSeverity() == Severity.ERROR)
					.toList();
			assertTrue(errors.isEmpty(), () -> file + " has errors:\n" + SelosteTestModels.describe(errors));
			String folder = Fixtures.examples().relativize(file).toString().replace(".seloste", "");
			SelosteFile root = (SelosteFile) resource.getContents().get(0);
			for (Notice notice : root.getElements().stream().filter(Notice.class::isInstance).map(Notice.class::cast)
					.toList()) {
				for (NoticeFormat format : formats.all().stream().filter(f -> DOCUMENT_FORMATS.contains(f.id())).toList()) {
					for (OutputFile output : format.render(notice, Texts.outputLanguages(notice))) {
						result.add(new Golden(Fixtures.fixtures().resolve("generator").resolve(folder)
								.resolve(output.name()), output.content()));
					}
				}
			}
		}
		return result;
	}

	private record Golden(Path file, byte[] content) {
	}

	@Test
	void everyCleanExampleInEveryFormatAndLanguageMatchesItsGoldenFile() {
		List<Golden> outputs = render();
		assertTrue(outputs.size() >= 3 * 2, "too few outputs: " + outputs.size());
		Map<Path, String> files = new LinkedHashMap<>();
		outputs.forEach(output -> files.put(output.file(), new String(output.content(), StandardCharsets.UTF_8)));
		fi.seloste.tests.Golden.assertAllMatch(files);
	}

	@Test
	void theSameInputGivesByteIdenticalFiles() {
		List<Golden> first = render();
		List<Golden> second = render();
		assertEquals(first.size(), second.size());
		for (int i = 0; i < first.size(); i++) {
			assertEquals(first.get(i).file(), second.get(i).file());
			assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).file().toString());
		}
	}

	/** Every text of every clean notice appears in each HTML page, in that page's language or its fallback. */
	@Test
	void everyTextOfTheNoticeAppearsInTheHtml() {
		List<Path> files = cleanExamples();
		XtextResourceSet set = models.load(files);
		List<String> missing = new ArrayList<>();
		for (Path file : files) {
			SelosteFile root = (SelosteFile) SelosteTestModels.resourceOf(set, file).getContents().get(0);
			for (Notice notice : root.getElements().stream().filter(Notice.class::isInstance).map(Notice.class::cast)
					.toList()) {
				List<Language> languages = Texts.outputLanguages(notice);
				List<OutputFile> pages = new HtmlFormat().render(notice, languages);
				for (int i = 0; i < languages.size(); i++) {
					Language language = languages.get(i);
					String name = pages.get(i).name();
					String html = new String(pages.get(i).content(), StandardCharsets.UTF_8);
					notice.eAllContents().forEachRemaining(object -> {
						if (object instanceof Text text) {
							Map<Language, String> variants = Texts.variants(text);
							String expected = variants.containsKey(language) ? variants.get(language)
									: variants.getOrDefault(languages.get(0), variants.values().iterator().next());
							if (!html.contains(HtmlFormat.escape(expected))) {
								missing.add(name + ": " + expected);
							}
						}
					});
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void htmlIsStandaloneAndMarksFallbacks() {
		for (Golden golden : render()) {
			if (!golden.file().toString().endsWith(".html")) {
				continue;
			}
			String html = new String(golden.content(), StandardCharsets.UTF_8);
			String lang = golden.file().getFileName().toString().replaceAll("^.*\\.(\\w\\w)\\.html$", "$1");
			assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">"), golden.file().toString());
			assertTrue(html.contains("<meta name=\"viewport\""));
			assertTrue(html.contains("@media print"));
			assertFalse(html.contains("<script"), golden.file().toString());
			assertFalse(html.contains("src="), golden.file().toString());
			assertFalse(Pattern.compile("<link\\b").matcher(html).find(), golden.file().toString());
			Matcher fallback = Pattern.compile("<span lang=\"(\\w\\w)\">").matcher(html);
			while (fallback.find()) {
				assertFalse(fallback.group(1).equals(lang), "a fallback in the page's own language: " + golden.file());
			}
		}
	}
}
