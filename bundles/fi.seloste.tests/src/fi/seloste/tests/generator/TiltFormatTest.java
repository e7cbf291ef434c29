package fi.seloste.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Inject;

import fi.seloste.generator.Json;
import fi.seloste.generator.NoticeFormats;
import fi.seloste.generator.OutputFile;
import fi.seloste.generator.TiltFormat;
import fi.seloste.model.Selostes;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.PersonRole;
import fi.seloste.tests.Golden;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * TILT of every clean example: equal to its golden file {@code fixtures/generator/NAME.tilt.json},
 * valid against the official TILT schema, the same bytes every time, {@code meta} from the notice (not
 * the clock) and {@code meta._hash} the SHA-256 of the canonical content.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SelosteInjectorProvider.class)
class TiltFormatTest {

	@Inject
	private SelosteTestModels models;

	@Inject
	private TiltFormat format;

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

	private JsonNode json(Notice notice) {
		return JsonSchemas.parse(GeneratedExamples.utf8(render(notice).content()));
	}

	@Test
	void isListedAsTilt() {
		assertEquals(TiltFormat.class, formats.byId("tilt").orElseThrow().getClass());
	}

	@TestFactory
	Stream<DynamicTest> equalsTheGoldenFile() {
		return perNotice("golden", notice -> {
			OutputFile file = render(notice);
			assertEquals(notice.getName() + ".tilt.json", file.name());
			String actual = GeneratedExamples.utf8(file.content());
			Golden.assertMatches(GeneratedExamples.golden(file.name()), actual);
		});
	}

	@TestFactory
	Stream<DynamicTest> isValidAgainstTheOfficialTiltSchema() {
		var schema = JsonSchemas.tilt();
		return perNotice("schema", notice -> assertEquals(List.of(), JsonSchemas.errors(schema, json(notice))));
	}

	@TestFactory
	Stream<DynamicTest> isDeterministic() {
		return perNotice("twice", notice -> {
			byte[] first = render(notice).content();
			assertArrayEquals(first, render(notice).content());
			Notice again = GeneratedExamples.notices(models).stream().filter(n -> n.getName().equals(notice.getName()))
					.findFirst().orElseThrow();
			assertArrayEquals(first, render(again).content());
		});
	}

	@TestFactory
	Stream<DynamicTest> metaComesFromTheNotice() {
		return perNotice("meta", notice -> {
			JsonNode meta = json(notice).get("meta");
			String updated = Selostes.members(notice.getMembers(), DateEntry.class).stream()
					.filter(d -> d.getKind() == DateKind.UPDATED).findFirst().map(d -> d.getDate().replaceAll("\\s", ""))
					.orElseThrow();
			assertEquals(updated, meta.get("modified").asText());
			assertEquals(GeneratedExamples.languagesOf(notice).get(0).getLiteral(), meta.get("language").asText());
			assertEquals(notice.getName(), meta.get("_id").asText());
		});
	}

	/** The DPO and the representative are the notice's own persons of that role, or the empty form and a loss. */
	@TestFactory
	Stream<DynamicTest> noDpoOrRepresentativeIsInvented() {
		return perNotice("persons", notice -> {
			OutputFile file = render(notice);
			JsonNode document = json(notice);
			for (var role : List.of(PersonRole.DPO, PersonRole.REPRESENTATIVE)) {
				JsonNode object = role == PersonRole.DPO ? document.get("dataProtectionOfficer")
						: document.get("controller").get("representative");
				String loss = role == PersonRole.DPO ? "dataProtectionOfficer (" : "controller.representative (";
				Optional<Person> person = Selostes.members(notice.getMembers(), Person.class).stream()
						.filter(p -> p.getRole() == role).findFirst();
				if (person.isPresent()) {
					assertEquals(Selostes.detail(person.get().getDetails(), DetailKind.EMAIL).orElse(""), object.get("email").asText());
					assertFalse(file.losses().stream().anyMatch(l -> l.toString().startsWith(loss)));
				} else {
					assertEquals("", object.get("name").asText(), role + " of " + notice.getName());
					assertEquals("\"\"@invalid", object.get("email").asText(), role + " of " + notice.getName());
					assertTrue(file.losses().stream().anyMatch(l -> l.toString().startsWith(loss)), file.losses()::toString);
				}
			}
		});
	}

	/** A bare ISO 8601 ttl cannot say from when it runs: every storage entry also says its period in words. */
	@TestFactory
	Stream<DynamicTest> everyStorageEntrySaysItsPeriodInWords() {
		return perNotice("storage", notice -> {
			for (JsonNode category : json(notice).get("dataDisclosed")) {
				for (JsonNode entry : category.get("storage")) {
					JsonNode temporal = entry.get("temporal");
					String description = temporal.isEmpty() ? entry.path("description").asText()
							: temporal.get(0).get("description").asText();
					assertFalse(description.isBlank(), category.get("_id") + ": " + entry);
				}
			}
		});
	}

	/** Consent is freely given: data used only on consent is never marked obligatory to provide. */
	@TestFactory
	Stream<DynamicTest> dataUsedOnlyOnConsentIsNeverObligatory() {
		return perNotice("consent", notice -> {
			for (JsonNode category : json(notice).get("dataDisclosed")) {
				List<String> bases = new ArrayList<>();
				category.get("legalBases").forEach(b -> bases.add(b.get("reference").asText()));
				if (!bases.isEmpty() && bases.stream().allMatch(b -> b.equals("GDPR-6-1-a"))) {
					assertFalse(category.get("nonDisclosure").get("obligationToProvide").asBoolean(), category.get("_id")::asText);
				}
			}
		});
	}

	/** The hash, recomputed independently: Jackson's tree, keys sorted, no whitespace. */
	@TestFactory
	Stream<DynamicTest> hashIsTheSha256OfTheCanonicalContent() {
		return perNotice("hash", notice -> {
			JsonNode document = json(notice);
			String hash = document.get("meta").get("_hash").asText();
			assertTrue(hash.matches("[0-9a-f]{64}"), hash);
			((ObjectNode) document.get("meta")).remove("_hash");
			assertEquals(TiltFormat.sha256(canonical(document)), hash);
		});
	}

	@Test
	void canonicalFormSortsKeysDropsTheHashAndHasNoWhitespace() {
		Map<String, Object> meta = Json.object();
		meta.put("name", "a b");
		meta.put("_hash", "x");
		Map<String, Object> doc = Json.object();
		doc.put("z", List.of(2, 1));
		doc.put("meta", meta);
		assertEquals("{\"meta\":{\"name\":\"a b\"},\"z\":[2,1]}", TiltFormat.canonical(doc));
		assertEquals("x", meta.get("_hash"), "the document itself is not changed");
		assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TiltFormat.sha256(""));
	}

	private static String canonical(JsonNode node) {
		try {
			if (node.isObject()) {
				List<String> names = new ArrayList<>();
				for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
					names.add(it.next());
				}
				names.sort(null);
				StringBuilder out = new StringBuilder("{");
				for (String name : names) {
					if (out.length() > 1) {
						out.append(',');
					}
					out.append(JsonSchemas.MAPPER.writeValueAsString(name)).append(':').append(canonical(node.get(name)));
				}
				return out.append('}').toString();
			}
			if (node.isArray()) {
				StringBuilder out = new StringBuilder("[");
				for (int i = 0; i < node.size(); i++) {
					if (i > 0) {
						out.append(',');
					}
					out.append(canonical(node.get(i)));
				}
				return out.append(']').toString();
			}
			return JsonSchemas.MAPPER.writeValueAsString(node);
		} catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
