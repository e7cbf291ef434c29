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

	private static List<Use> allUses(XtextResource resource) {
		return org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Use.class);
	}
}
