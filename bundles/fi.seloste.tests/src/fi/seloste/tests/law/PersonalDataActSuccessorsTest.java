package fi.seloste.tests.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fi.seloste.law.PersonalDataActSuccessors;
import fi.seloste.law.RepealedLaw;
import fi.seloste.law.RepealedLaw.Act;
import fi.seloste.law.RepealedLaw.Citation;

/**
 * What replaces a citation of the repealed Personal Data Act: the provisions in force where the
 * table is certain, nothing (so that the fix inserts a placeholder) everywhere else. Section numbers
 * never carry over.
 */
class PersonalDataActSuccessorsTest {

	private static Citation citation(String text, String reference) {
		return RepealedLaw.citation(text, reference).orElseThrow(() -> new AssertionError("no citation of " + reference));
	}

	private static Optional<String> successor(String text) {
		return PersonalDataActSuccessors.successor(citation(text, RepealedLaw.references(text).get(0)));
	}

	@ParameterizedTest(name = "HetiL {0} § → GDPR {1}")
	@CsvSource(delimiter = ';', value = { "8; 6", "10; 13, 14 ja 30", "24; 13 ja 14", "26; 15" })
	void eachRowOfTheTable(int section, String articles) {
		assertEquals(Optional.of("EU:n yleisen tietosuoja-asetuksen " + articles + " artikla"),
				successor("henkilötietolain " + section + " §"));
	}

	@Test
	void theTableHasTheFourCertainSectionsEachWithItsSource() {
		assertEquals(Map.of(8, List.of(6), 10, List.of(13, 14, 30), 24, List.of(13, 14), 26, List.of(15)),
				Map.of(8, row(8), 10, row(10), 24, row(24), 26, row(26)));
		assertEquals(4, PersonalDataActSuccessors.SECTIONS.size());
		PersonalDataActSuccessors.SECTIONS.forEach((section, row) -> {
			assertEquals(section, row.section());
			assertFalse(row.source().isBlank(), "the source of " + section + " §");
		});
	}

	private static List<Integer> row(int section) {
		return PersonalDataActSuccessors.SECTIONS.get(section).gdprArticles();
	}

