package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Inject;

import fi.seloste.generator.DpvFormat;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.OutputFile;
import fi.seloste.model.Selostes;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Purpose;
import fi.seloste.tests.Golden;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * DPV JSON-LD of every clean example: equal to its golden file {@code fixtures/generator/NAME.dpv.jsonld},
 * valid JSON with the {@code dpv:} and {@code eu-gdpr:} prefixes, one {@code dpv:Process} per purpose
 * with its legal bases as eu-gdpr IRIs and a {@code dpv:DataController} (no network, no RDF library).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class DpvFormatTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private DpvFormat format;

	@Inject
	private NoticeFormats formats;

	private Stream<DynamicTest> perNotice(String what, java.util.function.Consumer<Notice> test) {
		List<Notice> notices = GeneratedExamples.notices(models);
		assertFalse(notices.isEmpty(), "no clean example notices found");
		return notices.stream().map(n -> DynamicTest.dynamicTest(what + " " + n.getName(), () -> test.accept(n)));
	}

	private OutputFile render(Notice notice) {
		List<OutputFile> files = format.render(notice, GeneratedExamples.languagesOf(notice));
		assertEquals(1, files.size());
		return files.get(0);
	}

	@Test
	void isListedAsDpv() {
		assertEquals(DpvFormat.class, formats.byId("dpv").orElseThrow().getClass());
		assertEquals(List.of("html", "md", "pdf", "ropa", "json", "tilt", "dpv"),
				formats.all().stream().map(f -> f.id()).toList());
	}

	@TestFactory
	Stream<DynamicTest> equalsTheGoldenFile() {
		return perNotice("golden", notice -> {
			OutputFile file = render(notice);
			assertEquals(notice.getName() + ".dpv.jsonld", file.name());
			String actual = GeneratedExamples.utf8(file.content());
			Golden.assertMatches(GeneratedExamples.golden(file.name()), actual);
		});
	}

	@TestFactory
	Stream<DynamicTest> isDeterministic() {
		return perNotice("twice", notice -> assertArrayEquals(render(notice).content(), render(notice).content()));
	}

	@TestFactory
	Stream<DynamicTest> hasOneProcessPerPurposeWithEuGdprBases() {
		return perNotice("processes", notice -> {
			JsonNode doc = JsonSchemas.parse(GeneratedExamples.utf8(render(notice).content()));
			JsonNode context = doc.get("@context");
			assertEquals("https://w3id.org/dpv#", context.get("dpv").asText());
			assertEquals("https://w3id.org/dpv/legal/eu/gdpr#", context.get("eu-gdpr").asText());

			Set<String> controllers = new HashSet<>();
			List<JsonNode> processes = new ArrayList<>();
			for (JsonNode node : doc.get("@graph")) {
				String type = node.get("@type").asText();
				if (type.equals("dpv:DataController")) {
					controllers.add(node.get("@id").asText());
				} else if (type.equals("dpv:Process")) {
					processes.add(node);
				}
			}
			assertFalse(controllers.isEmpty(), "no dpv:DataController");

			List<Purpose> purposes = Selostes.registers(notice).stream().flatMap(r -> Selostes.purposes(r).stream()).toList();
			assertEquals(purposes.size(), processes.size(), "one dpv:Process per purpose");
			for (int i = 0; i < purposes.size(); i++) {
				Purpose purpose = purposes.get(i);
				JsonNode process = processes.get(i);
				assertTrue(process.get("@id").asText().endsWith("." + purpose.getName()), process.get("@id").asText());
				assertEquals("dpv:Purpose", process.get("dpv:hasPurpose").get("@type").asText());
				List<String> bases = new ArrayList<>();
				process.get("dpv:hasLegalBasis").forEach(b -> bases.add(b.get("@id").asText()));
				List<String> expected = Selostes.members(purpose.getMembers(), LegalBasis.class).stream()
						.map(b -> "eu-gdpr:A6-1-" + "abcdef".charAt(b.getKind().ordinal())).distinct().toList();
				assertEquals(expected, bases.stream().filter(b -> b.startsWith("eu-gdpr:A6-1-")).toList());
				assertTrue(bases.stream().allMatch(b -> b.matches("eu-gdpr:A(6-1|9-2)-[a-j]")), bases.toString());
				assertTrue(process.get("dpv:hasPersonalData").size() > 0, "personal data of " + purpose.getName());
				process.get("dpv:hasDataController").forEach(c -> assertTrue(controllers.contains(c.get("@id").asText())));
				process.get("dpv:hasStorageCondition").forEach(s -> {
					if (s.get("@type").asText().equals("dpv:StorageDuration")) {
						assertTrue(s.get("rdf:value").get("@value").asText().matches("P[0-9]+[DWMY]"));
						assertEquals("xsd:duration", s.get("rdf:value").get("@type").asText());
					}
				});
			}
		});
	}
}
