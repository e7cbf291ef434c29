package fi.seloste.tests.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.model.Texts;
import fi.seloste.model.resolved.Fact;
import fi.seloste.model.resolved.Location;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRecipient;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.model.resolved.ResolvedTransfer;
import fi.seloste.model.resolved.RetentionFact;
import fi.seloste.seloste.CategoryFlag;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.PurposeMarkerKind;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.TransferRecipient;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * The random notices of {@code FormatAgreementPropertyTest}: a seed always gives the same text, and
 * over the seeds the notices cover what the properties are about (every origin of a basis, a retention
 * and a recipient, stated and absent statements, both keyword languages, one to three output
 * languages, …), counted on the resolved model, so that a property cannot hold only for want of cases.
 * Their validity is the property {@code generator.valid}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class RandomNoticesTest {

	private static final int SEEDS = 500;
	private static final int AT_LEAST = 10;

	@Inject
	private RandomNotices notices;

	@Inject
	private SelosteTestModels models;

	@Test
	void aSeedAlwaysGivesTheSameNotice() {
		for (long seed = 1; seed <= 20; seed++) {
			assertEquals(notices.generate(seed), notices.generate(seed), "seed " + seed);
		}
	}

	@Test
	void theNoticesCoverWhatThePropertiesAreAbout() {
		Map<String, Integer> seen = new TreeMap<>();
		for (long seed = 1; seed <= SEEDS; seed++) {
			RandomNotice source = notices.generate(seed);
			Notice notice = (Notice) ((SelosteFile) models.parse(source.text()).getContents().get(0)).getElements().get(0);
			count(seen, source.text().startsWith("notice ") ? "keywords English" : "keywords Finnish");
			count(seen, Texts.outputLanguages(notice).size() + " output languages");
			Texts.outputLanguages(notice).forEach(l -> count(seen, "output language " + l.getLiteral()));
			ResolvedNotice resolved = ResolvedNotice.of(notice);
			count(seen, "DPO " + resolved.dataProtectionOfficers().kind());
			count(seen, resolved.registers().size() + " registers");
			for (ResolvedRegister register : resolved.registers()) {
				count(seen, "recipients " + register.recipients().kind());
				count(seen, "transfers " + register.transfers().kind());
				count(seen, register.bases().size() > 1 ? "several bases of a register" : register.bases().size() + " register bases");
				register.transfers().items().forEach(t -> transfer(seen, t));
				register.recipients().items().forEach(r -> recipient(seen, r));
				count(seen, register.purposes().size() + " purposes in a register");
				register.purposes().forEach(p -> purpose(seen, p));
			}
		}
		String[] expected = { "keywords English", "keywords Finnish", "1 output languages", "2 output languages",
				"3 output languages", "output language fi", "output language en", "output language sv", "DPO STATED",
				"DPO STATED_ABSENT", "DPO NOT_STATED", "1 registers", "2 registers", "3 registers", "recipients STATED",
				"recipients STATED_ABSENT", "transfers STATED", "transfers STATED_ABSENT", "transfers NOT_STATED",
				"0 register bases", "1 register bases", "several bases of a register", "1 purposes in a register",
				"5 purposes in a register", "basis PURPOSE", "basis REGISTER",
				"retention PURPOSE", "retention CATEGORY", "retention REGISTER", "retention NOTICE",
				"purpose without its own data", "recipient PURPOSE", "recipient REGISTER", "recipient NOTICE",
				"location STATED_EEA", "location STATED_THIRD_COUNTRY", "location NOT_STATED", "transfer PURPOSE",
				"transfer REGISTER", "transfer naming purposes", "transfer without recipient", "flag SPECIAL",
				"flag CRIMINAL", "flag PERSONAL_ID_CODE", "direct marketing", "profiling" };
		for (String feature : expected) {
			assertTrue(seen.getOrDefault(feature, 0) >= AT_LEAST, feature + " in only " + seen.getOrDefault(feature, 0)
					+ " of " + SEEDS + " notices' registers and purposes: " + seen);
		}
	}

	private static void purpose(Map<String, Integer> seen, ResolvedPurpose purpose) {
		purpose.bases().stream().map(Fact::origin).distinct().forEach(o -> count(seen, "basis " + o));
		purpose.retention().stream().map(RetentionFact::origin).distinct().forEach(o -> count(seen, "retention " + o));
		if (purpose.ownCategories().isEmpty()) {
			count(seen, "purpose without its own data");
		}
		purpose.categories().stream().flatMap(c -> c.value().getFlags().stream()).distinct()
				.forEach((CategoryFlag f) -> count(seen, "flag " + f.name()));
		if (purpose.has(PurposeMarkerKind.DIRECT_MARKETING)) {
			count(seen, "direct marketing");
		}
		if (purpose.has(PurposeMarkerKind.PROFILING)) {
			count(seen, "profiling");
		}
	}

	private static void recipient(Map<String, Integer> seen, ResolvedRecipient recipient) {
		count(seen, "recipient " + recipient.scope());
		Location.Status status = recipient.location().status();
		count(seen, "location " + status);
	}

	private static void transfer(Map<String, Integer> seen, ResolvedTransfer transfer) {
		count(seen, "transfer " + transfer.scope());
		if (transfer.transfer().getMembers().stream().anyMatch(m -> m instanceof fi.seloste.seloste.PurposeRefs)) {
			count(seen, "transfer naming purposes");
		}
		if (transfer.transfer().getMembers().stream().noneMatch(TransferRecipient.class::isInstance)) {
			count(seen, "transfer without recipient");
		}
	}

	private static void count(Map<String, Integer> seen, String feature) {
		seen.merge(feature, 1, Integer::sum);
	}
}
