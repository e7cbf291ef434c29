package fi.seloste.tests.validation;

import static fi.seloste.tests.validation.NoticeEdit.base;
import static fi.seloste.tests.validation.ValidationAssert.assertIssues;
import static fi.seloste.tests.validation.ValidationAssert.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.law.LegalWording;
import fi.seloste.seloste.AutomatedKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.RightKind;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.validation.SelosteCheck;

/**
 * The message bundles of the validator ({@code messages.properties}, English, and
 * {@code messages_fi.properties}, Finnish, read from the runtime bundle's source folder): every check
 * has a message and a legal source in both languages, and a file's messages are in its keyword language.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class MessagesTest {

	/** Keys of names used inside messages; every other key belongs to a check. */
	private static final List<String> NAME_PREFIXES = List.of("language.", "country.", "unnamed.", "misstatement.");

	/** Keys of the parser's and linker's messages: message formats of their own, without a source. */
	private static final List<String> PARSE_AND_LINK_PREFIXES = List.of("syntax.", "unresolved.");

	/** A single quote that is not doubled: MessageFormat would swallow it and quote the text after it. */
	private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

	private static final Properties ENGLISH = load("messages.properties");
	private static final Properties FINNISH = load("messages_fi.properties");

	@Inject
	private SelosteTestModels models;

	@Inject
	private KeywordTranslator translator;

	private static Properties load(String name) {
		Path file = Fixtures.root().resolve("bundles/fi.seloste/src/fi/seloste/validation").resolve(name);
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

	private static List<String> problems(Properties bundle, String name, java.util.function.Function<SelosteCheck, String> check) {
		List<String> problems = new ArrayList<>();
		for (SelosteCheck selosteCheck : SelosteCheck.values()) {
			String problem = check.apply(selosteCheck);
			if (problem != null) {
				problems.add(name + " " + selosteCheck.messageKey() + ": " + problem);
			}
		}
		return problems;
	}

	@Test
	void everyCheckHasAMessageInBothLanguages() {
		List<String> missing = new ArrayList<>();
		for (Properties bundle : List.of(ENGLISH, FINNISH)) {
			String name = bundle == ENGLISH ? "messages.properties" : "messages_fi.properties";
			missing.addAll(problems(bundle, name, check -> isBlank(bundle.getProperty(check.messageKey())) ? "no message" : null));
		}
		assertEquals(List.of(), missing);
	}

	/**
	 * A message is a MessageFormat pattern, so a quote in it is written twice. The names used inside
	 * messages are shown as written, so there a doubled quote would show doubled.
	 */
	@Test
	void everyMessageIsAMessageFormat() {
		List<String> invalid = new ArrayList<>();
		for (Properties bundle : List.of(ENGLISH, FINNISH)) {
			String name = bundle == ENGLISH ? "messages.properties" : "messages_fi.properties";
			for (SelosteCheck check : SelosteCheck.values()) {
				for (String key : List.of(check.messageKey())) {
					String text = bundle.getProperty(key, "");
					try {
						new MessageFormat(text, Locale.ROOT);
					} catch (IllegalArgumentException e) {
						invalid.add(name + " " + key + ": " + e.getMessage());
					}
				}
				if (LONE_QUOTE.matcher(bundle.getProperty(check.messageKey(), "")).find()) {
					invalid.add(name + " " + check.messageKey() + ": a quote in a message is written twice");
				}
			}
			bundle.stringPropertyNames().stream().filter(MessagesTest::isParseOrLinkMessage).sorted().forEach(key -> {
				try {
					new MessageFormat(bundle.getProperty(key), Locale.ROOT);
				} catch (IllegalArgumentException e) {
					invalid.add(name + " " + key + ": " + e.getMessage());
				}
				if (LONE_QUOTE.matcher(bundle.getProperty(key)).find()) {
					invalid.add(name + " " + key + ": a quote in a message is written twice");
				}
			});
			bundle.stringPropertyNames().stream().filter(MessagesTest::isName)
					.filter(key -> bundle.getProperty(key).contains("''")).sorted()
					.forEach(key -> invalid.add(name + " " + key + ": is shown as written, so a quote is written once"));
		}
		assertEquals(List.of(), invalid);
	}

	private static boolean isName(String key) {
		return NAME_PREFIXES.stream().anyMatch(key::startsWith);
	}

	private static boolean isParseOrLinkMessage(String key) {
		return PARSE_AND_LINK_PREFIXES.stream().anyMatch(key::startsWith);
	}

	@Test
	void finnishMessagesAreTranslations() {
		List<String> untranslated = Arrays.stream(SelosteCheck.values()).map(SelosteCheck::messageKey)
				.filter(key -> ENGLISH.getProperty(key) != null && ENGLISH.getProperty(key).equals(FINNISH.getProperty(key)))
				.toList();
		assertEquals(List.of(), untranslated, "Finnish messages identical to the English ones");
	}

	@Test
	void bothLanguagesUseTheSameArguments() {
		List<String> differing = new ArrayList<>();
		for (SelosteCheck check : SelosteCheck.values()) {
			String english = ENGLISH.getProperty(check.messageKey());
			String finnish = FINNISH.getProperty(check.messageKey());
			if (english != null && finnish != null && !arguments(english).equals(arguments(finnish))) {
				differing.add(check.messageKey() + ": en " + arguments(english) + ", fi " + arguments(finnish));
			}
		}
		ENGLISH.stringPropertyNames().stream().filter(MessagesTest::isParseOrLinkMessage).sorted().forEach(key -> {
			String english = ENGLISH.getProperty(key);
			String finnish = FINNISH.getProperty(key, "");
			if (!arguments(english).equals(arguments(finnish))) {
				differing.add(key + ": en " + arguments(english) + ", fi " + arguments(finnish));
			}
		});
		assertEquals(List.of(), differing);
	}

	private static Set<Integer> arguments(String message) {
		java.text.Format[] formats = new MessageFormat(message, Locale.ROOT).getFormatsByArgumentIndex();
		Set<Integer> used = new TreeSet<>();
		// getFormatsByArgumentIndex has one entry per index up to the highest used; find the used ones
		IntStream.range(0, formats.length).filter(i -> message.contains("{" + i + "}") || message.contains("{" + i + ","))
				.forEach(used::add);
		return used;
	}

	@Test
	void everyKeyIsACheckOrANameUsedInMessages() {
		Set<String> checkKeys = Arrays.stream(SelosteCheck.values())
				.map(SelosteCheck::messageKey).collect(Collectors.toSet());
		List<String> stray = new ArrayList<>();
		for (Properties bundle : List.of(ENGLISH, FINNISH)) {
			String name = bundle == ENGLISH ? "messages.properties" : "messages_fi.properties";
			bundle.stringPropertyNames().stream().filter(key -> !checkKeys.contains(key))
					.filter(key -> !isName(key) && !isParseOrLinkMessage(key)).sorted()
					.forEach(key -> stray.add(name + ": " + key));
		}
		assertEquals(List.of(), stray, "keys that are no check (a removed or renamed check?)");
	}

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertEquals(new TreeSet<>(ENGLISH.stringPropertyNames()), new TreeSet<>(FINNISH.stringPropertyNames()));
	}

	@Test
	void everyLanguageHasAName() {
		List<String> names = new ArrayList<>();
		Arrays.stream(Language.values()).forEach(l -> names.add("language." + l.getName()));
		Arrays.stream(Language.values()).forEach(l -> names.add("language.adjective." + l.getName()));
		Arrays.stream(Language.values()).forEach(l -> names.add("language.in." + l.getName()));
		names.add("language.and");
		Arrays.stream(fi.seloste.law.RightsMisstatements.Kind.values()).forEach(k -> names.add("misstatement." + k.name()));
		List<String> missing = new ArrayList<>();
		for (Properties bundle : List.of(ENGLISH, FINNISH)) {
			names.stream().filter(key -> isBlank(bundle.getProperty(key)))
					.forEach(key -> missing.add((bundle == ENGLISH ? "en " : "fi ") + key));
		}
		assertEquals(List.of(), missing);
	}

	/** Rights and automated processing are legal terms: their names come from the catalogue of legal wording. */
	@Test
	void everyRightAndAutomatedKindHasANameInTheCatalogue() {
		List<String> missing = new ArrayList<>();
		for (Language language : List.of(Language.FI, Language.EN)) {
			LegalWording wording = LegalWording.of(language);
			Arrays.stream(RightKind.values()).map(k -> "name.right." + k.getName())
					.filter(key -> !wording.has(key) || isBlank(wording.get(key))).forEach(key -> missing.add(language + " " + key));
			Arrays.stream(AutomatedKind.values()).map(k -> "name.automated." + k.getName())
					.filter(key -> !wording.has(key) || isBlank(wording.get(key))).forEach(key -> missing.add(language + " " + key));
		}
		assertEquals(List.of(), missing);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	// ------------------------------------------------------------------ the language of a file's messages

	@Test
	void finnishFileGetsFinnishMessagesWithTheirSource() {
		Issue issue = single(assertIssues(models.parse(base().removeLine("oikeus valitus ").text()),
				SelosteCheck.COMPLAINT_RIGHT_MISSING.code()), SelosteCheck.COMPLAINT_RIGHT_MISSING.code());
		assertEquals(FINNISH.getProperty("complaintRightMissing")
				+ " (tietosuoja-asetuksen 13 artiklan 2 kohdan d alakohta ja 77 artiklan 1 kohta)", issue.getMessage());
	}

	@Test
	void englishFileGetsEnglishMessagesWithTheirSource() {
		String english = translator.translate(models.parse(base().removeLine("oikeus valitus ").text())
				.getParseResult().getRootNode(), KeywordLanguage.ENGLISH);
		Issue issue = single(assertIssues(models.parse(english), SelosteCheck.COMPLAINT_RIGHT_MISSING.code()),
				SelosteCheck.COMPLAINT_RIGHT_MISSING.code());
		assertEquals("The right to lodge a complaint with a supervisory authority is not stated. (GDPR Art 13(2)(d), 77(1))",
				issue.getMessage());
	}

	@Test
	void namesInsideMessagesFollowTheFileLanguageToo() {
		String english = translator.translate(models.parse(base().removeLine("oikeus poisto ").text())
				.getParseResult().getRootNode(), KeywordLanguage.ENGLISH);
		Issue issue = single(assertIssues(models.parse(english), SelosteCheck.RIGHT_MISSING.code()),
				SelosteCheck.RIGHT_MISSING.code());
		assertTrue(issue.getMessage().contains(": erasure."), issue.getMessage());
	}

	@Test
	void mixedFileGetsTheMessagesOfItsMajorityLanguage() {
		String english = translator.translate(models.parse(base().text()).getParseResult().getRootNode(),
				KeywordLanguage.ENGLISH);
		// one Finnish keyword among many English ones: the messages stay English
		NoticeEdit mixed = NoticeEdit.of(english).replace("title \"Tietosuojaseloste", "otsikko \"Tietosuojaseloste");
		Issue issue = single(assertIssues(models.parse(mixed.text()), SelosteCheck.MIXED_KEYWORD_LANGUAGES.code()),
				SelosteCheck.MIXED_KEYWORD_LANGUAGES.code());
		assertTrue(issue.getMessage().startsWith("The file mixes"), issue.getMessage());
	}
}
