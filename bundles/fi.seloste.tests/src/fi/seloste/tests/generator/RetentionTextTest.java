package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import fi.seloste.generator.Labels;
import fi.seloste.generator.RetentionText;
import fi.seloste.seloste.Anchor;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.SelosteFactory;
import fi.seloste.seloste.TimeUnit;
import fi.seloste.seloste.UntilPeriod;

/** Retention periods as natural text: Finnish numerals and cases, Swedish and English agreement. */
class RetentionTextTest {

	private static final SelosteFactory FACTORY = SelosteFactory.eINSTANCE;

	private static DurationPeriod duration(int amount, TimeUnit unit) {
		DurationPeriod period = FACTORY.createDurationPeriod();
		period.setAmount(amount);
		period.setUnit(unit);
		return period;
	}

	private static DurationPeriod range(int from, int to, TimeUnit unit) {
		DurationPeriod period = duration(from, unit);
		period.setMaxAmount(to);
		return period;
	}

	private static DurationPeriod atMost(int amount, TimeUnit unit) {
		DurationPeriod period = duration(amount, unit);
		period.setAtMost(true);
		return period;
	}

	private static DurationPeriod from(int amount, TimeUnit unit, Anchor anchor) {
		DurationPeriod period = duration(amount, unit);
		period.setAnchor(anchor);
		return period;
	}

	private static UntilPeriod until(Anchor anchor, DurationPeriod extension) {
		UntilPeriod period = FACTORY.createUntilPeriod();
		period.setAnchor(anchor);
		period.setExtension(extension);
		return period;
	}

	private static String fi(fi.seloste.seloste.Period period) {
		return RetentionText.of(period, Labels.of(Language.FI));
	}

	private static String sv(fi.seloste.seloste.Period period) {
		return RetentionText.of(period, Labels.of(Language.SV));
	}

	private static String en(fi.seloste.seloste.Period period) {
		return RetentionText.of(period, Labels.of(Language.EN));
	}

	@Test
	void finnishNominativeAfterOnePartitiveAfterOtherNumerals() {
		assertEquals("1 vuosi", fi(duration(1, TimeUnit.YEAR)));
		assertEquals("6 vuotta", fi(duration(6, TimeUnit.YEAR)));
		assertEquals("1 kuukausi", fi(duration(1, TimeUnit.MONTH)));
		assertEquals("12 kuukautta", fi(duration(12, TimeUnit.MONTH)));
		assertEquals("1 viikko", fi(duration(1, TimeUnit.WEEK)));
		assertEquals("2 viikkoa", fi(duration(2, TimeUnit.WEEK)));
		assertEquals("1 päivä", fi(duration(1, TimeUnit.DAY)));
		assertEquals("90 päivää", fi(duration(90, TimeUnit.DAY)));
		assertEquals("6–10 vuotta", fi(range(6, 10, TimeUnit.YEAR)));
		assertEquals("enintään 12 kuukautta", fi(atMost(12, TimeUnit.MONTH)));
		assertEquals("enintään 1 vuosi", fi(atMost(1, TimeUnit.YEAR)));
	}

	@Test
	void finnishAnchorsInTheirCases() {
		assertEquals("10 vuotta tilikauden päättymisestä", fi(from(10, TimeUnit.YEAR, Anchor.FINANCIAL_YEAR_END)));
		assertEquals("asiakassuhteen päättymiseen asti ja sen jälkeen 6 vuotta",
				fi(until(Anchor.CUSTOMER_RELATIONSHIP_END, duration(6, TimeUnit.YEAR))));
		assertEquals("kunnes suostumus peruutetaan", fi(until(Anchor.CONSENT_WITHDRAWAL, null)));
		assertEquals("sopimuksen päättymiseen asti ja sen jälkeen 1 vuosi",
				fi(until(Anchor.CONTRACT_END, duration(1, TimeUnit.YEAR))));
		assertEquals("istunnon ajan (kunnes selain suljetaan)", fi(FACTORY.createSessionPeriod()));
	}

	@Test
	void finnishGenitiveForResponseTimes() {
		assertEquals("1 kuukauden", RetentionText.within(1, TimeUnit.MONTH, Language.FI));
		assertEquals("30 päivän", RetentionText.within(30, TimeUnit.DAY, Language.FI));
		assertEquals("3 months", RetentionText.within(3, TimeUnit.MONTH, Language.EN));
		assertEquals("1 månad", RetentionText.within(1, TimeUnit.MONTH, Language.SV));
	}

	@Test
	void swedish() {
		assertEquals("6 år", sv(duration(6, TimeUnit.YEAR)));
		assertEquals("1 år", sv(duration(1, TimeUnit.YEAR)));
		assertEquals("12 månader", sv(duration(12, TimeUnit.MONTH)));
		assertEquals("1 månad", sv(duration(1, TimeUnit.MONTH)));
		assertEquals("2 veckor", sv(duration(2, TimeUnit.WEEK)));
		assertEquals("1 dag", sv(duration(1, TimeUnit.DAY)));
		assertEquals("högst 12 månader", sv(atMost(12, TimeUnit.MONTH)));
		assertEquals("6–10 år", sv(range(6, 10, TimeUnit.YEAR)));
		assertEquals("10 år från räkenskapsperiodens utgång", sv(from(10, TimeUnit.YEAR, Anchor.FINANCIAL_YEAR_END)));
		assertEquals("tills kundförhållandet upphör och därefter 6 år",
				sv(until(Anchor.CUSTOMER_RELATIONSHIP_END, duration(6, TimeUnit.YEAR))));
		assertEquals("tills samtycket återkallas", sv(until(Anchor.CONSENT_WITHDRAWAL, null)));
	}

	@Test
	void english() {
		assertEquals("6 years", en(duration(6, TimeUnit.YEAR)));
		assertEquals("1 year", en(duration(1, TimeUnit.YEAR)));
		assertEquals("1 day", en(duration(1, TimeUnit.DAY)));
		assertEquals("at most 12 months", en(atMost(12, TimeUnit.MONTH)));
		assertEquals("6–10 years", en(range(6, 10, TimeUnit.YEAR)));
		assertEquals("10 years from the end of the financial year",
				en(from(10, TimeUnit.YEAR, Anchor.FINANCIAL_YEAR_END)));
		assertEquals("until the end of the customer relationship and 6 years after",
				en(until(Anchor.CUSTOMER_RELATIONSHIP_END, duration(6, TimeUnit.YEAR))));
		assertEquals("until consent is withdrawn", en(until(Anchor.CONSENT_WITHDRAWAL, null)));
	}

	@Test
	void criteriaAreUserTextNotGenerated() {
		CriteriaPeriod criteria = FACTORY.createCriteriaPeriod();
		assertEquals(null, en(criteria));
	}

	@Test
	void everyLabelExistsInEveryLanguage() throws Exception {
		java.util.Properties en = new java.util.Properties();
		java.util.Properties fi = new java.util.Properties();
		java.util.Properties sv = new java.util.Properties();
		load(en, "labels.properties");
		load(fi, "labels_fi.properties");
		load(sv, "labels_sv.properties");
		assertEquals(new java.util.TreeSet<>(en.stringPropertyNames()), new java.util.TreeSet<>(fi.stringPropertyNames()));
		assertEquals(new java.util.TreeSet<>(en.stringPropertyNames()), new java.util.TreeSet<>(sv.stringPropertyNames()));
	}

	private static void load(java.util.Properties properties, String name) throws Exception {
		try (var in = Labels.class.getResourceAsStream(name);
				var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
	}
}
