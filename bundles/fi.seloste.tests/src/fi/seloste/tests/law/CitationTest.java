package fi.seloste.tests.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import fi.seloste.law.Citation;
import fi.seloste.seloste.Language;

/** The legal source of a check, worded in the citation style of each language. */
class CitationTest {

	private static String fi(String spec) {
		return Citation.of(spec).in(Language.FI);
	}

	private static String en(String spec) {
		return Citation.of(spec).in(Language.EN);
	}

	@Test
	void gdprArticlesInFinnishCitationStyle() {
		assertEquals("tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohta", fi("GDPR 13(1)(a)"));
		assertEquals("tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohta ja 6 artiklan 1 kohta", fi("GDPR 13(1)(c), 6(1)"));
		assertEquals("tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohta, 21 artiklan 1 kohta ja 21 artiklan 4 kohta",
				fi("GDPR 13(2)(b), 21(1), 21(4)"));
		assertEquals("tietosuoja-asetuksen 44–49 artikla", fi("GDPR 44-49"));
		assertEquals("tietosuoja-asetuksen 21 artiklan 2–4 kohta", fi("GDPR 21(2)-(4)"));
		assertEquals("tietosuoja-asetuksen 9 artiklan 2 kohdan g–j alakohta", fi("GDPR 9(2)(g)-(j)"));
		assertEquals("tietosuoja-asetuksen 10 artikla", fi("GDPR 10"));
	}

	@Test
	void gdprArticlesInEnglishAndSwedish() {
		assertEquals("GDPR Art 13(1)(c), 6(1)", en("GDPR 13(1)(c), 6(1)"));
		assertEquals("GDPR Art 21(2)–(4)", en("GDPR 21(2)-(4)"));
		assertEquals("GDPR Art 44–49", en("GDPR 44-49"));
		assertEquals("dataskyddsförordningen artikel 13.1 c och artikel 77.1",
				Citation.of("GDPR 13(1)(c), 77(1)").in(Language.SV));
	}

	@Test
	void finnishStatutesByNameNumberAndSection() {
		assertEquals("tietosuojalaki (1050/2018) 29 §", fi("LAW 1050/2018 29"));
		assertEquals("Data Protection Act (1050/2018) s 29", en("LAW 1050/2018 29"));
		assertEquals("kirjanpitolaki (1336/1997) 2 luvun 10 §", fi("LAW 1336/1997 2:10"));
		assertEquals("Accounting Act (1336/1997) ch 2 s 10", en("LAW 1336/1997 2:10"));
		assertEquals("laki sähköisen viestinnän palveluista (917/2014) 200 §:n 2 momentti", fi("LAW 917/2014 200.2"));
		assertEquals("Act on Electronic Communications Services (917/2014) s 200(2)", en("LAW 917/2014 200.2"));
		assertEquals("laki yksityisyyden suojasta työelämässä (759/2004) 4, 5 ja 13 §", fi("LAW 759/2004 4, 5, 13"));
		assertEquals("Act on the Protection of Privacy in Working Life (759/2004) ss 4, 5 and 13", en("LAW 759/2004 4, 5, 13"));
		assertEquals("yritys- ja yhteisötietolaki (244/2001)", fi("LAW 244/2001"));
	}

	@Test
	void severalPartsAndWordedSources() {
		assertEquals("tietosuoja-asetuksen 12 artiklan 3 kohta; hyvä käytäntö", fi("GDPR 12(3); practice"));
		assertEquals("GDPR Art 10; Data Protection Act (1050/2018) s 7", en("GDPR 10; LAW 1050/2018 7"));
	}

	@Test
	void aFormItCannotReadFails() {
		assertThrows(IllegalArgumentException.class, () -> fi("GDPR Art 13"));
		assertThrows(IllegalArgumentException.class, () -> fi("LAW 1050/2018 §29"));
		assertThrows(RuntimeException.class, () -> fi("noSuchSource"));
	}

	@Test
	void officialTextOfTheFirstStatute() {
		assertEquals("https://eur-lex.europa.eu/eli/reg/2016/679/oj", Citation.of("GDPR 13(1)(c), 6(1)").officialText().orElseThrow());
		assertEquals("https://www.finlex.fi/fi/laki/ajantasa/2018/20181050", Citation.of("LAW 1050/2018 29").officialText().orElseThrow());
		// a number of fewer than four digits is padded as Finlex writes it
		assertEquals("https://www.finlex.fi/fi/laki/ajantasa/2014/20140917",
				Citation.of("LAW 917/2014 200.2; GDPR 6(1)(a)").officialText().orElseThrow());
		assertEquals("https://eur-lex.europa.eu/eli/reg/2016/679/oj",
				Citation.of("GDPR 21(2); LAW 917/2014 200.2").officialText().orElseThrow(), "the first part decides");
		assertEquals(java.util.Optional.empty(), Citation.of("practice").officialText(), "good practice has no official text");
	}
}
