package fi.seloste.tests.generator.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.Person;

/**
 * TILT: a data category has storage entries iff a purpose that uses it (its own {@code tiedot}, or all
 * of the register's categories when it names none) has a retention; the data protection officer is
 * one the notice names, never invented; transfers are listed iff the notice has some.
 */
public final class TiltAgreement implements AgreementCheck {

	static final String STORAGE = "tilt.storage";
	static final String DPO = "tilt.dpo";
	static final String TRANSFERS = "tilt.transfers";

	@Override
	public Map<String, String> properties() {
		Map<String, String> p = new LinkedHashMap<>();
		p.put(STORAGE, "a dataDisclosed entry has storage iff a purpose that uses its category has retention");
		p.put(DPO, "dataProtectionOfficer.name is the name of a DPO the notice names, and empty when it names none");
		p.put(TRANSFERS, "thirdCountryTransfers is non-empty iff the notice has transfers");
		return p;
	}

	@Override
	public void check(Sample sample, Findings findings) {
		JsonNode document = JsonWalk.parse(sample.text("tilt", ".tilt.json"));
		Language language = Language.get(document.path("meta").path("language").asText(sample.languages().get(0).getLiteral()));
		List<JsonNode> disclosed = JsonWalk.elements(document.path("dataDisclosed"));
		for (ResolvedRegister register : sample.resolved().registers()) {
			for (DataCategory category : Selostes.categories(register.register())) {
				findings.checked(STORAGE, sample);
				String label = Facts.text(category.getLabel(), language);
				JsonNode entry = disclosed.stream().filter(d -> label.equals(d.path("category").asText())).findFirst()
						.orElse(null);
				List<ResolvedPurpose> using = register.purposes().stream()
						.filter(p -> p.categories().stream().anyMatch(c -> c.value() == category)).toList();
				boolean expected = using.stream().anyMatch(p -> !p.retention().isEmpty());
				if (entry == null) {
					findings.violated(STORAGE, sample, "no dataDisclosed entry for category \"" + label + "\"");
					continue;
				}
				boolean stated = !JsonWalk.elements(entry.get("storage")).isEmpty();
				if (stated != expected) {
					findings.violated(STORAGE, sample, category.getName() + " \"" + label + "\": storage "
							+ (stated ? "present" : "absent") + ", used by "
							+ using.stream().map(p -> p.purpose().getName() + p.retention().stream()
									.map(f -> f.origin().name()).toList()).toList());
				}
			}
		}
		dpo(sample, findings, document.path("dataProtectionOfficer").path("name").asText(""));
		findings.checked(TRANSFERS, sample);
		boolean stated = !JsonWalk.elements(document.path("thirdCountryTransfers")).isEmpty();
		boolean expected = sample.resolved().registers().stream().anyMatch(r -> r.transfers().isStated());
		if (stated != expected) {
			findings.violated(TRANSFERS, sample, "thirdCountryTransfers " + (stated ? "present" : "empty")
					+ ", resolved transfers " + expected);
		}
	}

	private void dpo(Sample sample, Findings findings, String name) {
		findings.checked(DPO, sample);
		List<Person> officers = sample.resolved().dataProtectionOfficers().items();
		List<String> names = officers.stream().flatMap(p -> Selostes.details(p.getDetails(), DetailKind.NAME).stream())
				.flatMap(d -> Texts.allValues(d.getValue()).stream()).toList();
		boolean ok = officers.isEmpty() ? name.isEmpty() : names.contains(name);
		if (!ok) {
			findings.violated(DPO, sample, "dataProtectionOfficer.name \"" + name + "\", resolved "
					+ sample.resolved().dataProtectionOfficers().kind() + " " + names);
		}
	}
}
