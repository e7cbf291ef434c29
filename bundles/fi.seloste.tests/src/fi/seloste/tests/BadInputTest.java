package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.ide.cli.Problem;
import fi.seloste.ide.cli.Utf8Source;
import fi.seloste.validation.SelosteIssueCodes;

/** What a user sees for broken input: a positioned, readable message, never an exception. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class BadInputTest {

	@Inject
	private SelosteTestModels models;

	@Test
	void syntaxErrorIsReportedAtItsPosition() {
		XtextResource resource = models.parse("""
				seloste S {
					otsikko "Otsikko"
					päivitetty 2026-04-23
					rekisteri R {
					}
				}
				""");
		List<Resource.Diagnostic> errors = resource.getErrors();
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(4, errors.get(0).getLine());
		assertEquals(14, errors.get(0).getColumn());
		assertTrue(errors.get(0).getMessage().contains("'{'"), errors.get(0).getMessage());
	}

	@Test
	void unresolvedReferenceNamesTheMissingElement() {
		XtextResource resource = models.parse("""
				seloste S {
					rekisteri R "r" {
						tarkoitus P "p" {
							tiedot Puuttuva
						}
					}
				}
				""");
		List<Issue> issues = models.validate(resource);
		assertEquals(1, issues.size(), SelosteTestModels.describe(issues));
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
		assertEquals(4, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("Puuttuva"), issues.get(0).getMessage());
	}

	@Test
	void duplicateNamesAreErrorsOnBothDeclarations() {
		XtextResource resource = models.parse("""
				seloste S {
					rekisteri R "r" {
						tietoryhmä Nimi "nimi"
						tietoryhmä Nimi "etu- ja sukunimi"
					}
				}
				""");
		List<Issue> issues = models.validate(resource);
		assertEquals(2, issues.size(), SelosteTestModels.describe(issues));
		assertTrue(issues.stream().allMatch(i -> i.getSeverity() == Severity.ERROR
				&& i.getMessage().contains("Nimi")), SelosteTestModels.describe(issues));
		assertEquals(List.of(3, 4), issues.stream().map(Issue::getLineNumber).sorted().toList());
	}

	@Test
	void emptyFileIsReportedOnItsFirstLine() {
		for (String text : List.of("", "// vain kommentti\n")) {
			List<Issue> issues = models.validate(models.parse(text));
			assertEquals(1, issues.size(), SelosteTestModels.describe(issues));
			assertEquals(SelosteIssueCodes.EMPTY_FILE, issues.get(0).getCode());
			assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		}
	}

	@Test
	void fileThatIsNotUtf8IsReportedAtTheFirstBadByte() {
		byte[] latin1 = "seloste S {\n\totsikko \"Yhteyshenkilö\"\n}\n".getBytes(StandardCharsets.ISO_8859_1);
		Utf8Source.Result result = Utf8Source.decode(Path.of("x.seloste"), latin1);
		Problem problem = ((Utf8Source.Invalid) result).problem();
		assertEquals(2, problem.line());
		assertEquals(23, problem.column());
		assertEquals(Problem.Severity.ERROR, problem.severity());
		assertTrue(problem.message().contains("UTF-8"), problem.message());
	}

	@Test
	void byteOrderMarkIsIgnored() {
		byte[] withBom = "\uFEFFseloste S {\n}\n".getBytes(StandardCharsets.UTF_8);
		Utf8Source.Result result = Utf8Source.decode(Path.of("x.seloste"), withBom);
		assertEquals("seloste S {\n}\n", ((Utf8Source.Text) result).text());
	}
}
