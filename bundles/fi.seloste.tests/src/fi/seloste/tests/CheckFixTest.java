package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fi.seloste.ide.cli.Main;
import fi.seloste.validation.FixKind;
import fi.seloste.tests.validation.NoticeEdit;
import fi.seloste.validation.SelosteCheck;

/**
 * {@code seloste check --fix} never states a fact or cites law on its own: it applies editorial
 * fixes only. Each case is a defect whose fix has exactly one resolution, so that --fix applied it
 * before fixes had a kind (the legal review found these on the seeds), next to an editorial defect
 * (an {@code http://} address) that --fix must still repair.
 */
class CheckFixTest {

	private static final String HTTPS = "verkkosivu \"https://www.testiyhtio.fi\"";

	@TempDir
	Path dir;

	static Stream<Arguments> substantiveDefects() {
		NoticeEdit base = NoticeEdit.base();
		return Stream.of(
				Arguments.of("an analytics cookie is not given consent as its basis",
						base.removeLine("peruste suostumus \"Eväste asetetaan vain suostumuksellasi.\""),
						SelosteCheck.NON_ESSENTIAL_COOKIE_WITHOUT_CONSENT.code()),
				Arguments.of("the notice is not dated today",
						base.removeLine("päivitetty 2025-06-01").removeLine("muutos 2025-06-01"),
						SelosteCheck.UPDATED_DATE_MISSING.code()),
				Arguments.of("no response time is promised", base.removeLine("vastausaika 1 kuukausi"),
						SelosteCheck.RESPONSE_TIME_MISSING.code()),
				Arguments.of("the Finnish authority is not added for a controller that names another",
						base.removeBlock("valvontaviranomainen Tietosuojavaltuutettu {").replace(
								"Voit tehdä valituksen tietosuojavaltuutetun toimistolle.",
								"Voit tehdä valituksen Ruotsin tietosuojaviranomaiselle (Integritetsskyddsmyndigheten, IMY)."),
						SelosteCheck.SUPERVISORY_AUTHORITY_MISSING.code()),
				Arguments.of("a repealed section is not rewritten",
						base.replace("Kerromme, miten käsittelemme", "Henkilötietolain 10 ja 24 §:n mukaisesti kerromme, miten käsittelemme"),
						SelosteCheck.REPEALED_LAW_REFERENCE.code()),
				Arguments.of("the repealed act is not replaced",
						base.replace("Kerromme, miten käsittelemme", "Henkilötietolain mukaisesti kerromme, miten käsittelemme"),
						SelosteCheck.REPEALED_LAW_REFERENCE.code()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("substantiveDefects")
	void fixLeavesTheSubstantiveDefectAndRepairsTheEditorialOne(String name, NoticeEdit notice, String code)
			throws IOException {
		Path file = dir.resolve("notice.seloste");
		Files.writeString(file, notice.replace(HTTPS, "verkkosivu \"http://www.testiyhtio.fi\"").text());

		String out = run("check", "--fix", "--lang", "en", file.toString());

		assertEquals(notice.text(), Files.readString(file), "only the http address may change");
		List<String> fixed = out.lines().filter(l -> l.contains(": fixed [")).toList();
		assertEquals(1, fixed.size(), out);
		assertTrue(fixed.get(0).contains("[" + SelosteCheck.INSECURE_URL.code() + "]"), out);
		assertTrue(out.contains("[" + code + "]"), "the defect is still reported:\n" + out);
	}

	/** The five seeds: only editorial fixes, and none of what only their controllers can say is added or changed. */
	@Test
	void fixOfTheSeedsChangesOnlyTheForm() throws IOException {
		Path seeds = Fixtures.examples().resolve("seeds");
		List<Path> files;
		try (Stream<Path> list = Files.list(seeds)) {
			files = list.filter(p -> p.toString().endsWith(".seloste")).sorted().toList();
		}
		for (Path seed : files) {
			Files.copy(seed, dir.resolve(seed.getFileName()));
		}

		String out = run("check", "--fix", dir.toString());

		List<String> fixed = out.lines().filter(l -> l.contains(": fixed [")).toList();
		assertFalse(fixed.isEmpty(), "the seeds have editorial defects:\n" + out);
		Matcher code = Pattern.compile(": fixed \\[([^\\]]+)\\]").matcher("");
		for (String line : fixed) {
			assertTrue(code.reset(line).find(), line);
			assertEquals(FixKind.EDITORIAL, FixKind.of(code.group(1)), line);
		}
		for (Path seed : files) {
			String before = Fixtures.read(seed);
			String after = Fixtures.read(dir.resolve(seed.getFileName()));
			for (String statement : List.of("peruste ", "päivitetty", "vastausaika", "valvontaviranomainen",
					"henkilötietola", "523/1999", "ei-vastaanottajia", "automaattinen-päätöksenteko", "profilointi",
					"oikeus ", "suojatoimi", "lähde ", "kielet", "<<")) {
				assertEquals(count(before, statement), count(after, statement), seed.getFileName() + ": " + statement);
			}
		}
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		new Main(stream, stream).run(args);
		return out.toString(StandardCharsets.UTF_8);
	}
}
