package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.keywords.KeywordTranslator;

/** Every keyword has a twin in the other language, and both spell the same model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class KeywordsTest {

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]+");
	private static final Set<String> LANGUAGE_CODES = Set.of("fi", "en", "sv");

	@Inject
	private IGrammarAccess grammarAccess;

	@Inject
	private BilingualKeywords keywords;

	@Inject
	private KeywordTranslator translator;

	@Inject
	private SelosteTestModels models;

	static List<Path> exampleFiles() {
		return Fixtures.exampleFiles();
	}

	@Test
	void everyWordKeywordHasATwinInTheOtherLanguage() {
		Set<String> orphans = new TreeSet<>();
		for (Keyword keyword : GrammarUtil.containedKeywords(grammarAccess.getGrammar())) {
			String value = keyword.getValue();
			if (WORD.matcher(value).matches() && !LANGUAGE_CODES.contains(value) && keywords.languageOf(value) == null) {
				orphans.add(value);
			}
		}
		assertEquals(Set.of(), orphans, "keywords without a twin in the other language");
		assertEquals(List.of(), keywords.conflicts(), "keywords paired with two different twins");
	}

	@Test
	void finnishAndEnglishKeywordsAreDistinct() {
		Set<String> finnish = new TreeSet<>();
		Set<String> english = new TreeSet<>();
		keywords.pairs().forEach(pair -> {
			finnish.add(pair.finnish());
			english.add(pair.english());
			assertNotEquals(pair.finnish(), pair.english());
		});
		finnish.retainAll(english);
		assertEquals(Set.of(), finnish, "a keyword is both Finnish and English");
	}

	@Test
	void languageReferenceListsEveryKeywordPair() {
		String reference = Fixtures.read(Fixtures.root().resolve("docs/language.md"));
		Set<String> missing = new TreeSet<>();
		for (BilingualKeywords.Pair pair : keywords.pairs()) {
			if (!reference.contains("`" + pair.finnish() + "`") || !reference.contains("`" + pair.english() + "`")) {
				missing.add(pair.finnish() + " / " + pair.english());
			}
		}
		assertEquals(Set.of(), missing, "docs/language.md lacks these keyword pairs");
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void translatedExampleParsesToTheSameModel(Path example) {
		XtextResourceSet set = models.load(Fixtures.exampleFiles());
		XtextResource original = SelosteTestModels.resourceOf(set, example);
		for (KeywordLanguage target : KeywordLanguage.values()) {
			String translated = translator.translate(original.getParseResult().getRootNode(), target);
			XtextResource reparsed = models.parse(set, "memory:/translated-" + target.code() + ".seloste", translated);
			assertTrue(reparsed.getErrors().isEmpty(),
					() -> "translation to " + target + " does not parse: " + reparsed.getErrors() + "\n" + translated);
			assertEquals(0, translator.count(reparsed.getParseResult().getRootNode()).get(target.other()),
					"keywords of the other language remain");
			assertTrue(EcoreUtil.equals(original.getContents().get(0), reparsed.getContents().get(0)),
					() -> "translation to " + target + " changed the model of " + example);
		}
	}
}
