package fi.seloste.tests.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.ide.navigation.References;
import fi.seloste.ide.navigation.References.Occurrence;
import fi.seloste.ide.refactoring.DeclarationRename;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.SelostePackage;
import fi.seloste.seloste.Use;
import fi.seloste.tests.SelosteIdeInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * The navigation services of fi.seloste.ide that the Eclipse editor (Find References, mark occurrences,
 * Rename) and the language server share: the declaration at a place, its occurrences across files, and
 * the edits of a rename with the new name checked.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteIdeInjectorProvider.class)
class NavigationServicesTest {

	private static final String ORGANISATION = """
			organisaatio Kuura {
				rekisterinpitäjä KuuraOy {
					nimi "Kuura Oy"
				}
				// Hosting: the provider of the servers
				käsittelijä Hosting "palvelintoimittaja Hosting"
			}
			""";

	private static final String NOTICE = """
			tuo Kuura.*
			seloste Asiakkaat {
				käytä KuuraOy
				rekisteri Asiakasrekisteri "asiakasrekisteri" {
					käytä Hosting
					tietoryhmä Yhteystiedot "yhteystiedot"
					tarkoitus Asiakassuhde "asiakassuhteen hoito" {
						tiedot Yhteystiedot
					}
				}
			}
			""";

	private static final String OTHER_NOTICE = """
			seloste Rekrytointi {
				käytä Kuura.KuuraOy
				rekisteri Hakijat "hakijat" {
					käytä Kuura.Hosting
				}
			}
			""";

	@Inject
	private SelosteTestModels models;

	@Inject
	private References references;

	@Inject
	private DeclarationRename rename;

	private XtextResource organisation;
	private XtextResource notice;
	private XtextResource otherNotice;

	private void load() {
		XtextResourceSet set = models.newResourceSet();
		organisation = models.add(set, "memory:/organisation.seloste", ORGANISATION);
		notice = models.add(set, "memory:/notice.seloste", NOTICE);
		otherNotice = models.add(set, "memory:/other.seloste", OTHER_NOTICE);
		EcoreUtil.resolveAll(set);
		for (XtextResource resource : List.of(organisation, notice, otherNotice)) {
			assertTrue(resource.getErrors().isEmpty(), () -> resource.getURI() + ": " + resource.getErrors());
		}
	}

	@Test
	void theDeclarationIsFoundAtItsNameAndAtEachReferenceButNotInStringsOrComments() {
		load();
		EObject hosting = references.declarationAt(organisation, ORGANISATION.indexOf("Hosting \"") + 2);
		assertTrue(hosting instanceof Party, String.valueOf(hosting));
		assertSame(hosting, references.declarationAt(notice, NOTICE.indexOf("käytä Hosting") + "käytä Ho".length()));
		assertSame(hosting, references.declarationAt(otherNotice, OTHER_NOTICE.indexOf("Kuura.Hosting") + 2));
		// the caret just after the name counts
		assertSame(hosting, references.declarationAt(notice, NOTICE.indexOf("käytä Hosting") + "käytä Hosting".length()));
		assertNull(references.declarationAt(organisation, ORGANISATION.indexOf("// Hosting") + 4), "in a comment");
		assertNull(references.declarationAt(organisation, ORGANISATION.indexOf("palvelintoimittaja Hosting") + 21),
				"in a string");
		assertNull(references.declarationAt(notice, NOTICE.indexOf("rekisteri Asiakas") + 2), "in a keyword");
	}

	@Test
	void occurrencesAreTheDeclarationAndEveryResolvedReferenceFileByFile() {
		load();
		EObject hosting = references.declarationAt(organisation, ORGANISATION.indexOf("Hosting \""));
		List<Occurrence> all = references.occurrences(hosting, List.of(organisation, notice, otherNotice));
		assertEquals(List.of(
				"organisation.seloste Hosting (declaration)",
				"notice.seloste Hosting",
				"other.seloste Kuura.Hosting"), describe(all));
		assertEquals(2, references.references(hosting, List.of(organisation, notice, otherNotice)).size());
		// in one file (mark occurrences): only what is written there
		assertEquals(List.of("notice.seloste Hosting"), describe(references.occurrences(hosting, List.of(notice))));
	}

	@Test
	void anUnsetReferenceIsNoOccurrenceOfTheElementThatHoldsIt() {
		load();
		Use use = EcoreUtil2.getAllContentsOfType(notice.getContents().get(0), Use.class).stream()
				.filter(u -> u.getElement() instanceof Party).findFirst().orElseThrow();
		use.eUnset(SelostePackage.Literals.USE__ELEMENT);
		// the name is still written in the text, but it names nothing: not the element itself either
		assertEquals(List.of(), references.occurrences(use, List.of(notice)));
	}