	@Test
	void severalSectionsGiveTheirArticlesOnceInOrder() {
		String text = "(erit. henkilötietolaki, 523/1999, 10 ja 24 §).";
		Citation byName = citation(text, "henkilötietolaki");
		assertEquals("henkilötietolaki, 523/1999, 10 ja 24 §", byName.written());
		assertEquals(byName, citation(text, "523/1999"), "the number is part of the same citation");
		assertEquals(List.of(10, 24), byName.sections());
		assertEquals(Optional.of("EU:n yleisen tietosuoja-asetuksen 13, 14 ja 30 artikla"),
				PersonalDataActSuccessors.successor(byName));
		assertEquals(Optional.of("EU:n yleisen tietosuoja-asetuksen 6, 13, 14 ja 15 artikla"),
				successor("henkilötietolain (523/1999) 8, 24 ja 26 §"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "8 §:ään; 6 artiklaan", "10 §:n; 13, 14 ja 30 artiklan",
			"26 §:ssä; 15 artiklassa", "24 §:stä; 13 ja 14 artiklasta" })
	void theCaseAfterTheSectionSignCarriesOverToTheArticle(String cited, String articles) {
		assertEquals(Optional.of("EU:n yleisen tietosuoja-asetuksen " + articles),
				successor("perustuu henkilötietolain " + cited + " mukaisesti"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"henkilötietolaki; EU:n yleinen tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018)",
			"henkilötietolain; EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 ja tietosuojalain (1050/2018)",
			"henkilötietolaissa; EU:n yleisessä tietosuoja-asetuksessa (EU) 2016/679 ja tietosuojalaissa (1050/2018)",
			"henkilötietolaista; EU:n yleisestä tietosuoja-asetuksesta (EU) 2016/679 ja tietosuojalaista (1050/2018)",
			"henkilötietolakiin; EU:n yleiseen tietosuoja-asetukseen (EU) 2016/679 ja tietosuojalakiin (1050/2018)",
			"henkilötietolakia; EU:n yleistä tietosuoja-asetusta (EU) 2016/679 ja tietosuojalakia (1050/2018)",
			"henkilötietolaiksi; EU:n yleiseksi tietosuoja-asetukseksi (EU) 2016/679 ja tietosuojalaiksi (1050/2018)" })
	void theActWithoutASectionIsTheRegulationAndTheDataProtectionActInTheSameCase(String act, String successor) {
		assertEquals(Optional.of(successor), successor(act + " mukaisesti"));
	}

	@Test
	void theActsNumberIsPartOfTheCitationOfTheWholeAct() {
		Citation citation = citation("Seloste on laadittu henkilötietolain (523/1999) mukaisesti.", "henkilötietolain");
		assertEquals("henkilötietolain (523/1999)", citation.written());
		assertFalse(citation.citesProvisions());
		assertEquals(Optional.of("EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 ja tietosuojalain (1050/2018)"),
				PersonalDataActSuccessors.successor(citation));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"henkilötietolain 8 § 1 momentin 1, 2, 5, 6 ja 7 kohdat", // points do not map
			"henkilötietolain 8 §:n 1 momentissa", // nor do moments
			"henkilötietolain 8 § 1 mom. 2 k.",
			"henkilötietolain 9 §", // not in the table
			"henkilötietolain 8 ja 9 §", // one section not in the table
			"henkilötietolain 2 luvun 8 §", // a chapter
			"henkilötietolain 8 a §",
			"henkilötietolain 8 §:lle" // a case the table does not word
	})
	void anUncertainProvisionHasNoSuccessor(String cited) {
		Citation citation = citation(cited + " mukaan", "henkilötietolain");
		assertEquals(cited, citation.written());
		assertTrue(citation.citesProvisions());
		assertEquals(cited.substring("henkilötietolain ".length()), citation.provisions());
		assertEquals(Optional.empty(), PersonalDataActSuccessors.successor(citation));
	}

	@Test
	void theActsNumberAloneHasNoSuccessor() {
		Citation citation = citation("laki 523/1999 kumottiin", "523/1999");
		assertEquals(Act.NUMBER, citation.act());
		assertEquals("523/1999", citation.written());
		assertEquals(Optional.empty(), PersonalDataActSuccessors.successor(citation));
	}

	@Test
	void swedishAndEnglishCitationsOfTheWholeActAreOffered() {
		assertEquals(Optional.of("EU:s allmänna dataskyddsförordning (EU) 2016/679 och dataskyddslagen (1050/2018)"),
				successor("enligt personuppgiftslagen (523/1999)"));
		assertEquals("personuppgiftslagen (523/1999)",
				citation("enligt personuppgiftslagen (523/1999).", "personuppgiftslagen").written());
		assertEquals(Optional.of("General Data Protection Regulation (EU) 2016/679 and Data Protection Act (1050/2018)"),
				successor("under the Personal Data Act"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "enligt 10 § personuppgiftslagen; 10 § personuppgiftslagen; 10 §",
			"under section 24 of the Personal Data Act; section 24 of the Personal Data Act; section 24",
			"under the Personal Data Act, section 10; Personal Data Act, section 10; section 10" })
	void swedishAndEnglishCitationsOfASectionHaveNoSuccessor(String text, String written, String provisions) {
		Citation citation = citation(text, RepealedLaw.references(text).get(0));
		assertEquals(written, citation.written());
		assertEquals(provisions, citation.provisions());
		assertEquals(Optional.empty(), PersonalDataActSuccessors.successor(citation));
	}

	@Test
	void theCitationEndsWhereTheProvisionsEnd() {
		assertEquals("henkilötietolain 8 §", citation("henkilötietolain 8 § perusteella.", "henkilötietolain").written());
		assertEquals("henkilötietolain", citation("henkilötietolain ja asetuksen mukaan", "henkilötietolain").written());
		assertEquals("henkilötietolain 8 § 1 momentin 2 kohtaan",
				citation("Käsittely perustuu henkilötietolain 8 § 1 momentin 2 kohtaan.", "henkilötietolain").written(),
				"the full stop ends the sentence");
	}

	@Test
	void theFirstCitationHoldingTheReferenceIsFound() {
		String text = "Henkilötietolain 10 § ja henkilötietolain 26 §";
		assertEquals(0, citation(text, "Henkilötietolain").start());
		assertEquals(Optional.empty(), RepealedLaw.citation(text, "henkilötietolaki"));
	}
}
