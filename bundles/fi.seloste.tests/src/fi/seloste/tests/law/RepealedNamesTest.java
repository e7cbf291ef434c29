package fi.seloste.tests.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fi.seloste.law.RepealedDirective;
import fi.seloste.law.RepealedLaw;

/**
 * The names of the repealed Personal Data Act and Data Protection Directive found in any case form the
 * patterns fold, also past the quick look that spares texts mentioning neither.
 */
class RepealedNamesTest {

	@Test
	void theActInCapitalsAndInUnusualCaseFormsIsFound() {
		assertEquals(List.of("HENKILÖTIETOLAIN"), RepealedLaw.references("HENKILÖTIETOLAIN 8 §:N MUKAISESTI"));
		assertEquals(List.of("henkılötietolaki"), RepealedLaw.references("henkılötietolaki (dotless i)"));
		assertEquals(List.of("Perſonal Data Act"), RepealedLaw.references("under the Perſonal Data Act"));
		assertEquals(List.of("523/1999"), RepealedLaw.references("laki 523/1999"));
		assertEquals(List.of(), RepealedLaw.references("Tietosuojalaki (1050/2018) ja tietosuoja-asetus."));
	}

	@Test
	void theDirectiveInCapitalsAndByNumberIsFound() {
		assertEquals(Optional.of("TIETOSUOJADIREKTIIVIN"), RepealedDirective.firstIn("TIETOSUOJADIREKTIIVIN MUKAAN"));
		assertEquals(Optional.of("95/46/EY"), RepealedDirective.firstIn("direktiivi 95/46/EY"));
		assertEquals(Optional.of("tietoſuojadirektiivi"), RepealedDirective.firstIn("tietoſuojadirektiivi"));
		assertEquals(Optional.empty(), RepealedDirective.firstIn("sähköisen viestinnän tietosuojadirektiivi 2002/58/EY"));
		assertEquals(Optional.empty(), RepealedDirective.firstIn("Tietosuoja-asetus (EU) 2016/679."));
	}
}
