package fi.seloste.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Build smoke test: the generated parser (from Seloste.xtext, via MWE2) loads in OSGi and parses a
 * tiny notice, Finnish keywords with ä/ö included, without syntax errors.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
public class SelosteSmokeTest {

	@Inject
	private ParseHelper<EObject> parseHelper;

	@Test
	public void parsesATinyNotice() throws Exception {
		EObject model = parseHelper.parse("""
				seloste Esimerkki {
					otsikko "Tietosuojaseloste"
					rekisterinpitäjä Yritys {
						nimi "Esimerkki Oy"
						sähköposti "tietosuoja@example.fi"
					}
				}
				""");
		assertNotNull(model, "the parser returned no model");
		assertTrue(model.eResource().getErrors().isEmpty(),
				() -> "unexpected syntax errors: " + model.eResource().getErrors());
	}
}
