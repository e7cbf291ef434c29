package fi.seloste.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import fi.seloste.diff.ChangeType;
import fi.seloste.diff.DiffReport;
import fi.seloste.diff.MaterialReason;
import fi.seloste.diff.NoticeChange;
import fi.seloste.diff.NoticeComparison;
import fi.seloste.diff.NoticeDiff;
import fi.seloste.diff.Subject;
import fi.seloste.law.Citation;
import fi.seloste.seloste.Language;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

import static fi.seloste.diff.MaterialReason.*;

/**
 * Which changes are material and why, per case of {@code fixtures/diff/cases} (the classification table
 * of docs/tests.md), and the rules of matching: by kind and name, renames, reordering, keyword language.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class DiffClassificationTest {

	/** Per case: the material reasons in order, and how many editorial changes there are. */
	private record Expected(List<MaterialReason> material, int editorial) {
	}

	private static final Map<String, Expected> CASES = Map.ofEntries(
			Map.entry("no-change", new Expected(List.of(), 0)),
			Map.entry("new-purpose", new Expected(List.of(NEW_PURPOSE), 0)),
			Map.entry("new-recipient", new Expected(List.of(NEW_RECIPIENT, NEW_RECIPIENT), 0)),
			Map.entry("new-transfer", new Expected(List.of(NEW_RECIPIENT, NEW_OR_CHANGED_TRANSFER), 1)),
			Map.entry("safeguard", new Expected(List.of(CHANGED_SAFEGUARD), 0)),
			Map.entry("retention", new Expected(List.of(CHANGED_RETENTION), 1)),
			Map.entry("retention-longer", new Expected(List.of(LONGER_RETENTION), 0)),
			Map.entry("retention-category", new Expected(List.of(LONGER_RETENTION), 0)),
			Map.entry("retention-same-length", new Expected(List.of(), 1)),
			Map.entry("basis", new Expected(List.of(CHANGED_BASIS), 1)),
			Map.entry("special-category",
					new Expected(List.of(NEW_SPECIAL_CATEGORY, CHANGED_SPECIAL_CONDITION, NEW_SPECIAL_CATEGORY), 0)),
			Map.entry("new-source", new Expected(List.of(NEW_SOURCE), 0)),
			Map.entry("profiling", new Expected(List.of(PROFILING_INTRODUCED, PROFILING_INTRODUCED), 1)),
			Map.entry("right-removed", new Expected(List.of(RIGHT_REMOVED), 1)),
			Map.entry("controller", new Expected(List.of(CHANGED_CONTROLLER), 1)),
			Map.entry("rename", new Expected(List.of(), 2)),
			Map.entry("reorder", new Expected(List.of(), 0)),
			Map.entry("editorial", new Expected(List.of(), 5)),
			Map.entry("real-privacy-notice", new Expected(
					List.of(LONGER_RETENTION, NEW_PURPOSE, NEW_RECIPIENT, CHANGED_SAFEGUARD, NEW_OR_CHANGED_TRANSFER), 7)));

	@Inject
	private SelosteTestModels models;

	static Stream<String> cases() {
		return CASES.keySet().stream().sorted();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void materialChangesHaveTheirReasons(String name) {
		NoticeDiff diff = only(DiffSupport.report(name));
		Expected expected = CASES.get(name);
		assertEquals(expected.material(), diff.material().stream().map(NoticeChange::reason).toList(), name);
		assertEquals(expected.editorial(), diff.changes().size() - diff.material().size(), () -> name + ": " + diff);
	}

	@Test
	void everyCaseHasItsExpectation() {
		assertEquals(DiffGoldenTest.cases().filter(c -> !c.equals("organisation")).sorted().toList(),
				cases().toList());
	}

	@Test
	void anOrganisationFileChangeShowsInEveryNoticeThatUsesIt() {
		DiffReport report = DiffSupport.report("organisation");
		assertEquals(List.of("KuuraAsiakkaat", "KuuraRekrytointi"), report.diffs().stream().map(NoticeDiff::notice).toList());
		for (NoticeDiff diff : report.diffs()) {
			NoticeChange country = diff.material().get(0);
			assertEquals(NEW_OR_CHANGED_TRANSFER, country.reason());
			assertTrue(country.path().endsWith("/ recipient Hosting / detail country"), country.path());
			assertEquals("organisation.seloste", country.afterFile());
			assertEquals(1, diff.material().size());
		}
	}

	@Test
	void renamesAreEditorialAndReferencesFollowThem() {
		List<NoticeChange> changes = only(DiffSupport.report("rename")).changes();
		assertEquals(List.of(ChangeType.RENAMED, ChangeType.RENAMED), changes.stream().map(NoticeChange::type).toList());
		assertEquals(List.of("Newsletter→News", "Contact→ContactDetails"),
				changes.stream().map(c -> c.before() + "→" + c.after()).toList());
	}

	@Test
	void aRenamedElementWhoseContentChangedIsRemovedAndAdded() {
		String before = notice("purpose Newsletter en \"newsletter\" { basis consent data Contact retention 2 years }");
		String after = notice("purpose News en \"newsletter\" { basis consent data Contact retention 3 years }");
		NoticeDiff diff = NoticeComparison.compare(models.notice(before), models.notice(after));
		assertEquals(List.of("REMOVED purpose Newsletter", "ADDED purpose News"),
				diff.changes().stream().map(c -> c.type() + " " + c.path().substring(c.path().lastIndexOf("/ ") + 2)).toList());
		assertEquals(List.of(NEW_PURPOSE), diff.material().stream().map(NoticeChange::reason).toList());
	}

	@Test
	void theKeywordsLanguageIsNoChange() {
		String english = """
				notice Cafe {
					languages fi
					register Customers "kanta-asiakkaat" {
						data-category Contact "nimi" special
						purpose Loyalty "kanta-asiakkuus" {
							basis contract
							data Contact
							retention until end-of-contract + 6 months
						}
						source data-subject
						no-transfers
					}
					rights { right access }
				}
				""";
		String finnish = """
				seloste Cafe {
					kielet fi
					rekisteri Customers "kanta-asiakkaat" {
						tietoryhmä Contact "nimi" erityinen
						tarkoitus Loyalty "kanta-asiakkuus" {
							peruste sopimus
							tiedot Contact
							säilytys kunnes sopimuksen-päättyminen + 6 kuukautta
						}
						lähde rekisteröity
						ei-siirtoja
					}
					oikeudet { oikeus tarkastus }
				}
				""";
		assertEquals(List.of(), NoticeComparison.compare(models.notice(english), models.notice(finnish)).changes());
	}

	@Test
	void aShorterRetentionOfAnotherUnitIsEditorial() {
		NoticeDiff diff = NoticeComparison.compare(models.notice(notice("purpose P \"p\" { retention 2 years }")),
				models.notice(notice("purpose P \"p\" { retention 18 months }")));
		assertEquals(1, diff.changes().size());
		assertEquals(List.of(), diff.material());
		NoticeDiff longer = NoticeComparison.compare(models.notice(notice("purpose P \"p\" { retention 30 days }")),
				models.notice(notice("purpose P \"p\" { retention 2 months }")));
		assertEquals(List.of(LONGER_RETENTION), longer.material().stream().map(NoticeChange::reason).toList());
		NoticeDiff unclear = NoticeComparison.compare(models.notice(notice("purpose P \"p\" { retention 30 days }")),
				models.notice(notice("purpose P \"p\" { retention 1 month }")));
		assertEquals(List.of(CHANGED_RETENTION), unclear.material().stream().map(NoticeChange::reason).toList());
	}

	@Test
	void aCategorysOwnRetentionIsComparedWithItsPurposes() {
		// the register's retention applies to a purpose that states none of its own
		String purpose = "data-category Other \"o\" retention 2 years purpose P \"p\" { data Contact, Other }";
		NoticeDiff shorter = NoticeComparison.compare(models.notice(notice(purpose)),
				models.notice(notice("{ retention 1 year } " + purpose)));
		assertTrue(!shorter.changes().isEmpty(), shorter::toString);
		assertEquals(List.of(), shorter.material(), "a category kept shorter than its purpose's data processes less");
		NoticeDiff longer = NoticeComparison.compare(models.notice(notice(purpose)),
				models.notice(notice("{ retention 5 years } " + purpose)));
		assertEquals(List.of(LONGER_RETENTION), longer.material().stream().map(NoticeChange::reason).toList());
		// its own shorter retention removed: the category is kept as long as the purpose's data now
		NoticeDiff removed = NoticeComparison.compare(models.notice(notice("{ retention 1 year } " + purpose)),
				models.notice(notice(purpose)));
		assertEquals(List.of(LONGER_RETENTION), removed.material().stream().map(NoticeChange::reason).toList());
	}

	@Test
	void aFileNameIsGivenAsWrittenNotPercentEncoded(@TempDir Path folder) throws java.io.IOException {
		for (String side : List.of("before", "after")) {
			java.nio.file.Files.createDirectories(folder.resolve(side));
			java.nio.file.Files.copy(DiffSupport.cases().resolve("retention-longer").resolve(side).resolve("notice.seloste"),
					folder.resolve(side).resolve("café notice.seloste"));
		}
		NoticeChange change = only(DiffSupport.report(folder.resolve("before"), folder.resolve("after"))).material().get(0);
		assertEquals("café notice.seloste", change.beforeFile());
		assertEquals("café notice.seloste", change.afterFile());
	}

	@Test
	void aTransfersStatedCountryIsMaterial() {
		String transfer = "processor Crm \"crm\" { country \"US\" } transfer T { recipient Crm country \"%s\" "
				+ "safeguard standard-contractual-clauses }";
		NoticeDiff diff = NoticeComparison.compare(models.notice(notice(transfer.formatted("US"))),
				models.notice(notice(transfer.formatted("IN"))));
		assertEquals(List.of(NEW_OR_CHANGED_TRANSFER), diff.material().stream().map(NoticeChange::reason).toList());
	}

	@Test
	void aRightMovedIntoARegisterIsNotRemoved() {
		String before = "notice N { register R \"r\" { purpose P \"p\" { basis consent } } rights { right access right erasure } }";
		String after = "notice N { register R \"r\" { purpose P \"p\" { basis consent } rights { right erasure } } rights { right access } }";
		NoticeDiff diff = NoticeComparison.compare(models.notice(before), models.notice(after));
		assertEquals(List.of(), diff.material(), diff::toString);
	}

	@Test
	void everyExampleAndSeedIsUnchangedAgainstItself() {
		for (Path folder : List.of(Fixtures.examples(), Fixtures.examples().resolve("seeds"))) {
			DiffReport report = DiffSupport.report(folder, folder);
			assertTrue(!report.diffs().isEmpty(), folder.toString());
			assertEquals(List.of(), report.diffs().stream().filter(d -> !d.isEmpty()).map(NoticeDiff::toString).toList(),
					folder.toString());
		}
	}

	@Test
	void everyReasonCitesProvisionsThatWordInEveryLanguage() {
		for (MaterialReason reason : MaterialReason.values()) {
			for (Language language : Language.values()) {
				String worded = Citation.of(reason.citation()).in(language);
				assertTrue(!worded.isBlank(), reason + " " + language);
			}
		}
		assertEquals("tietosuoja-asetuksen 13 artiklan 3 kohta ja 14 artiklan 4 kohta", NEW_PURPOSE.cite().in(Language.FI));
		assertEquals("GDPR Art 14(2)(f)", NEW_SOURCE.cite().in(Language.EN));
		// profiling is a purpose to tell of and may give the right to object; 13(2)(f)/14(2)(g) are about ADM only
		assertEquals("GDPR 13(1)(c), 14(1)(c), 21(1)-(2)", PROFILING_INTRODUCED.citation());
		assertEquals("GDPR 13(2)(f), 14(2)(g), 22", AUTOMATED_DECISION_MAKING_INTRODUCED.citation());
	}

	@Test
	void subjectsHaveDistinctPathWords() {
		assertEquals(Subject.values().length,
				Stream.of(Subject.values()).map(Subject::pathWord).distinct().count());
	}

	private static String notice(String registerMembers) {
		return "notice N { register R \"r\" { data-category Contact \"c\" " + registerMembers + " } }";
	}

	private static NoticeDiff only(DiffReport report) {
		assertEquals(1, report.diffs().size(), report::toString);
		return report.diffs().get(0);
	}
}
