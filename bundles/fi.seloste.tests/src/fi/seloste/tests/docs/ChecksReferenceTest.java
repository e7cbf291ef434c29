package fi.seloste.tests.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.validation.FixKind;
import fi.seloste.ide.quickfix.Fixes;
import fi.seloste.ide.quickfix.SelosteQuickfixProvider;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.Golden;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.validation.SelosteCheck;
import fi.seloste.validation.SelosteMessages;

/**
 * docs/checks.md is generated from the check catalogue, the message bundles, the examples in
 * fixtures/checks/examples.tsv and the quick-fix labels and kinds, so it cannot drift. After a change, run
 * with -Dseloste.rerecord=true and review the page with git diff.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class ChecksReferenceTest {

	@Inject
	private SelosteMessages messages;

	@Test
	void checksReferenceIsUpToDate() {
		String page = render();
		Golden.assertMatches(Fixtures.root().resolve("docs/checks.md"), page);
	}

	@Test
	void everyCheckHasAnExample() {
		Map<String, String> examples = examples();
		List<String> missing = new ArrayList<>();
		for (SelosteCheck check : SelosteCheck.values()) {
			if (!examples.containsKey(check.name())) {
				missing.add(check.name());
			}
		}
		assertEquals(List.of(), missing, "fixtures/checks/examples.tsv lacks examples");
		assertTrue(examples.keySet().stream().allMatch(name -> SelosteCheck.valueOf(name) != null));
	}

	private String render() {
		Map<String, String> examples = examples();
		Map<String, List<String>> fixes = fixLabels();
		StringBuilder page = new StringBuilder();
		page.append("# Checks\n\n")
				.append("Every finding of `./seloste check` and of the editor, by concern. Severity: an item the law\n")
				.append("requires is an error (a clear breach of GDPR Art 12–14 or Finnish law), a likely gap a warning, good practice and hygiene an info. Messages are in Finnish or\n")
				.append("English (the file's keyword language, or `--lang`) and end with their legal source.\n")
				.append("Generated from the check catalogue by `ChecksReferenceTest`; do not edit by hand.\n");
		long fixable = java.util.Arrays.stream(SelosteCheck.values()).filter(c -> fixes.containsKey(c.code())).count();
		long editorial = fixes.keySet().stream().filter(code -> FixKind.of(code) == FixKind.EDITORIAL).count();
		page.append("\n").append(SelosteCheck.values().length).append(" checks, ").append(fixable)
				.append(" with quick fixes, of which ").append(editorial).append(" editorial.\n")
				.append("\nAn *editorial* fix changes only how something is written (`https`, an ID's form, a duplicate);\n")
				.append("`seloste check --fix` applies it when it has one resolution. A *substantive* fix would state a\n")
				.append("fact, a date, a legal basis or a citation, or inserts a placeholder for a lawyer: the editor and the\n")
				.append("language server offer it, `--fix` never applies it.\n")
				.append("\nThe parser's and the linker's findings (`syntaxError`, `unresolvedReference`, last below) come first\n")
				.append("in a file's list and say in the user's words what was expected and found, or what a reference names\n")
				.append("and where it was looked for: the notice's own declarations and the organisations it imports or uses.\n")
				.append("While a file has a syntax error, no check that reports something missing, unused or unstated runs\n")
				.append("on it: what the parser skipped would be reported as missing. While a reference names nothing, the\n")
				.append("element holding it is not reported for what the reference would have given it, and nothing is\n")
				.append("reported unused.\n");
		for (SelosteCheck.Concern concern : SelosteCheck.Concern.values()) {
			page.append("\n## ").append(title(concern)).append("\n\n")
					.append("| Code | Severity | Source | Message (en / fi) | Example | Quick fix |\n")
					.append("|---|---|---|---|---|---|\n");
			for (SelosteCheck check : SelosteCheck.values()) {
				if (check.concern() != concern) {
					continue;
				}
				page.append("| `").append(check.messageKey()).append("` | ")
						.append(check.severity().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
						.append(cell(messages.source(check, KeywordLanguage.ENGLISH))).append(" | ")
						.append(cell(template(check, KeywordLanguage.ENGLISH))).append("<br>")
						.append(cell(template(check, KeywordLanguage.FINNISH))).append(" | ")
						.append(cell(examples.get(check.name()))).append(" | ")
						.append(cell(fixCell(check.code(), fixes))).append(" |\n");
			}
		}
		return page.toString();
	}

	/** "editorial: label; label", the kind alone when the labels are another check's, a dash without a fix. */
	private static String fixCell(String code, Map<String, List<String>> fixes) {
		List<String> labels = fixes.get(code);
		if (labels == null) {
			return "—";
		}
		String kind = FixKind.of(code).name().toLowerCase(java.util.Locale.ROOT);
		return labels.isEmpty() ? kind : kind + ": " + String.join("; ", labels);
	}

	private String template(SelosteCheck check, KeywordLanguage language) {
		String message = messages.message(check, language, "…", "…", "…");
		// the source is appended in parentheses and may hold parentheses itself ("(917/2014)", "(good practice)")
		String source = " (" + messages.source(check, language) + ")";
		return message.substring(0, message.length() - source.length());
	}

	private static String title(SelosteCheck.Concern concern) {
		return switch (concern) {
			case COMPLETENESS -> "GDPR Articles 12–14: completeness";
			case FINNISH_LAW -> "Finnish law";
			case CONSISTENCY -> "Consistency across the model";
			case STYLE -> "Language and style";
			case SOURCE -> "The file: syntax and references";
		};
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

	/** Code, snippet and an optional note, tab-separated; the cell shows "`snippet` — note". */
	private static Map<String, String> examples() {
		Map<String, String> examples = new LinkedHashMap<>();
		for (String line : Fixtures.read(Fixtures.fixtures().resolve("checks/examples.tsv")).split("\n")) {
			if (!line.isBlank()) {
				String[] parts = line.split("\t", -1);
				String note = parts.length > 2 && !parts[2].isBlank() ? " — " + parts[2] : "";
				examples.put(parts[0], "`" + parts[1] + "`" + note);
			}
		}
		return examples;
	}

	/**
	 * The fixes of each code: the English label templates of the quick-fix provider whose key is the
	 * check's key (or starts with it); none when the fix is labelled under another check's key.
	 */
	private static Map<String, List<String>> fixLabels() {
		Properties labels = new Properties();
		try (Reader reader = Files.newBufferedReader(Fixtures.root()
				.resolve("bundles/fi.seloste.ide/src/fi/seloste/ide/quickfix/labels.properties"), StandardCharsets.UTF_8)) {
			labels.load(reader);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, List<String>> fixes = new TreeMap<>();
		for (Method method : SelosteQuickfixProvider.fixMethods()) {
			{
				SelosteCheck check = method.getAnnotation(Fixes.class).value();
				String key = check.messageKey();
				List<String> texts = labels.stringPropertyNames().stream().sorted()
						.filter(k -> k.equals(key) || k.startsWith(key + "."))
						.map(k -> new MessageFormat(labels.getProperty(k)).format(new Object[] { "…", "…", "…" }))
						.toList();
				fixes.computeIfAbsent(check.code(), k -> new ArrayList<>()).addAll(texts);
			}
		}
		return fixes;
	}
}
