package fi.seloste.tests.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.changes.ChangeEntryDraft;
import fi.seloste.changes.ChangeLog;
import fi.seloste.changes.ChangeNotification;
import fi.seloste.diff.NoticeComparison;
import fi.seloste.diff.NoticeDiff;
import fi.seloste.formatting2.SelosteFormatting;
import fi.seloste.ide.quickfix.ChangeEntryInsertion;
import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordTranslator;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.tests.Fixtures;
import fi.seloste.tests.Golden;
import fi.seloste.tests.SelosteIdeInjectorProvider;
import fi.seloste.tests.SelosteTestModels;
import fi.seloste.tests.validation.NoticeEdit;

/**
 * Issue 14: the change entry drafted from the diff of two versions and the notification to the data
 * subjects, on a pair of versions of the Finnish example ({@code fixtures/changes/before.seloste},
 * {@code after.seloste}: a new purpose and its processor, a longer retention, a new effective date, the
 * notice's web address): the entry as {@code --write-change-entry} and the quick fix insert it, and the
 * notification in Finnish, English and Swedish (golden files); what a draft leaves as a placeholder;
 * editorial changes give no draft; when a later version records its changes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteIdeInjectorProvider.class)
class ChangeEntriesTest {

	private static final Path DIR = Fixtures.fixtures().resolve("changes");

	@Inject
	private SelosteTestModels models;

	@Inject
	private SelosteFormatting formatting;

	@Inject
	private BilingualKeywords keywords;

	@Inject
	private KeywordTranslator translator;

	/** A notice in a resource set of its own, as each side of a comparison is loaded. */
	private Notice load(String file) {
		return notice(models.parse(models.newResourceSet(), DIR.resolve(file).toAbsolutePath().toString(),
				Fixtures.read(DIR.resolve(file))));
	}

	private Notice notice(NoticeEdit edit, String name) {
		return notice(models.parse(models.newResourceSet(), "memory:/" + name + ".seloste", edit.text()));
	}

	private static Notice notice(XtextResource resource) {
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		return (Notice) ((SelosteFile) resource.getContents().get(0)).getElements().get(0);
	}

	@Test
	void theDraftedEntryGoesAfterTheChangeLogInEachLanguageInTheFormattersLayout() {
		Notice before = load("before.seloste");
		Notice after = load("after.seloste");
		NoticeDiff diff = NoticeComparison.compare(before, after);
		ChangeEntryDraft draft = ChangeEntryDraft.of(diff, before, after);
		assertEquals(List.of(Language.FI, Language.EN, Language.SV), draft.languages());
		String written = ChangeEntryInsertion.inserted((XtextResource) after.eResource(), Map.of(after, draft.texts()),
				"2027-01-01", keywords, translator);
		Golden.assertMatches(DIR.resolve("after.with-entry.seloste"), written);
		XtextResource reparsed = models.parse(written);
		assertFalse(reparsed.getParseResult().hasSyntaxErrors());
		assertEquals(written, formatting.format(reparsed), "the entry is not in the formatter's layout");
	}

	@Test
	void theNotificationInEachLanguageOfTheNotice() {
		Notice before = load("before.seloste");
		Notice after = load("after.seloste");
		NoticeDiff diff = NoticeComparison.compare(before, after);
		Map<Language, String> notifications = ChangeNotification.draft(before, after,
				ChangeEntryDraft.of(diff, before, after));
		Map<Path, String> golden = new LinkedHashMap<>();
		notifications.forEach((language, text) -> golden
				.put(DIR.resolve("RevontuliKahvila.notification." + language.getLiteral() + ".txt"), text));
		assertEquals(3, golden.size());
		Golden.assertAllMatch(golden);
	}

	@Test
	void whatTheSourceDoesNotStateIsAPlaceholderAndTheComplaintRightIsAlwaysNamed() {
		NoticeEdit earlier = NoticeEdit.base();
		// a new processor; the same effective date, no web address of the notice, and no right of complaint stated
		NoticeEdit later = NoticeEdit.base()
				.insertBefore("käsittelijä Mittaus \"Mittaus Oy", "käsittelijä Kysely \"Kysely Oy, asiakaskyselyt\" {\n"
						+ "\tnimi \"Kysely Oy\"\n\tmaa \"FI\"\n}\n")
				.removeLine("oikeus valitus");
		Notice before = notice(earlier, "before");
		Notice after = notice(later, "after");
		String text = ChangeNotification
				.draft(before, after, ChangeEntryDraft.of(NoticeComparison.compare(before, after), before, after))
				.get(Language.FI);
		assertTrue(text.contains("- Lisätty vastaanottaja ”Kysely Oy, asiakaskyselyt”.\n"), text);
		assertTrue(text.contains("Muutokset tulevat voimaan <<päivämäärä, jona muutokset tulevat voimaan>>."), text);
		assertTrue(text.contains("osoitteessa <<selosteen verkko-osoite>>."), text);
		assertTrue(text.contains("- oikeus tehdä valitus valvontaviranomaiselle (EU:n tietosuoja-asetuksen 77 artikla)\n"),
				text);
		assertTrue(text.contains("- oikeus tarkastaa tiedot (EU:n tietosuoja-asetuksen 15 artikla)\n"), text);
		assertFalse(text.contains("2025"), "no date the source does not give as the new version's: " + text);
	}

	@Test
	void aChangeOfTheNoticeAsAWholeNamesNothingAndEveryLanguageHasItsSentence() {
		Notice before = notice(NoticeEdit.base(), "before");
		Notice after = notice(NoticeEdit.base().replace("tietojen-antaminen sopimuksen-edellytys", "tietojen-antaminen vapaaehtoinen"),
				"after");
		ChangeEntryDraft draft = ChangeEntryDraft.of(NoticeComparison.compare(before, after), before, after);
		assertEquals(List.of("Muutettu tietoa siitä, onko henkilötietojen antaminen lakisääteinen tai sopimukseen "
				+ "perustuva vaatimus."), draft.sentences(Language.FI));
		assertEquals(List.of(), draft.sentences(Language.EN), "the notice is in Finnish only");
	}

	@Test
	void everyMaterialReasonHasItsSentenceInEveryLanguage() throws java.io.IOException {
		Path folder = Fixtures.root().resolve("bundles/fi.seloste/src/fi/seloste");
		for (String bundle : List.of("changes/changes", "diff/diff")) {
			for (String suffix : List.of("", "_fi", "_sv")) {
				java.util.Properties keys = new java.util.Properties();
				try (var reader = java.nio.file.Files.newBufferedReader(folder.resolve(bundle + suffix + ".properties"))) {
					keys.load(reader);
				}
				String prefix = bundle.startsWith("changes") ? "draft." : "reason.";
				for (fi.seloste.diff.MaterialReason reason : fi.seloste.diff.MaterialReason.values()) {
					assertTrue(keys.containsKey(prefix + reason.name()), bundle + suffix + " has no " + prefix + reason);
				}
			}
		}
	}

	@Test
	void aRemovedBlockOfRightsGivesASentencePerRightNoLongerStatedNamedInLegalWording() {
		String register = """
				notice N {
					languages fi, en
					register R fi "Asiakasrekisteri" en "Customer register" {
						data-category Contact fi "nimi" en "name"
						purpose P fi "asiakkuus" en "customer relationship" {
							basis contract
							data Contact
						}
				%s
					}
					rights {
						right access
					}
				}
				""";
		String rights = """
						rights {
							right access
							right erasure
						}
				""";
		Notice before = notice(models.parse(models.newResourceSet(), "memory:/before.seloste", register.formatted(rights)));
		Notice after = notice(models.parse(models.newResourceSet(), "memory:/after.seloste", register.formatted("")));
		NoticeDiff diff = NoticeComparison.compare(before, after);
		ChangeEntryDraft draft = ChangeEntryDraft.of(diff, before, after);
		assertEquals(List.of("Selosteessa ei enää mainita seuraavaa: oikeus tietojen poistamiseen "
				+ "(EU:n tietosuoja-asetuksen 17 artikla)."), draft.sentences(Language.FI), diff::toString);
		assertEquals(1, draft.sentences(Language.EN).size(), draft.sentences(Language.EN)::toString);
		assertTrue(draft.sentences(Language.EN).get(0).contains("erasure"), draft.sentences(Language.EN)::toString);
		assertFalse(draft.sentences(Language.EN).get(0).contains("Customer register"));
	}

	@Test
	void editorialChangesGiveNoEntryAndNoNotification() {
		Notice before = notice(NoticeEdit.base(), "before");
		Notice after = notice(NoticeEdit.base().replace("\"Kerromme, miten", "\"Kerromme tässä, miten"), "after");
		NoticeDiff diff = NoticeComparison.compare(before, after);
		assertFalse(diff.isEmpty(), "the rewording is a change");
		ChangeEntryDraft draft = ChangeEntryDraft.of(diff, before, after);
		assertTrue(draft.isEmpty());
		assertTrue(ChangeNotification.draft(before, after, draft).isEmpty());
	}

	@Test
	void aLaterVersionRecordsItsChangeByANewEntryOrALaterDateOfUpdate() {
		NoticeEdit base = NoticeEdit.base();
		Notice earlier = notice(base, "earlier");
		assertFalse(ChangeLog.recordsChangeSince(earlier, notice(base, "same")));
		assertTrue(ChangeLog.recordsChangeSince(earlier,
				notice(base.replace("päivitetty 2025-06-01", "päivitetty 2025-06-02"), "updated")));
		assertFalse(ChangeLog.recordsChangeSince(earlier,
				notice(base.replace("päivitetty 2025-06-01", "päivitetty 2025-05-02"), "earlierUpdate")));
		assertTrue(ChangeLog.recordsChangeSince(earlier,
				notice(base.insertAfter("muutos 2025-06-01", "muutos 2025-08-01 \"Uusi.\""), "entry")));
		assertFalse(ChangeLog.recordsChangeSince(earlier,
				notice(base.insertAfter("muutos 2025-06-01", "muutos 2025-06-01 \"Samana päivänä.\""), "sameDay")));
		// an earlier version that dates nothing: any entry it lacks is new
		NoticeEdit undated = base.removeLine("päivitetty 2025-06-01").removeLine("muutos 2025-06-01");
		assertFalse(ChangeLog.recordsChangeSince(notice(undated, "undated"), notice(undated, "undated2")));
		assertTrue(ChangeLog.recordsChangeSince(notice(undated, "undated"),
				notice(undated.insertAfter("versio \"1.1\"", "muutos 2025-01-20 \"Ensimmäinen.\""), "firstEntry")));
	}
}
