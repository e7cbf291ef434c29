package fi.seloste.ide.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.validation.SelosteCheck;
import fi.seloste.validation.SelosteMessages;

/**
 * What a report says about a rule (a check, or a problem the parser or linker finds): its id, a name,
 * its text without the arguments of a particular finding, its legal source and its default level.
 */
record ReportRule(String id, String name, String description, String source, Problem.Severity severity) {

	static final String SYNTAX = SelosteCheck.SYNTAX_ERROR.code();
	static final String LINKING = SelosteCheck.UNRESOLVED_REFERENCE.code();
	static final String ENCODING = "fi.seloste.encoding";

	/**
	 * The rule id of a problem: its code; a parser's or linker's finding that still carries Xtext's
	 * own code (a value converter's error, say) or none is given Seloste's.
	 */
	static String idOf(Problem problem) {
		String code = problem.code();
		if (code == null || code.equals("org.eclipse.xtext.diagnostics.Diagnostic.Syntax")) {
			return SYNTAX;
		}
		return switch (code) {
			case "org.eclipse.xtext.diagnostics.Diagnostic.Linking" -> LINKING;
			case "encoding" -> ENCODING;
			default -> code;
		};
	}

	/**
	 * Every check of the catalogue in its order (the parser's and linker's among them), then the reader's rule, then a
	 * rule for any other code the problems use, sorted: the same set for the same problems, so a
	 * report's bytes depend only on its input.
	 */
	static List<ReportRule> of(List<Problem> problems, KeywordLanguage language) {
		// message() and source() read only the message bundles, so no injector is needed here.
		SelosteMessages messages = new SelosteMessages();
		Map<String, ReportRule> rules = new LinkedHashMap<>();
		for (SelosteCheck check : SelosteCheck.values()) {
			String message = messages.message(check, language, "…", "…", "…");
			String description = message.substring(0, message.lastIndexOf(" ("));
			rules.put(check.code(), new ReportRule(check.code(), pascalCase(check.messageKey()), description,
					messages.source(check, language), severity(check)));
		}
		// the parser's and linker's rules (SYNTAX, LINKING) are checks of the catalogue (concern SOURCE)
		boolean finnish = language == KeywordLanguage.FINNISH;
		rules.put(ENCODING, new ReportRule(ENCODING, "EncodingError",
				finnish ? "Tiedosto ei ole kelvollista UTF-8:aa." : "The file is not valid UTF-8.", null,
				Problem.Severity.ERROR));
		List<String> others = new ArrayList<>();
		for (Problem problem : problems) {
			String id = idOf(problem);
			if (!rules.containsKey(id) && !others.contains(id)) {
				others.add(id);
			}
		}
		others.sort(null);
		for (String id : others) {
			rules.put(id, new ReportRule(id, pascalCase(id.substring(id.lastIndexOf('.') + 1)),
					finnish ? "Xtextin ilmoittama ongelma (" + id + ")." : "A problem reported by Xtext (" + id + ").",
					null, Problem.Severity.ERROR));
		}
		return List.copyOf(rules.values());
	}

	private static Problem.Severity severity(SelosteCheck check) {
		return switch (check.severity()) {
			case ERROR -> Problem.Severity.ERROR;
			case WARNING -> Problem.Severity.WARNING;
			default -> Problem.Severity.INFO;
		};
	}

	private static String pascalCase(String key) {
		return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}
}
