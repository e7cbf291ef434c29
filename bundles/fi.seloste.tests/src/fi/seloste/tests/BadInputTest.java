package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import fi.seloste.ide.cli.Problem;
import fi.seloste.ide.cli.Utf8Source;
import fi.seloste.tests.validation.Covers;
import fi.seloste.tests.validation.NoticeEdit;
import fi.seloste.tests.validation.ValidationAssert;
import fi.seloste.seloste.Register;
import fi.seloste.validation.SelosteCheck;
import fi.seloste.validation.SelosteValidator;

/** What a user sees for broken input: a positioned, readable message, never an exception. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
public class BadInputTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private Injector injector;

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
	@Covers(SelosteCheck.UNRESOLVED_REFERENCE)
	void unresolvedReferenceNamesTheMissingElement() {
		// the complete base notice, so the unresolved reference is its only problem
		NoticeEdit notice = NoticeEdit.base().replace("koskee Asiakkaat, Kavijat", "koskee Asiakkaat, Puuttuva");
		List<Issue> issues = ValidationAssert.assertIssues(models.parse(notice.text()), SelosteCheck.UNRESOLVED_REFERENCE.code());
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
		assertEquals(notice.lineOf("Puuttuva"), issues.get(0).getLineNumber());
		assertEquals(notice.columnOf("Puuttuva"), issues.get(0).getColumn());
		assertEquals("Rekisteröityjen ryhmää 'Puuttuva' ei löydy tästä selosteesta eikä sen tuomista tiedostoista.",
				issues.get(0).getMessage());
	}

	/** Issue 10: the parser's messages were ANTLR's, in English, with Xtext's code. */
	@Test
	@Covers(SelosteCheck.SYNTAX_ERROR)
	void syntaxErrorsAreInTheFilesLanguageInTheUsersWords() {
		String[][] cases = {
				// a block not closed before the next statement
				{ "seloste S {\n\trekisterinpitäjä R {\n\t\tnimi \"R Oy\"\n\trekisteri A \"a\" {\n\t}\n}\n",
						"4:2 Rivillä odotettiin '}' ennen sanaa 'rekisteri' (lohko jäi sulkematta)." },
				{ "notice S {\n\tcontroller R {\n\t\tname \"R Oy\"\n\tregister A \"a\" {\n\t}\n}\n",
						"4:2 Expected '}' before 'register' (a block is not closed)." },
				// a name missing where the grammar needs one
				{ "seloste {\n}\n", "1:9 Rivillä odotettiin nimeä ennen merkkiä '{'." },
				{ "notice {\n}\n", "1:8 Expected a name before '{'." },
				// a number where a quoted text belongs
				{ "seloste S {\n\tversio 1\n}\n", "2:9 Rivillä odotettiin lainausmerkeissä olevaa tekstiä, mutta siinä on sana '1'." },
				{ "notice S {\n\tversion 1\n}\n", "2:10 Expected a text in quotes, but found '1'." },
				// a text missing where either form of a text could be: nothing fits
				{ "seloste S {\n\trekisteri R {\n\t}\n}\n", "2:14 Merkki '{' ei sovi tähän kohtaan." },
				{ "notice S {\n\tregister R {\n\t}\n}\n", "2:13 '{' does not fit here." },
				// something after the end
				{ "seloste S {\n}\n}\n", "3:1 Merkki '}' ei sovi tähän kohtaan." },
				{ "notice S {\n}\n}\n", "3:1 '}' does not fit here." },
				// a word that does not belong in a block
				{ "seloste S {\n\tjotain\n}\n", "2:2 Sana 'jotain' ei kuulu tähän kohtaan; odotettiin '}'." },
				{ "notice S {\n\tsomething\n}\n", "2:2 'something' does not belong here; expected '}'." },
				// the file ends inside a block
				{ "seloste S {\n\totsikko \"O\"\n", "2:13 Tiedosto päättyy, vaikka odotettiin '}' (lohko jäi sulkematta)." },
				{ "notice S {\n\ttitle \"O\"\n", "2:11 The file ends where '}' was expected (a block is not closed)." } };
		List<String> expected = new java.util.ArrayList<>();
		List<String> shown = new java.util.ArrayList<>();
		for (String[] c : cases) {
			List<Issue> issues = models.validate(models.parse(c[0]));
			assertTrue(issues.stream().allMatch(i -> SelosteCheck.SYNTAX_ERROR.code().equals(i.getCode())),
					SelosteTestModels.describe(issues));
			expected.add(c[1]);
			shown.add(String.join(" | ", issues.stream()
					.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage()).toList()));
		}
		assertEquals(expected, shown);
	}

	/** Issue 10: a file that does not parse got a dozen completeness findings for what the parser skipped. */
	/**
	 * A backslash that starts no escape and a number too large for its field are syntax errors in the
	 * file's language with Seloste's code, never Xtext's English or Java's "For input string" (found by
	 * ParseValidateFuzzTest; the input is kept in bundles/fi.seloste.fuzz).
	 */
	@Test
	@Covers(SelosteCheck.SYNTAX_ERROR)
	void aTokenTheConvertersCannotReadIsASyntaxErrorInTheFilesLanguage() {
		NoticeEdit escape = NoticeEdit.base().replace("otsikko \"", "otsikko \"Tä\\) ");
		List<Issue> issues = ValidationAssert.assertIssues(models.parse(escape.text()), SelosteCheck.SYNTAX_ERROR.code());
		assertEquals(escape.lineOf("Tä\\)"), issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().startsWith("Tekstissä on kenoviiva, joka ei aloita"), issues.get(0).getMessage());

		NoticeEdit number = NoticeEdit.base().replace("säilytys enintään 12 kuukautta", "säilytys enintään 99999999999 kuukautta");
		issues = ValidationAssert.assertIssues(models.parse(number.text()), SelosteCheck.SYNTAX_ERROR.code());
		assertEquals("Luku 99999999999 on tähän liian suuri.", issues.get(0).getMessage());
	}

	@Test
	void aFileThatDoesNotParseGetsNoFindingOfSomethingMissing() {
		NoticeEdit notice = NoticeEdit.base().replace("rekisteri Asiakasrekisteri \"verkkokaupan asiakasrekisteri\" {",
				"rekisteri Asiakasrekisteri {");
		List<Issue> issues = ValidationAssert.assertIssues(models.parse(notice.text()), SelosteCheck.SYNTAX_ERROR.code());
		assertEquals(notice.lineOf("rekisteri Asiakasrekisteri {"), issues.get(0).getLineNumber());
	}

	/**
	 * Issue 10: a misspelt reference left the category it meant unused and without a purpose; those
	 * findings are artefacts of the reference, which alone is reported.
	 */
	@Test
	@Covers(SelosteCheck.UNRESOLVED_REFERENCE)
	void aBrokenReferenceAloneIsReportedNotWhatItWouldHaveGiven() {
		NoticeEdit notice = NoticeEdit.base().replace("tiedot Hetu", "tiedot Hettu");
		Issue issue = ValidationAssert.assertIssues(models.parse(notice.text()), SelosteCheck.UNRESOLVED_REFERENCE.code()).get(0);
		assertEquals("Tietoryhmää 'Hettu' ei löydy tästä selosteesta eikä sen tuomista tiedostoista.", issue.getMessage());
	}

	/**
	 * Issue 10: a purpose holding a broken reference is not reported for what the reference would
	 * have given it (here its retention, which its data could have stated).
	 */
	@Test
	@Covers(SelosteCheck.UNRESOLVED_REFERENCE)
	void thePurposeHoldingABrokenReferenceIsNotReportedForWhatItWouldHaveGiven() {
		NoticeEdit notice = NoticeEdit.base().replace("tiedot Hetu", "tiedot Hettu")
				.removeLine("säilytys kriteeri \"kunnes luottopäätös on tehty\"");
		ValidationAssert.assertIssues(models.parse(notice.text()), SelosteCheck.UNRESOLVED_REFERENCE.code());
		// the same purpose without the broken reference is reported
		NoticeEdit intact = NoticeEdit.base().removeLine("säilytys kriteeri \"kunnes luottopäätös on tehty\"");
		ValidationAssert.assertIssues(models.parse(intact.text()), SelosteCheck.RETENTION_MISSING.code());
	}

	/** Issue 10: an element whose name a syntax error cut off was shown as 'null'. */
	@Test
	void anElementWithoutANameIsShownAsWhatItIs() {
		NoticeEdit notice = NoticeEdit.base().replace("valvontaviranomainen Tietosuojavaltuutettu {", "valvontaviranomainen {")
				.replace("\"Lintulahdenkuja 4, 00530 Helsinki\"", "\"Ratapihantie 9, 00520 Helsinki\"");
		List<Issue> issues = ValidationAssert.assertIssues(models.parse(notice.text()), SelosteCheck.SYNTAX_ERROR.code(),
				SelosteCheck.AUTHORITY_DETAILS_OUTDATED.code());
		Issue outdated = ValidationAssert.single(issues, SelosteCheck.AUTHORITY_DETAILS_OUTDATED.code());
		assertTrue(outdated.getMessage().startsWith("Valvontaviranomaisen 'valvontaviranomainen (nimetön)' "),
				outdated.getMessage());
		assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("null")), SelosteTestModels.describe(issues));
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

	/**
	 * Issue 16: a check that threw (ConsistencyValidator.checkThirdCountries, on a notice-level processor in
	 * a third country) printed a stack trace and a problem at 0:0 whose code was an EMF object's toString();
	 * now it is an error at the element it was checking, naming the check, in the file's language.
	 */
	@Test
	void aCheckThatFailsIsAnInternalErrorAtTheElementItChecked() {
		NoticeEdit notice = NoticeEdit.base();
		XtextResource resource = models.parse(notice.text());
		List<Diagnostic> failures = internalErrors(resource, new IllegalArgumentException("EClassImpl@1234 (name: Register)"));
		assertEquals(1, failures.size(), failures.toString());
		FeatureBasedDiagnostic failure = (FeatureBasedDiagnostic) failures.get(0);
		assertEquals(Diagnostic.ERROR, failure.getSeverity());
		assertEquals(SelosteValidator.INTERNAL_ERROR, failure.getIssueCode());
		assertTrue(failure.getSourceEObject() instanceof Register, failure.getSourceEObject().toString());
		assertEquals(notice.lineOf("rekisteri Asiakasrekisteri"),
				NodeModelUtils.getNode(failure.getSourceEObject()).getStartLine());
		assertEquals("Seloste-tarkistus explode keskeytyi tässä sisäiseen virheeseen, joten sen etsimiä ongelmia ei ehkä "
				+ "näytetä. Ilmoitathan virheestä.", failure.getMessage());
	}

	/** Xtext drops a NullPointerException of a check without a word; in a file that parses and links it is a bug. */
	@Test
	void aNullPointerInACheckOfACompleteFileIsAnInternalErrorButNotInAFileWithSyntaxErrors() {
		XtextResource complete = models.parse(NoticeEdit.base().text());
		assertEquals(1, internalErrors(complete, new NullPointerException()).size());
		XtextResource broken = models.parse(NoticeEdit.base().replace("rooli rekisterinpitäjä", "rooli {").text());
		assertTrue(!broken.getErrors().isEmpty());
		assertEquals(List.of(), internalErrors(broken, new NullPointerException()));
	}

	@Test
	void anInternalErrorIsInEnglishInAnEnglishFile() {
		XtextResource resource = models.parse("notice N {\n\tregister R \"customers\" {\n\t}\n}\n");
		List<Diagnostic> failures = internalErrors(resource, new IllegalStateException());
		assertEquals(1, failures.size(), failures.toString());
		assertEquals("Seloste's check explode failed with an internal error here, so the problems it looks for may not "
				+ "be shown. Please report it.", failures.get(0).getMessage());
	}

	/**
	 * Review of issue 16: the problem of a failed check is one line naming the check; its exception goes to
	 * the log (log4j, off on the command line), so that whoever turns the logging on sees the stack trace.
	 */
	@Test
	void aFailedCheckLogsItsExceptionAndStaysOneLine() {
		org.apache.log4j.Logger log = org.apache.log4j.Logger.getLogger(SelosteValidator.class);
		java.io.StringWriter logged = new java.io.StringWriter();
		org.apache.log4j.WriterAppender appender = new org.apache.log4j.WriterAppender(
				new org.apache.log4j.PatternLayout("%p %c %m%n"), logged);
		org.apache.log4j.Level level = log.getLevel();
		boolean additive = log.getAdditivity();
		log.addAppender(appender);
		// the command line turns the root logger off, and another test may have done so in this JVM
		log.setLevel(org.apache.log4j.Level.ALL);
		log.setAdditivity(false);
		try {
			List<Diagnostic> failures = internalErrors(models.parse(NoticeEdit.base().text()),
					new IllegalStateException("the cause a developer needs"));
			assertEquals(1, failures.size(), failures.toString());
			assertTrue(!failures.get(0).getMessage().contains("\n") && !failures.get(0).getMessage().contains("cause"),
					failures.get(0).getMessage());
		} finally {
			log.removeAppender(appender);
			log.setLevel(level);
			log.setAdditivity(additive);
		}
		String text = logged.toString();
		assertTrue(text.startsWith("ERROR " + SelosteValidator.class.getName() + " check explode failed on Register"), text);
		assertTrue(text.contains("java.lang.IllegalStateException: the cause a developer needs"), text);
		assertTrue(text.contains("at " + BadInputTest.class.getName() + ".aFailedCheckLogsItsExceptionAndStaysOneLine("), text);
	}

	/** The internal errors of the language's validator plus one check, {@code explode}, that throws on every register. */
	private List<Diagnostic> internalErrors(XtextResource resource, RuntimeException failure) {
		ExplodingValidator validator = injector.getInstance(ExplodingValidator.class);
		validator.failure = failure;
		BasicDiagnostic chain = new BasicDiagnostic();
		Map<Object, Object> context = new HashMap<>();
		context.put(CheckMode.KEY, CheckMode.ALL);
		resource.getAllContents().forEachRemaining(object -> validator.validate(object.eClass(), object, chain, context));
		return chain.getChildren().stream().filter(d -> d instanceof FeatureBasedDiagnostic f
				&& SelosteValidator.INTERNAL_ERROR.equals(f.getIssueCode())).toList();
	}

	/** Never registered: the test calls it directly, so other tests' validation is not touched. */
	static class ExplodingValidator extends SelosteValidator {

		RuntimeException failure;

		@Override
		public void register(EValidatorRegistrar registrar) {
		}

		@Check
		public void explode(Register register) {
			throw failure;
		}
	}
}
