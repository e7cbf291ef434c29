package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.law.Gdpr;
import fi.seloste.generator.Json;
import fi.seloste.generator.SelosteJsonFormat;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.SpecialConditionKind;
import fi.seloste.seloste.TimeUnit;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/** The codes, IRIs and ISO 8601 durations of the machine-readable formats. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class GdprCodesTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private SelosteJsonFormat format;

	@Test
	void everyLegalBasisHasItsCodeAndIris() {
		Map<BasisKind, List<String>> expected = Map.of(
				BasisKind.CONSENT, List.of("GDPR-6-1-a", "Consent", "A6-1-a"),
				BasisKind.CONTRACT, List.of("GDPR-6-1-b", "Contract", "A6-1-b"),
				BasisKind.LEGAL_OBLIGATION, List.of("GDPR-6-1-c", "LegalObligation", "A6-1-c"),
				BasisKind.VITAL_INTERESTS, List.of("GDPR-6-1-d", "VitalInterest", "A6-1-d"),
				BasisKind.PUBLIC_TASK, List.of("GDPR-6-1-e", "PublicInterest", "A6-1-e"),
				BasisKind.LEGITIMATE_INTERESTS, List.of("GDPR-6-1-f", "LegitimateInterest", "A6-1-f"));
		assertEquals(BasisKind.values().length, expected.size());
		expected.forEach((kind, codes) -> {
			assertEquals(codes.get(0), Gdpr.basisCode(kind));
			assertEquals("https://w3id.org/dpv#" + codes.get(1), Gdpr.basisDpv(kind));
			assertEquals("https://w3id.org/dpv/legal/eu/gdpr#" + codes.get(2), Gdpr.basisEuGdpr(kind));
		});
	}

	@Test
	void specialConditionsAreArticle9Letters() {
		String letters = "abcdefghij";
		int i = 0;
		for (SpecialConditionKind kind : SpecialConditionKind.values()) {
			if (kind == SpecialConditionKind.CRIMINAL_DATA_AUTHORISED) {
				assertEquals("GDPR-10", Gdpr.specialCode(kind));
				assertNull(Gdpr.specialEuGdpr(kind));
			} else {
				char letter = letters.charAt(i++);
				assertEquals("GDPR-9-2-" + letter, Gdpr.specialCode(kind));
				assertEquals("https://w3id.org/dpv/legal/eu/gdpr#A9-2-" + letter, Gdpr.specialEuGdpr(kind));
			}
		}
		assertEquals(10, i);
	}

	@Test
	void rightsAreArticleCodes() {
		assertEquals("GDPR-15", Gdpr.rightCode(RightKind.ACCESS));
		assertEquals("GDPR-16", Gdpr.rightCode(RightKind.RECTIFICATION));
		assertEquals("GDPR-17", Gdpr.rightCode(RightKind.ERASURE));
		assertEquals("GDPR-18", Gdpr.rightCode(RightKind.RESTRICTION));
		assertEquals("GDPR-20", Gdpr.rightCode(RightKind.PORTABILITY));
		assertEquals("GDPR-21-1", Gdpr.rightCode(RightKind.OBJECTION));
		assertEquals("GDPR-21-2", Gdpr.rightCode(RightKind.DIRECT_MARKETING_OBJECTION));
		assertEquals("GDPR-7-3", Gdpr.rightCode(RightKind.WITHDRAW_CONSENT));
		assertEquals("GDPR-77", Gdpr.rightCode(RightKind.COMPLAINT));
	}

	@Test
	void unitsAreIsoDurations() {
		assertEquals("P30D", Gdpr.duration(30, TimeUnit.DAY));
		assertEquals("P2W", Gdpr.duration(2, TimeUnit.WEEK));
		assertEquals("P12M", Gdpr.duration(12, TimeUnit.MONTH));
		assertEquals("P6Y", Gdpr.duration(6, TimeUnit.YEAR));
	}

	@Test
	void everyPeriodFormIsConverted() {
		XtextResource resource = models.parse("""
				notice N {
					languages en
					register R "r" {
						retention 6 years
						retention 6-10 years from end-of-financial-year rationale "accounting"
						retention at-most 12 months from collection
						retention until end-of-customer-relationship + 6 months
						retention until consent-withdrawal
						retention criteria "as long as the account exists"
					}
				}
				""");
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		List<String> periods = EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Retention.class).stream()
				.map(r -> Json.compact(format.retention(r))).toList();
		assertEquals(List.of(
				"{\"kind\":\"duration\",\"duration\":\"P6Y\"}",
				"{\"kind\":\"duration\",\"min\":\"P6Y\",\"max\":\"P10Y\",\"anchor\":\"end-of-financial-year\",\"rationale\":{\"en\":\"accounting\"}}",
				"{\"kind\":\"duration\",\"duration\":\"P12M\",\"atMost\":true,\"anchor\":\"collection\"}",
				"{\"kind\":\"until\",\"anchor\":\"end-of-customer-relationship\",\"extension\":{\"duration\":\"P6M\"}}",
				"{\"kind\":\"until\",\"anchor\":\"consent-withdrawal\"}",
				"{\"kind\":\"criteria\",\"criteria\":{\"en\":\"as long as the account exists\"}}"), periods);
	}

	@Test
	void jsonEscapesAndLaysOut() {
		Map<String, Object> o = Json.object();
		o.put("a", "\"ä\\\n\u0001");
		o.put("b", List.of(1, true));
		o.put("c", Json.object());
		assertEquals("{\n  \"a\": \"\\\"ä\\\\\\n\\u0001\",\n  \"b\": [\n    1,\n    true\n  ],\n  \"c\": {}\n}\n", Json.pretty(o));
		assertEquals("{\"a\":\"\\\"ä\\\\\\n\\u0001\",\"b\":[1,true],\"c\":{}}", Json.compact(o));
	}
}
