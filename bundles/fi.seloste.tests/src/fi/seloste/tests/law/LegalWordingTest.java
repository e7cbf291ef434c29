package fi.seloste.tests.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fi.seloste.law.LegalWording;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.CategoryFlag;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.PersonalIdGroundKind;
import fi.seloste.seloste.ProvisionKind;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.SpecialConditionKind;

/**
 * The one catalogue of legal wording: the same keys in Finnish, English and Swedish (hover texts in
 * Finnish and English, the languages of the editor), a term for every value of every closed set, and
 * every term of a legal basis, condition, right or safeguard citing its provision.
 */
class LegalWordingTest {

	private static final Pattern CITATION = Pattern.compile("\\d");

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = LegalWording.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new AssertionError(name, e);
		}
		return properties;
	}

	@Test
	void everyLanguageWordsTheSameKeys() {
		Set<String> english = new TreeSet<>(load("wording.properties").stringPropertyNames());
		assertEquals(english, new TreeSet<>(load("wording_fi.properties").stringPropertyNames()));
		Set<String> withoutHovers = new TreeSet<>(english);
		withoutHovers.removeIf(key -> key.startsWith("hover."));
		assertEquals(withoutHovers, new TreeSet<>(load("wording_sv.properties").stringPropertyNames()));
	}

	@Test
	void everyValueOfAClosedSetHasATermCitingItsProvision() {
		List<String> missing = new ArrayList<>();
		for (Language language : Language.values()) {
			LegalWording wording = LegalWording.of(language);
			check(wording, "basis", BasisKind.values(), true, missing);
			check(wording, "special", SpecialConditionKind.values(), true, missing);
			check(wording, "right", RightKind.values(), true, missing);
			check(wording, "safeguard", SafeguardKind.values(), false, missing);
			check(wording, "flag", CategoryFlag.values(), false, missing);
			check(wording, "idGround", PersonalIdGroundKind.values(), true, missing);
			check(wording, "provision", ProvisionKind.values(), false, missing);
			for (RightKind right : RightKind.values()) {
				if (!wording.has("standard.right." + right.name())) {
					missing.add(language + " standard.right." + right.name());
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	private static void check(LegalWording wording, String prefix, Enum<?>[] values, boolean cites, List<String> missing) {
		for (Enum<?> value : values) {
			String key = prefix + "." + value.name();
			if (!wording.has(key) || wording.get(key).isBlank() || cites && !CITATION.matcher(wording.get(key)).find()) {
				missing.add(key);
			}
		}
	}

	@Test
	void criminalOffenceDataRestsOnArticle10AndTheDataProtectionAct() {
		assertTrue(LegalWording.of(Language.FI).get("criminal").contains("10 artikla; tietosuojalaki (1050/2018) 7 §"));
		assertTrue(LegalWording.of(Language.EN).get("criminal").contains("Article 10 GDPR"));
	}

	@Test
	void theStandardComplaintWordingNamesThePlaceOfTheAllegedInfringement() {
		// Art 77(1): habitual residence, place of work or place of the alleged infringement
		assertTrue(LegalWording.of(Language.EN).get("standard.right.COMPLAINT").contains("place of the alleged infringement"));
		assertTrue(LegalWording.of(Language.FI).get("standard.right.COMPLAINT").contains("väitetty rikkominen"));
		assertTrue(LegalWording.of(Language.SV).get("standard.right.COMPLAINT").contains("påstådda intrånget"));
	}
}
