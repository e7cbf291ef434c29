package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
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
import fi.seloste.tests.validation.NoticeEdit;
import fi.seloste.tests.validation.ValidationAssert;
import fi.seloste.validation.SelosteCheck;

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

	/** Issue 16: the message quoted an invisible character raw, so it showed as nothing. */
	@Test
	void syntaxErrorShowsAnInvisibleCharacterAsAnEscape() {
		for (String[] c : new String[][] { { "\u200B", "\\u200B" }, { "\u0000", "\\u0000" }, { "\u202E", "\\u202E" } }) {
			XtextResource resource = models.parse("seloste S " + c[0] + "{\n\totsikko \"Otsikko\"\n}\n");
			List<Resource.Diagnostic> errors = resource.getErrors();
			assertTrue(!errors.isEmpty(), c[1]);
			assertTrue(errors.stream().anyMatch(e -> e.getLine() == 1 && e.getMessage().contains(c[1])), errors.toString());
			assertTrue(errors.stream().noneMatch(e -> e.getMessage().contains(c[0])), errors.toString());
		}
	}

	@Test
	void unresolvedReferenceNamesTheMissingElement() {
		// the complete base notice, so the unresolved reference is its only problem
		NoticeEdit notice = NoticeEdit.base().replace("koskee Asiakkaat, Kavijat", "koskee Asiakkaat, Puuttuva");
		List<Issue> issues = ValidationAssert.assertIssues(models.parse(notice.text()), Diagnostic.LINKING_DIAGNOSTIC);
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
		assertEquals(notice.lineOf("Puuttuva"), issues.get(0).getLineNumber());
		assertEquals(notice.columnOf("Puuttuva"), issues.get(0).getColumn());
		assertTrue(issues.get(0).getMessage().contains("Puuttuva"), issues.get(0).getMessage());
	}

	@Test
	void duplicateNamesAreErrorsOnBothDeclarations() {
		NoticeEdit notice = NoticeEdit.base().insertAfter("rekisteröidyt Kavijat", "rekisteröidyt Asiakkaat \"kanta-asiakkaat\"");
		List<Issue> issues = ValidationAssert.assertIssues(models.parse(notice.text()), SelosteCheck.DUPLICATE_NAME.code(),
				SelosteCheck.DUPLICATE_NAME.code());
		assertTrue(issues.stream().allMatch(i -> i.getSeverity() == Severity.ERROR
				&& i.getMessage().contains("Asiakkaat")), SelosteTestModels.describe(issues));
		assertEquals(List.of(notice.lineOf("rekisteröidyt Asiakkaat \"verkkokaupan"),
				notice.lineOf("rekisteröidyt Asiakkaat \"kanta-asiakkaat\"")),
				issues.stream().map(Issue::getLineNumber).sorted().toList());
	}

	@Test
	void emptyFileIsReportedOnItsFirstLine() {
		for (String text : List.of("", "// vain kommentti\n")) {
			List<Issue> issues = models.validate(models.parse(text));
			assertEquals(1, issues.size(), SelosteTestModels.describe(issues));
			assertEquals(SelosteCheck.EMPTY_FILE.code(), issues.get(0).getCode());
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
