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

import org.eclipse.xtext.resource.XtextResource;
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
import fi.seloste.seloste.Register;
import fi.seloste.seloste.SelosteFile;
import fi.seloste.tests.Golden;
import fi.seloste.tests.SelosteInjectorProvider;
import fi.seloste.tests.SelosteTestModels;

/**
 * DPV JSON-LD of every clean example: equal to its golden file {@code fixtures/generator/NAME.dpv.jsonld},
 * valid JSON with the {@code dpv:} and {@code eu-gdpr:} prefixes, one {@code dpv:Process} per register
 * whose parts are one {@code dpv:Process} per purpose with its legal bases as eu-gdpr IRIs and a
 * {@code dpv:DataController} (no network, no RDF library). A probe notice ({@link #PROBE}) holds what the
 * examples do not: retention stated for a register, a data category and the notice, a register's basis,
 * an unnamed transfer with a derogation to a provider whose country is only inferred, a public task.
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
	Stream<DynamicTest> hasOneRegisterProcessWithItsPurposesAsParts() {
		return perNotice("registers", notice -> {
			JsonNode doc = JsonSchemas.parse(GeneratedExamples.utf8(render(notice).content()));
			assertEquals("http://purl.org/dc/terms/", doc.get("@context").get("dct").asText());
			for (Register register : Selostes.registers(notice)) {
				JsonNode node = node(doc, "urn:seloste:" + notice.getName() + ":register:" + register.getName());
				assertEquals("dpv:Process", node.get("@type").asText());
				List<String> parts = ids(node.get("dct:hasPart"));
				List<String> expected = Selostes.purposes(register).stream()
						.map(p -> "urn:seloste:" + notice.getName() + ":process:" + register.getName() + "." + p.getName()).toList();
				assertEquals(expected, parts.subList(0, expected.size()));
			}
		});
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
				} else if (type.equals("dpv:Process") && node.has("dpv:hasPurpose")) {
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
				assertTrue(process.get("dpv:hasStorageCondition").size() > 0, "storage of " + purpose.getName());
				process.get("dpv:hasStorageCondition").forEach(s -> {
					if (s.get("@type").asText().equals("dpv:StorageDuration")) {
						JsonNode duration = s.get("dpv:hasDuration");
						if (duration.get("@type").asText().equals("dpv:TemporalDuration")) {
							assertTrue(duration.get("rdf:value").get("@value").asText().matches("P[0-9]+[DWMY]"));
							assertEquals("xsd:duration", duration.get("rdf:value").get("@type").asText());
						} else {
							assertEquals("dpv:UntilEventDuration", duration.get("@type").asText());
						}
					}
				});
			}
		});
	}

	// ---------------------------------------------------------------- regressions on a probe notice

	/**
	 * A notice that states retention for a register, a data category and the notice as a whole, a
	 * register's single basis, recipients of a register as a whole and of one purpose, a named transfer
	 * with SCCs to a stated third country and an unnamed one with a derogation to a provider whose
	 * country is only inferred from its name.
	 */
	static final String PROBE = """
			notice Probe {
				title "Privacy notice"
				languages en
				updated 2026-04-23
				controller Cafe {
					name "Cafe Ltd"
					business-id "2701131-6"
					email "privacy@cafe.fi"
				}
				retention criteria "as long as the law requires"
				register Customers "customer register" {
					retention until end-of-customer-relationship
					data-subjects Buyers "buyers"
					data-category Contact "name and e-mail address"
					data-category Orders "orders" {
						retention 6 years from end-of-financial-year
					}
					purpose Ordering "handling orders" {
						basis contract
						concerns Buyers
						data Contact, Orders
					}
					purpose Newsletter "sending the newsletter" {
						basis consent
						concerns Buyers
						data Contact
						retention until end-of-contract + 6 months
					}
					purpose Service "a public service" {
						basis public-task "Act 123/2020"
						concerns Buyers
						data Contact
					}
					processor Hosting "hosting" {
						name "Hosting Oy"
						country "FI"
						data Contact, Orders
					}
					processor Mailer "newsletter service" {
						name "Mailer Inc."
						country "US"
						data Contact
						for-purposes Newsletter
					}
					recipient Courier "courier" {
						name "Courier Oy"
						country "FI"
						data Contact
						for-purposes Ordering
					}
					transfer MailerTransfer {
						recipient Mailer
						safeguard standard-contractual-clauses "Commission Implementing Decision (EU) 2021/914"
					}
				}
				register Staff "staff register" {
					basis legal-obligation "Accounting Act"
					data-category Payroll "payroll data"
					purpose Salaries "paying salaries" {
						data Payroll
					}
					processor Analytics "Google Analytics" {
						data Payroll
					}
					transfer {
						recipient Analytics
						safeguard art49-derogation "explicit consent"
					}
				}
			}
			""";

	/** A second controller of the notice (a group company) and a DPO from an external firm, for the probe. */
	static final String SECOND_CONTROLLER_AND_EXTERNAL_DPO = """
			controller Bakery {
				name "Bakery Ltd"
				business-id "3412801-0"
				email "privacy@bakery.fi"
			}
			data-protection-officer Dpo {
				name "Eva Example"
				position "data protection officer"
				organisation "Privacy Partners Oy"
				email "dpo@privacy-partners.fi"
			}
			""";

	private static final String URN = "urn:seloste:Probe:";

	private JsonNode probe() {
		return probe(PROBE);
	}

	private JsonNode probe(String text) {
		XtextResource resource = models.parse(text);
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		Notice notice = (Notice) ((SelosteFile) resource.getContents().get(0)).getElements().get(0);
		return JsonSchemas.parse(GeneratedExamples.utf8(render(notice).content()));
	}

	private static JsonNode node(JsonNode doc, String id) {
		for (JsonNode node : doc.get("@graph")) {
			if (node.get("@id").asText().equals(id)) {
				return node;
			}
		}
		throw new AssertionError("no node " + id);
	}

	private static List<String> ids(JsonNode array) {
		List<String> ids = new ArrayList<>();
		array.forEach(n -> ids.add(n.get("@id").asText()));
		return ids;
	}

	private static List<String> comments(JsonNode node) {
		List<String> comments = new ArrayList<>();
		if (node.has("rdfs:comment")) {
			node.get("rdfs:comment").forEach(c -> comments.add(c.isTextual() ? c.asText() : c.get("@value").asText()));
		}
		return comments;
	}

	/** The storage durations of a node as {@code TYPE VALUE} lines, and the origin comments. */
	private static List<String> storage(JsonNode node) {
		List<String> result = new ArrayList<>();
		for (JsonNode s : node.get("dpv:hasStorageCondition")) {
			JsonNode duration = s.get("dpv:hasDuration");
			String value = duration == null ? s.get("@type").asText()
					: duration.get("@type").asText() + " " + (duration.get("rdf:value").isTextual()
							? duration.get("rdf:value").asText() : duration.get("rdf:value").get("@value").asText());
			result.add(value + " | " + String.join(" | ", comments(s)));
		}
		return result;
	}

	@Test
	void theLawABasisRestsOnIsACommentOfItsProcesses() {
		JsonNode doc = probe(PROBE.replace("basis legal-obligation \"Accounting Act\"",
				"basis legal-obligation law \"Accounting Act (1336/1997)\""));
		List<String> expected = List.of("the Union or Member State law on which legal basis eu-gdpr:A6-1-c rests"
				+ " (Art 6(3) GDPR), as the notice names it:", "Accounting Act (1336/1997)");
		assertEquals(expected, comments(node(doc, URN + "register:Staff")));
		assertTrue(comments(node(doc, URN + "process:Staff.Salaries")).containsAll(expected),
				"the register's basis applies to the purpose, with its law");
		assertEquals(List.of("eu-gdpr:A6-1-c"), ids(node(doc, URN + "register:Staff").get("dpv:hasLegalBasis")),
				"no IRI is invented for the law");
		assertTrue(comments(node(probe(), URN + "register:Staff")).isEmpty(), "no law named, no comment");
	}

	@Test
	void everyControllerOfTheNoticeIsADataControllerOfEachProcess() {
		JsonNode doc = probe(PROBE.replace("\tretention criteria", SECOND_CONTROLLER_AND_EXTERNAL_DPO + "\tretention criteria"));
		assertEquals("dpv:DataController", node(doc, URN + "controller:Bakery").get("@type").asText());
		assertEquals(List.of(URN + "controller:Cafe", URN + "controller:Bakery"),
				ids(node(doc, URN + "process:Customers.Ordering").get("dpv:hasDataController")));
	}

	@Test
	void theArticle27RepresentativeAndTheDpoAreTheControllersOwnAndNoOneElseIs() {
		JsonNode doc = probe(PROBE.replace("\tretention criteria", SECOND_CONTROLLER_AND_EXTERNAL_DPO
				+ "eu-representative Rep {\n\tname \"EU-Vertreter GmbH\"\n}\n\tretention criteria"));
		for (String controller : List.of("Cafe", "Bakery")) {
			JsonNode node = node(doc, URN + "controller:" + controller);
			assertEquals(List.of(URN + "person:Rep"), ids(node.get("dpv:hasRepresentative")));
			assertEquals(List.of(URN + "person:Dpo"), ids(node.get("dpv:hasDataProtectionOfficer")));
		}
		JsonNode representative = node(doc, URN + "person:Rep");
		assertEquals("dpv:Representative", representative.get("@type").asText());
		assertEquals(List.of("the representative in the Union of a controller not established in the Union (Art 27 GDPR)"),
				comments(representative));
		assertEquals("dpv:DataProtectionOfficer", node(doc, URN + "person:Dpo").get("@type").asText());
		// a contact person is neither a representative nor a DPO
		JsonNode contact = probe(PROBE.replace("\tretention criteria", "contact-person Contact {\n\tname \"Matti\"\n}\n\tretention criteria"));
		assertFalse(node(contact, URN + "controller:Cafe").has("dpv:hasRepresentative"));
		assertFalse(node(contact, URN + "controller:Cafe").has("dpv:hasDataProtectionOfficer"));
		assertFalse(contact.toString().contains("person:Contact"));
	}

	@Test
	void retentionStatedForTheRegisterACategoryOrTheNoticeReachesEachProcess() {
		JsonNode doc = probe();
		// the register's retention, also on the register process itself
		assertEquals(List.of("dpv:UntilEventDuration end-of-customer-relationship | stated for the register Customers"),
				storage(node(doc, URN + "process:Customers.Service")));
		assertEquals(List.of("dpv:UntilEventDuration end-of-customer-relationship | stated for the register Customers"),
				storage(node(doc, URN + "register:Customers")));
		// a category's own retention for its data, the register's for the rest
		JsonNode ordering = node(doc, URN + "process:Customers.Ordering");
		assertEquals(List.of(
				"dpv:UntilEventDuration P6Y after end-of-financial-year | stated for the data category Customers.Orders, for that data",
				"dpv:UntilEventDuration end-of-customer-relationship | stated for the register Customers"), storage(ordering));
		assertEquals(URN + "data:Customers.Orders",
				ordering.get("dpv:hasStorageCondition").get(0).get("dpv:hasPersonalData").get("@id").asText());
		// the notice's retention where neither purpose, categories nor register state one
		assertEquals(List.of("dpv:StorageCondition | as long as the law requires | stated for the notice as a whole"),
				storage(node(doc, URN + "process:Staff.Salaries")));
		// the purpose's own wins, without an origin comment
		assertEquals(List.of("dpv:UntilEventDuration P6M after end-of-contract | "),
				storage(node(doc, URN + "process:Customers.Newsletter")));
	}

	@Test
	void untilAnEventPlusAPeriodIsNotThatPeriodInTotal() {
		JsonNode doc = probe();
		JsonNode condition = node(doc, URN + "process:Customers.Newsletter").get("dpv:hasStorageCondition").get(0);
		assertEquals("dpv:StorageDuration", condition.get("@type").asText());
		assertFalse(condition.has("rdf:value"), "no bare duration on the storage condition");
		assertEquals("dpv:UntilEventDuration", condition.get("dpv:hasDuration").get("@type").asText());
		assertEquals("P6M after end-of-contract", condition.get("dpv:hasDuration").get("rdf:value").asText());
		String text = doc.toString();
		assertFalse(text.contains("\"@value\":\"P6M\""), "P6M never stands alone as a duration");
	}

	@Test
	void transfersServingAProcessAreItsPartsWithThirdCountryAndMechanism() {
		JsonNode doc = probe();
		String named = URN + "transfer:Customers.MailerTransfer";
		assertEquals(List.of(named), ids(node(doc, URN + "process:Customers.Newsletter").get("dct:hasPart")));
		assertEquals(List.of(), ids(node(doc, URN + "process:Customers.Ordering").get("dct:hasPart")));
		JsonNode transfer = node(doc, named);
		assertEquals("dpv:Process", transfer.get("@type").asText());
		assertEquals("dpv:Transfer", transfer.get("dpv:hasProcessing").get("@id").asText());
		assertEquals(List.of("loc:US"), ids(transfer.get("dpv:hasThirdCountry")));
		assertEquals(List.of("eu-gdpr:A46-2-c"), ids(transfer.get("dpv:hasLegalBasis")));
		assertEquals(List.of(URN + "recipient:Customers.Mailer"), ids(transfer.get("dpv:hasRecipient")));
		assertEquals("loc:US", transfer.get("dpv:hasRecipient").get(0).get("dpv:hasCountry").get("@id").asText());

		// an unnamed transfer of the register as a whole: a part of the register, by its position
		String unnamed = URN + "transfer:Staff.1";
		assertTrue(ids(node(doc, URN + "register:Staff").get("dct:hasPart")).contains(unnamed));
		JsonNode derogation = node(doc, unnamed);
		// Google's country is only inferred from its name: not exported as a fact
		assertEquals(List.of(), ids(derogation.get("dpv:hasThirdCountry")));
		assertFalse(derogation.get("dpv:hasRecipient").get(0).has("dpv:hasCountry"));
		// DPV has no IRI for Art 49(1) as a whole and the notice states no point
		JsonNode basis = derogation.get("dpv:hasLegalBasis").get(0);
		assertFalse(basis.has("@id"));
		assertEquals("dpv:DataTransferLegalBasis", basis.get("@type").asText());
		assertTrue(comments(basis).get(0).contains("Art 49"), comments(basis).toString());
	}

	@Test
	void recipientsOfTheRegisterAsAWholeAreTheRegistersNotAPurposes() {
		JsonNode doc = probe();
		assertEquals(List.of(URN + "recipient:Customers.Hosting"),
				ids(node(doc, URN + "register:Customers").get("dpv:hasRecipient")));
		// Hosting receives Contact and Orders, which every purpose uses: still no purpose's recipient
		assertEquals(List.of(URN + "recipient:Customers.Courier"),
				ids(node(doc, URN + "process:Customers.Ordering").get("dpv:hasRecipient")));
		assertEquals(List.of(URN + "recipient:Customers.Mailer"),
				ids(node(doc, URN + "process:Customers.Newsletter").get("dpv:hasRecipient")));
		assertEquals(List.of(), ids(node(doc, URN + "process:Customers.Service").get("dpv:hasRecipient")));
	}

	@Test
	void northwindsSalesAndMarketingHaveNoRecipientOfOtherPurposes() {
		Notice notice = GeneratedExamples.notices(models).stream().filter(n -> n.getName().equals("NorthwindAnalytics"))
				.findFirst().orElseThrow();
		JsonNode doc = JsonSchemas.parse(GeneratedExamples.utf8(render(notice).content()));
		String urn = "urn:seloste:NorthwindAnalytics:";
		assertEquals(List.of(), ids(node(doc, urn + "process:Customers.Sales").get("dpv:hasRecipient")));
		assertEquals(List.of(), ids(node(doc, urn + "process:Customers.B2BMarketing").get("dpv:hasRecipient")));
		assertEquals(List.of(urn + "recipient:Customers.Accountants", urn + "recipient:Customers.Authorities"),
				ids(node(doc, urn + "process:Customers.Billing").get("dpv:hasRecipient")));
		assertEquals(List.of(urn + "recipient:Customers.NordicCloud"),
				ids(node(doc, urn + "register:Customers").get("dpv:hasRecipient")));
		assertEquals(List.of(urn + "transfer:Customers.SupportTransfer"),
				ids(node(doc, urn + "process:Customers.CustomerSupport").get("dct:hasPart")));
	}

	@Test
	void aRegistersSingleBasisAppliesToItsPurposeAndSaysSo() {
		JsonNode doc = probe();
		JsonNode salaries = node(doc, URN + "process:Staff.Salaries");
		assertEquals(List.of("eu-gdpr:A6-1-c"), ids(salaries.get("dpv:hasLegalBasis")));
		assertTrue(comments(salaries).get(0).startsWith("legal basis stated for the register Staff"), comments(salaries).toString());
		assertEquals(List.of("eu-gdpr:A6-1-c"), ids(node(doc, URN + "register:Staff").get("dpv:hasLegalBasis")));
	}

	@Test
	void publicTaskIsArticle6_1_eAndNotHalfOfIt() {
		JsonNode doc = probe();
		assertEquals(List.of("eu-gdpr:A6-1-e"), ids(node(doc, URN + "process:Customers.Service").get("dpv:hasLegalBasis")));
		assertFalse(doc.toString().contains("dpv:PublicInterest"));
		assertFalse(doc.toString().contains("dpv:OfficialAuthorityOfController"));
	}
}