	@Test
	void renameChangesTheDeclarationAndEachReferenceInTheFormItWasWritten() {
		load();
		EObject hosting = references.declarationAt(organisation, ORGANISATION.indexOf("Hosting \""));
		DeclarationRename.Result result = rename.rename(hosting, "Palvelimet", Locale.ENGLISH);
		assertNull(result.problem());
		assertEquals(ORGANISATION.replace("käsittelijä Hosting", "käsittelijä Palvelimet"),
				apply(ORGANISATION, result.edits().get(URI.createURI("memory:/organisation.seloste"))));
		assertEquals(NOTICE.replace("käytä Hosting", "käytä Palvelimet"),
				apply(NOTICE, result.edits().get(URI.createURI("memory:/notice.seloste"))));
		assertEquals(OTHER_NOTICE.replace("Kuura.Hosting", "Kuura.Palvelimet"),
				apply(OTHER_NOTICE, result.edits().get(URI.createURI("memory:/other.seloste"))));
	}

	@Test
	void renameRefusesWhatIsNotANameAKeywordOrATakenNameInTheUsersLanguage() {
		load();
		EObject hosting = references.declarationAt(organisation, ORGANISATION.indexOf("Hosting \""));
		assertEquals("'ei kelpaa!' ei kelpaa nimeksi: käytä kirjaimia a–z, ä, ö, å (myös isoja), numeroita ja alaviivaa, äläkä aloita numerolla.",
				rename.rename(hosting, "ei kelpaa!", Locale.of("fi")).problem());
		load();
		hosting = references.declarationAt(organisation, ORGANISATION.indexOf("Hosting \""));
		assertEquals("'2Hosting' is not a name: use the letters a–z, ä, ö, å (capitals too), digits and _, and do not begin with a digit.",
				rename.rename(hosting, "2Hosting", Locale.ENGLISH).problem());
		assertEquals("'tarkoitus' is a keyword of the language and cannot be a name.",
				rename.rename(hosting, "tarkoitus", Locale.ENGLISH).problem());
		assertEquals("'purpose' on kielen avainsana eikä voi olla nimi.",
				rename.rename(hosting, "purpose", Locale.of("fi")).problem());
		assertEquals("There is already a declaration named Kuura.KuuraOy.",
				rename.rename(hosting, "KuuraOy", Locale.ENGLISH).problem());
		DeclarationRename.Result refused = rename.rename(hosting, "KuuraOy", Locale.ENGLISH);
		assertTrue(refused.isRefused());
		assertTrue(refused.edits().isEmpty());
		assertNotNull(rename.rename(hosting, "", Locale.ENGLISH).problem());
	}

	@Test
	void renamingTheOrganisationRenamesItsImportsAndQualifiedReferencesAndKeepsSimpleOnes() {
		load();
		EObject kuura = references.declarationAt(organisation, ORGANISATION.indexOf("Kuura {") + 1);
		DeclarationRename.Result result = rename.rename(kuura, "Kuura2", Locale.ENGLISH);
		assertNull(result.problem());
		assertEquals(ORGANISATION.replace("organisaatio Kuura {", "organisaatio Kuura2 {"),
				apply(ORGANISATION, result.edits().get(URI.createURI("memory:/organisation.seloste"))));
		assertEquals(NOTICE.replace("tuo Kuura.*", "tuo Kuura2.*"),
				apply(NOTICE, result.edits().get(URI.createURI("memory:/notice.seloste"))));
		assertEquals(OTHER_NOTICE.replace("Kuura.", "Kuura2."),
				apply(OTHER_NOTICE, result.edits().get(URI.createURI("memory:/other.seloste"))));
	}

	private static List<String> describe(List<Occurrence> occurrences) {
		List<String> result = new ArrayList<>();
		for (Occurrence occurrence : occurrences) {
			String text = switch (occurrence.file().lastSegment()) {
			case "organisation.seloste" -> ORGANISATION;
			case "notice.seloste" -> NOTICE;
			default -> OTHER_NOTICE;
			};
			result.add(occurrence.file().lastSegment() + " "
					+ text.substring(occurrence.region().getOffset(), occurrence.region().getOffset() + occurrence.region().getLength())
					+ (occurrence.declaration() ? " (declaration)" : ""));
		}
		return result;
	}

	private static String apply(String text, List<DeclarationRename.Edit> edits) {
		assertNotNull(edits, "edits of the file");
		StringBuilder result = new StringBuilder(text);
		List<DeclarationRename.Edit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(DeclarationRename.Edit::offset).reversed());
		for (DeclarationRename.Edit edit : sorted) {
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return result.toString();
	}

}
