package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fi.seloste.seloste.Controller;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.seloste.Use;

/** Names resolve within a notice and across files, through imports or qualified names. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class LinkingTest {

	private static final String ORGANISATION = """
			organisaatio Kuura {
				rekisterinpitäjä KuuraOy {
					nimi "Kuura Oy"
				}
				käsittelijä Hosting "palvelintoimittaja"
			}
			""";

	@Inject
	private SelosteTestModels models;

	@Test
	void declarationsOfAnotherFileResolveThroughAnImport() {
		XtextResourceSet set = models.newResourceSet();
		XtextResource organisation = models.add(set, "memory:/org.seloste", ORGANISATION);
		XtextResource notice = models.parse(set, "memory:/notice.seloste", """
				tuo Kuura.*
				seloste Asiakkaat {
					käytä KuuraOy
					rekisteri Asiakasrekisteri "asiakasrekisteri" {
						käytä Hosting
					}
				}
				""");
		assertTrue(notice.getErrors().isEmpty(), () -> notice.getErrors().toString());
		List<Use> uses = allUses(notice);
		assertEquals(2, uses.size());
		assertSame(organisation, uses.get(0).getElement().eResource());
		assertTrue(uses.get(0).getElement() instanceof Controller);
		assertTrue(uses.get(1).getElement() instanceof Party);
	}

	@Test
	void qualifiedNamesResolveWithoutAnImport() {
		XtextResourceSet set = models.newResourceSet();
		models.add(set, "memory:/org.seloste", ORGANISATION);
		XtextResource notice = models.parse(set, "memory:/notice.seloste", """
				notice Customers {
					use Kuura.KuuraOy
				}
				""");
		assertTrue(notice.getErrors().isEmpty(), () -> notice.getErrors().toString());
		assertFalse(allUses(notice).get(0).getElement().eIsProxy());
	}

	@Test
	void purposeRefersToCategoriesOfItsRegisterBySimpleName() {
		XtextResource notice = models.parse("""
				seloste S {
					rekisteri R "rekisteri" {
						tietoryhmä Yhteystiedot "yhteystiedot"
						tarkoitus Asiakassuhde "asiakassuhteen hoito" {
							tiedot Yhteystiedot
						}
					}
				}
				""");
		assertTrue(notice.getErrors().isEmpty(), () -> notice.getErrors().toString());
		Register register = (Register) ((Notice) ((SelosteFile) notice.getContents().get(0)).getElements().get(0))
				.getMembers().get(0);
		Purpose purpose = (Purpose) register.getMembers().get(1);
		DataRefs refs = (DataRefs) purpose.getMembers().get(0);
		assertSame(register.getMembers().get(0), refs.getCategories().get(0));
	}

	@Test
	void declarationOfAFileNotLoadedDoesNotResolve() {
		XtextResource notice = models.parse("""
				tuo Kuura.*
				seloste Asiakkaat {
					käytä KuuraOy
				}
				""");
		assertEquals(1, notice.getErrors().size());
		assertTrue(notice.getErrors().get(0).getMessage().contains("KuuraOy"), notice.getErrors().get(0).getMessage());
		assertEquals(3, notice.getErrors().get(0).getLine());
	}

	private static final String TWO_ORGANISATIONS = """
			organisaatio Kuura {
				tietoryhmä Yhteystiedot "nimi ja sähköpostiosoite"
			}
			organisaatio Muu {
				tietoryhmä Asiakastiedot "toisen yhtiön asiakastiedot"
				käsittelijä Palvelu "toisen yhtiön palveluntarjoaja"
			}
			""";

	private static final String OTHER_NOTICE = """
			seloste Toinen {
				rekisteri R "toisen selosteen rekisteri" {
					tietoryhmä Salaiset "toisen selosteen tiedot"
					rekisteröidyt Jasenet "toisen selosteen jäsenet"
				}
			}
			""";

	/** Issue 10, item 4: a purpose could list another notice's data categories; they were published with it. */
	@Test
	void anotherNoticesDeclarationsDoNotResolve() {
		XtextResourceSet set = models.newResourceSet();
		models.add(set, "memory:/toinen.seloste", OTHER_NOTICE);
		XtextResource notice = models.parse(set, "memory:/notice.seloste", """
				seloste Oma {
					rekisteri R "rekisteri" {
						tarkoitus P "tarkoitus" {
							tiedot Toinen.R.Salaiset
							koskee Toinen.R.Jasenet
						}
					}
				}
				""");
		assertEquals(List.of(
				"4 fi.seloste.unresolvedReference Tietoryhmää 'Toinen.R.Salaiset' ei löydy tästä selosteesta eikä sen tuomista tiedostoista.",
				"5 fi.seloste.unresolvedReference Rekisteröityjen ryhmää 'Toinen.R.Jasenet' ei löydy tästä selosteesta eikä sen tuomista tiedostoista."),
				errors(notice));
	}

	@Test
	void anotherNoticeInTheSameFileIsNotVisibleEither() {
		XtextResource notice = models.parse(OTHER_NOTICE + """
				seloste Oma {
					rekisteri R "rekisteri" {
						tarkoitus P "tarkoitus" {
							tiedot Toinen.R.Salaiset
						}
					}
				}
				""");
		assertEquals(List.of(
				"10 fi.seloste.unresolvedReference Tietoryhmää 'Toinen.R.Salaiset' ei löydy tästä selosteesta eikä sen tuomista tiedostoista."),
				errors(notice));
	}

	/** Issue 10, item 4: only the organisations a notice imports or uses are visible, not every organisation. */
	@Test
	void onlyImportedOrUsedOrganisationsAreVisible() {
		XtextResourceSet set = models.newResourceSet();
		models.add(set, "memory:/org.seloste", TWO_ORGANISATIONS);
		XtextResource imported = models.parse(set, "memory:/imported.seloste", """
				tuo Kuura.*
				seloste Oma {
					rekisteri R "rekisteri" {
						tarkoitus P "tarkoitus" {
							tiedot Yhteystiedot, Kuura.Yhteystiedot, Muu.Asiakastiedot
						}
					}
				}
				""");
		assertEquals(List.of(
				"5 fi.seloste.unresolvedReference Tietoryhmää 'Muu.Asiakastiedot' ei löydy tästä selosteesta eikä sen tuomista tiedostoista."),
				errors(imported));
		XtextResource used = models.parse(set, "memory:/used.seloste", """
				seloste Oma2 {
					rekisteri R "rekisteri" {
						käytä Muu.Palvelu
						tarkoitus P "tarkoitus" {
							tiedot Muu.Asiakastiedot
						}
					}
				}
				""");
		assertEquals(List.of(), errors(used));
	}

	/** Issue 10, item 4: käytä brings in any organisation's declaration, but never another notice's. */
	@Test
	void useNamesAnOrganisationsDeclarationButNotAnotherNotices() {
		XtextResourceSet set = models.newResourceSet();
		models.add(set, "memory:/org.seloste", TWO_ORGANISATIONS);
		models.add(set, "memory:/toinen.seloste", OTHER_NOTICE);
		XtextResource notice = models.parse(set, "memory:/notice.seloste", """
				seloste Oma {
					rekisteri R "rekisteri" {
						käytä Muu.Asiakastiedot
						käytä Toinen.R.Salaiset
					}
				}
				""");
		assertEquals(List.of(
				"4 fi.seloste.unresolvedReference Käytettävää määrittelyä 'Toinen.R.Salaiset' ei löydy tästä selosteesta eikä yhdestäkään organisaatiosta."),
				errors(notice));
	}

	private static List<String> errors(XtextResource resource) {
		return resource.getErrors().stream().map(e -> e.getLine() + " "
				+ ((org.eclipse.xtext.diagnostics.AbstractDiagnostic) e).getCode() + " " + e.getMessage()).toList();
	}

	private static List<Use> allUses(XtextResource resource) {
		return org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Use.class);
	}
}
