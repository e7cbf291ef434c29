package fi.seloste.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.law.Countries;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.seloste.AutomatedDetailKind;
import fi.seloste.seloste.AutomatedKind;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.BasisKind;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.DateKind;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.PersonRole;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.ProvisionKind;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.SafeguardKind;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SourceKind;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.TransferRecipient;
import fi.seloste.seloste.UntilPeriod;
import fi.seloste.seloste.UsageStatus;
import fi.seloste.seloste.Version;

/**
 * TILT (Transparency Information Language and Toolkit, https://github.com/Transparency-Information-Language/schema):
 * one document in the notice's first output language, valid against the official TILT schema.
 * <p>
 * Where TILT requires a value the notice does not give, the document holds an empty value ({@code ""},
 * {@code []}, {@code {}}) or the ISO 3166 user-assigned code {@code ZZ} for an unknown country, never
 * an invented fact. The exceptions, all derived from the notice: a controller with a Finnish business
 * ID (Y-tunnus) is in {@code FI}; {@code meta.version} is the leading number of the notice's version
 * (1 without one); {@code meta._id} is the notice's name; {@code meta.status} is {@code active}; a notice
 * without a data protection officer gets a {@code dataProtectionOfficer} with an empty name, the
 * controller's address and country and the privacy contact's e-mail (the contact person's, else the
 * controller's), since TILT requires a valid e-mail there.
 * <p>
 * {@code meta._hash} is the SHA-256 (lower-case hex) of the canonical content: the TILT document
 * without {@code meta._hash}, keys of every object sorted by UTF-16 code units (as RFC 8785), no
 * whitespace, strings escaped as this writer does ({@link Json#compact}), encoded in UTF-8.
 */
public class TiltFormat implements NoticeFormat {

	private static final Pattern PHONE = Pattern.compile("^[+]*[(]{0,1}[0-9]{1,4}[)]{0,1}[-\\s\\./0-9]*$");
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
	private static final String UNKNOWN_COUNTRY = "ZZ";

	@Override
	public String id() {
		return "tilt";
	}

	@Override
	public List<OutputFile> render(Notice notice, List<Language> languages) {
		Language language = languages.isEmpty() ? Texts.outputLanguages(notice).get(0) : languages.get(0);
		return List.of(OutputFile.text(notice.getName() + ".tilt.json", Json.pretty(document(notice, language))));
	}

	/** The TILT document in one language, {@code meta._hash} included. */
	public Map<String, Object> document(Notice notice, Language language) {
		return new Builder(notice, language).build();
	}

	/** The canonical form hashed into {@code meta._hash}: see the class comment. */
	public static String canonical(Map<String, Object> document) {
		@SuppressWarnings("unchecked")
		Map<String, Object> copy = (Map<String, Object>) sorted(document);
		@SuppressWarnings("unchecked")
		Map<String, Object> meta = (Map<String, Object>) copy.get("meta");
		if (meta != null) {
			meta.remove("_hash");
		}
		return Json.compact(copy);
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new TreeMap<>();
			map.forEach((k, v) -> result.put((String) k, sorted(v)));
			return result;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(TiltFormat::sorted).toList();
		}
		return value;
	}

	private static final class Builder {

		private final Notice notice;
		private final Language language;

		Builder(Notice notice, Language language) {
			this.notice = notice;
			this.language = language;
		}

		Map<String, Object> build() {
			Map<String, Object> doc = Json.object();
			doc.put("meta", meta());
			doc.put("controller", controller());
			doc.put("dataProtectionOfficer", dpo());
			doc.put("dataDisclosed", dataDisclosed());
			doc.put("thirdCountryTransfers", transfers());
			doc.put("accessAndDataPortability", access());
			doc.put("sources", sources());
			doc.put("rightToInformation", right(RightKind.ACCESS));
			doc.put("rightToRectificationOrDeletion", right(RightKind.RECTIFICATION, RightKind.ERASURE));
			doc.put("rightToDataPortability", right(RightKind.PORTABILITY));
			doc.put("rightToWithdrawConsent", right(RightKind.WITHDRAW_CONSENT));
			doc.put("rightToComplain", complain());
			doc.put("automatedDecisionMaking", automated());
			doc.put("changesOfPurpose", List.of());
			@SuppressWarnings("unchecked")
			Map<String, Object> meta = (Map<String, Object>) doc.get("meta");
			meta.put("_hash", sha256(canonical(doc)));
			return doc;
		}

		private String text(Text text) {
			if (text == null) {
				return "";
			}
			Map<Language, String> variants = Texts.variants(text);
			String value = variants.get(language);
			return value != null ? value : Texts.firstValue(text);
		}

		private String detail(List<? extends EObject> members, DetailKind kind) {
			return Selostes.details(members, kind).stream().findFirst().map(d -> text(d.getValue())).orElse("");
		}

		private Optional<String> date(DateKind kind) {
			return Selostes.members(notice.getMembers(), DateEntry.class).stream().filter(d -> d.getKind() == kind)
					.findFirst().map(d -> SelosteJsonFormat.date(d.getDate()));
		}

		private Map<String, Object> meta() {
			Map<String, Object> meta = Json.object();
			meta.put("_id", notice.getName());
			meta.put("name", Selostes.members(notice.getMembers(), Title.class).stream().findFirst()
					.map(t -> text(t.getText())).orElse(notice.getName()));
			Optional<String> updated = date(DateKind.UPDATED).or(() -> date(DateKind.EFFECTIVE));
			Optional<String> created = date(DateKind.CREATED).or(() -> date(DateKind.EFFECTIVE)).or(() -> updated);
			meta.put("created", created.orElse(""));
			meta.put("modified", updated.or(() -> created).orElse(""));
			meta.put("version", Selostes.members(notice.getMembers(), Version.class).stream().findFirst()
					.map(v -> leadingNumber(v.getVersion())).orElse(1));
			meta.put("language", language.getLiteral());
			meta.put("status", "active");
			meta.put("url", detail(notice.getMembers(), DetailKind.WEBSITE));
			return meta;
		}

		private static int leadingNumber(String version) {
			var m = Pattern.compile("^\\s*v?(\\d+)").matcher(version);
			if (m.find()) {
				try {
					return Math.max(1, Integer.parseInt(m.group(1)));
				} catch (NumberFormatException e) {
					return 1;
				}
			}
			return 1;
		}

		private Optional<Controller> mainController() {
			return Selostes.controllers(notice).stream().findFirst();
		}

		private String country(List<? extends EObject> details) {
			String code = detail(details, DetailKind.COUNTRY);
			if (Countries.isCode(code)) {
				return code;
			}
			if (!detail(details, DetailKind.BUSINESS_ID).isEmpty()) {
				return "FI";
			}
			return UNKNOWN_COUNTRY;
		}

		private String address(List<? extends EObject> details) {
			String address = detail(details, DetailKind.ADDRESS);
			return address.isEmpty() ? detail(details, DetailKind.POSTAL_ADDRESS) : address;
		}

		private Map<String, Object> controller() {
			Map<String, Object> o = Json.object();
			List<? extends EObject> details = mainController().map(Controller::getDetails).orElse(null);
			List<? extends EObject> d = details == null ? List.of() : details;
			o.put("name", detail(d, DetailKind.NAME));
			o.put("address", address(d));
			o.put("country", country(d));
			// the EU representative, else the contact person, else the controller's own contact details
			Optional<Person> person = person(PersonRole.REPRESENTATIVE).or(() -> person(PersonRole.CONTACT));
			Map<String, Object> representative = Json.object();
			List<? extends EObject> pd = person.map(Person::getDetails).orElse(null);
			if (pd == null) {
				pd = d;
			}
			representative.put("name", detail(pd, DetailKind.NAME));
			String email = detail(pd, DetailKind.EMAIL);
			representative.put("email", email.isEmpty() ? detail(d, DetailKind.EMAIL) : email);
			phone(representative, detail(pd, DetailKind.PHONE));
			o.put("representative", representative);
			return o;
		}

		private static void phone(Map<String, Object> o, String phone) {
			if (!phone.isEmpty() && PHONE.matcher(phone).matches()) {
				o.put("phone", phone);
			}
		}

		private Optional<Person> person(PersonRole role) {
			return Selostes.members(notice.getMembers(), Person.class).stream().filter(p -> p.getRole() == role).findFirst();
		}

		private Map<String, Object> dpo() {
			Map<String, Object> o = Json.object();
			Optional<Person> dpo = person(PersonRole.DPO);
			List<? extends EObject> d = dpo.map(Person::getDetails).orElse(null);
			List<? extends EObject> controller = mainController().map(Controller::getDetails).orElse(null);
			List<? extends EObject> cd = controller == null ? List.of() : controller;
			if (d == null) {
				// No DPO: TILT still requires the object and a valid e-mail. No one is named; the address is
				// the controller's, the e-mail the privacy contact's (contact person, else the controller).
				o.put("name", "");
				o.put("address", address(cd));
				o.put("country", country(cd));
				String email = person(PersonRole.CONTACT).map(p -> detail(p.getDetails(), DetailKind.EMAIL)).orElse("");
				o.put("email", email.isEmpty() ? detail(cd, DetailKind.EMAIL) : email);
				return o;
			}
			o.put("name", detail(d, DetailKind.NAME));
			String address = address(d);
			o.put("address", address.isEmpty() ? address(cd) : address);
			o.put("country", Countries.isCode(detail(d, DetailKind.COUNTRY)) ? detail(d, DetailKind.COUNTRY) : country(cd));
			o.put("email", detail(d, DetailKind.EMAIL));
			phone(o, detail(d, DetailKind.PHONE));
			return o;
		}

		private List<Object> dataDisclosed() {
			List<Object> result = new ArrayList<>();
			for (Register register : Selostes.registers(notice)) {
				List<Purpose> purposes = Selostes.purposes(register);
				for (DataCategory category : Selostes.categories(register)) {
					List<Purpose> using = purposes.stream().filter(p -> Selostes.members(p.getMembers(), DataRefs.class)
							.stream().anyMatch(r -> r.getCategories().contains(category))).toList();
					Map<String, Object> o = Json.object();
					o.put("_id", register.getName() + "." + category.getName());
					o.put("category", text(category.getLabel()));
					o.put("purposes", using.stream().map(p -> {
						Map<String, Object> po = Json.object();
						po.put("purpose", text(p.getLabel()));
						po.put("description", detail(p.getMembers(), DetailKind.DESCRIPTION));
						return (Object) po;
					}).toList());
					Map<String, Object> bases = new LinkedHashMap<>();
					List<Object> interests = new ArrayList<>();
					for (Purpose p : using) {
						for (LegalBasis b : Selostes.members(p.getMembers(), LegalBasis.class)) {
							bases.putIfAbsent(Gdpr.basisCode(b.getKind()), text(b.getText()));
							if (b.getKind() == BasisKind.LEGITIMATE_INTERESTS) {
								Map<String, Object> li = Json.object();
								li.put("exists", true);
								li.put("reasoning", text(b.getText()));
								if (!interests.contains(li)) {
									interests.add(li);
								}
							}
						}
						for (SpecialCondition s : Selostes.members(p.getMembers(), SpecialCondition.class)) {
							bases.putIfAbsent(Gdpr.specialCode(s.getKind()), text(s.getText()));
						}
					}
					o.put("legalBases", bases.entrySet().stream().map(e -> {
						Map<String, Object> bo = Json.object();
						bo.put("reference", e.getKey());
						bo.put("description", e.getValue());
						return (Object) bo;
					}).toList());
					if (interests.isEmpty()) {
						Map<String, Object> none = Json.object();
						none.put("exists", false);
						interests.add(none);
					}
					o.put("legitimateInterests", interests);
					o.put("recipients", Selostes.parties(register).stream()
							.filter(p -> Selostes.members(p.getMembers(), DataRefs.class).stream()
									.anyMatch(r -> r.getCategories().contains(category)))
							.map(this::recipient).toList());
					o.put("storage", storage(category, using));
					o.put("nonDisclosure", nonDisclosure(register));
					result.add(o);
				}
			}
			return result;
		}

		private Object recipient(Party party) {
			Map<String, Object> o = Json.object();
			String name = detail(party.getMembers(), DetailKind.NAME);
			if (!name.isEmpty()) {
				o.put("name", name);
			}
			String address = address(party.getMembers());
			if (!address.isEmpty()) {
				o.put("address", address);
			}
			String country = detail(party.getMembers(), DetailKind.COUNTRY);
			if (Countries.isCode(country)) {
				o.put("country", country);
			}
			o.put("category", party.getLabel() != null ? text(party.getLabel()) : Gdpr.code(party.getKind()));
			return o;
		}

		/** One storage entry per retention statement of the category and of the purposes using it. */
		private List<Object> storage(DataCategory category, List<Purpose> using) {
			List<Object> result = new ArrayList<>();
			for (Retention r : Selostes.members(category.getMembers(), Retention.class)) {
				result.add(storageEntry(r, List.of(), List.of()));
			}
			for (Purpose p : using) {
				List<String> codes = Selostes.members(p.getMembers(), LegalBasis.class).stream()
						.map(b -> Gdpr.basisCode(b.getKind())).distinct().toList();
				for (Retention r : Selostes.members(p.getMembers(), Retention.class)) {
					result.add(storageEntry(r, List.of(text(p.getLabel())), codes));
				}
			}
			return result;
		}

		private Object storageEntry(Retention r, List<String> purposes, List<String> bases) {
			Map<String, Object> o = Json.object();
			List<Object> temporal = new ArrayList<>();
			DurationPeriod duration = durationOf(r.getPeriod());
			if (duration != null) {
				Map<String, Object> t = Json.object();
				String description = text(r.getRationale());
				t.put("description", description);
				t.put("ttl", Gdpr.maxDuration(duration));
				temporal.add(t);
			}
			o.put("temporal", temporal);
			o.put("purposeConditional", purposes);
			o.put("legalBasisConditional", bases);
			o.put("aggregationFunction", "max");
			return o;
		}

		private static DurationPeriod durationOf(Period period) {
			if (period instanceof DurationPeriod d) {
				return d;
			}
			if (period instanceof UntilPeriod u) {
				return u.getExtension();
			}
			return null;
		}

		private Map<String, Object> nonDisclosure(Register register) {
			List<Provision> provisions = Selostes.members(register.getMembers(), Provision.class);
			if (provisions.isEmpty()) {
				provisions = Selostes.members(notice.getMembers(), Provision.class);
			}
			Set<ProvisionKind> kinds = provisions.stream().map(Provision::getKind).collect(Collectors.toSet());
			Map<String, Object> o = Json.object();
			o.put("legalRequirement", kinds.contains(ProvisionKind.STATUTORY));
			o.put("contractualRegulation", kinds.contains(ProvisionKind.CONTRACTUAL));
			o.put("obligationToProvide", kinds.contains(ProvisionKind.STATUTORY) || kinds.contains(ProvisionKind.CONTRACTUAL)
					|| kinds.contains(ProvisionKind.CONTRACT_REQUIREMENT));
			o.put("consequences", provisions.stream().filter(p -> p.getConsequences() != null)
					.map(p -> text(p.getConsequences())).collect(Collectors.joining(" ")));
			return o;
		}

		private List<Object> transfers() {
			List<Object> result = new ArrayList<>();
			for (Register register : Selostes.registers(notice)) {
				for (Transfer transfer : Selostes.members(register.getMembers(), Transfer.class)) {
					List<Safeguard> safeguards = Selostes.members(transfer.getMembers(), Safeguard.class);
					Set<String> countries = new LinkedHashSet<>();
					for (TransferRecipient r : Selostes.members(transfer.getMembers(), TransferRecipient.class)) {
						if (r.getRecipient() != null && !r.getRecipient().eIsProxy()) {
							countries.add(detail(r.getRecipient().getMembers(), DetailKind.COUNTRY));
						}
					}
					if (countries.isEmpty()) {
						countries.add("");
					}
					for (String country : countries) {
						Map<String, Object> o = Json.object();
						if (Countries.isCode(country)) {
							o.put("country", country);
						}
						o.put("adequacyDecision", guarantee(safeguards, SafeguardKind.ADEQUACY_DECISION, SafeguardKind.DATA_PRIVACY_FRAMEWORK));
						o.put("appropriateGuarantees", guarantee(safeguards, SafeguardKind.BINDING_CORPORATE_RULES));
						o.put("presenceOfEnforceableRightsAndEffectiveRemedies", guarantee(safeguards));
						o.put("standardDataProtectionClause", guarantee(safeguards, SafeguardKind.STANDARD_CONTRACTUAL_CLAUSES));
						result.add(o);
					}
				}
			}
			return result;
		}

		private Map<String, Object> guarantee(List<Safeguard> safeguards, SafeguardKind... kinds) {
			List<Safeguard> matching = safeguards.stream().filter(s -> List.of(kinds).contains(s.getKind())).toList();
			Map<String, Object> o = Json.object();
			o.put("available", !matching.isEmpty());
			if (!matching.isEmpty()) {
				o.put("description", matching.stream().map(s -> text(s.getText())).filter(t -> !t.isEmpty())
						.collect(Collectors.joining(" ")));
			}
			return o;
		}

		private List<Rights> rightsBlocks() {
			List<Rights> blocks = new ArrayList<>(Selostes.members(notice.getMembers(), Rights.class));
			for (Register register : Selostes.registers(notice)) {
				Selostes.members(register.getMembers(), Rights.class).stream().filter(b -> !blocks.contains(b)).forEach(blocks::add);
			}
			return blocks;
		}

		private Map<String, Object> right(RightKind... kinds) {
			List<Right> rights = Selostes.rights(rightsBlocks()).filter(r -> List.of(kinds).contains(r.getKind())).toList();
			Map<String, Object> o = Json.object();
			o.put("available", !rights.isEmpty());
			if (!rights.isEmpty()) {
				o.put("description", rights.stream().map(r -> text(r.getText())).filter(t -> !t.isEmpty())
						.collect(Collectors.joining(" ")));
			}
			return o;
		}

		private Map<String, Object> access() {
			return right(RightKind.ACCESS, RightKind.PORTABILITY);
		}

		private Map<String, Object> complain() {
			Map<String, Object> o = right(RightKind.COMPLAINT);
			if (Boolean.TRUE.equals(o.get("available"))) {
				Map<String, Object> sa = Json.object();
				Optional<SupervisoryAuthority> authority = Selostes.members(notice.getMembers(), SupervisoryAuthority.class)
						.stream().findFirst();
				List<? extends EObject> d = authority.map(SupervisoryAuthority::getDetails).orElse(null);
				List<? extends EObject> details = d == null ? List.of() : d;
				sa.put("name", detail(details, DetailKind.NAME));
				String address = address(details);
				if (!address.isEmpty()) {
					sa.put("address", address);
				}
				String country = detail(details, DetailKind.COUNTRY);
				if (Countries.isCode(country)) {
					sa.put("country", country);
				}
				String email = detail(details, DetailKind.EMAIL);
				if (EMAIL.matcher(email).matches()) {
					sa.put("email", email);
				}
				phone(sa, detail(details, DetailKind.PHONE));
				o.put("supervisoryAuthority", sa);
			}
			return o;
		}

		private Map<String, Object> automated() {
			Map<String, Object> o = Json.object();
			Optional<AutomatedProcessing> adm = Selostes.members(notice.getMembers(), AutomatedProcessing.class).stream()
					.filter(a -> a.getKind() == AutomatedKind.DECISION_MAKING).findFirst();
			adm.ifPresent(a -> {
				boolean used = a.getStatus() == UsageStatus.USED;
				o.put("inUse", used);
				if (used) {
					o.put("logicInvolved", admDetail(a, AutomatedDetailKind.LOGIC));
					o.put("scopeAndIntendedEffects", List.of(admDetail(a, AutomatedDetailKind.SIGNIFICANCE),
							admDetail(a, AutomatedDetailKind.CONSEQUENCES)).stream().filter(t -> !t.isEmpty())
							.collect(Collectors.joining(" ")));
				}
			});
			return o;
		}

		private String admDetail(AutomatedProcessing a, AutomatedDetailKind kind) {
			return a.getDetails().stream().filter(d -> d.getKind() == kind).map(d -> text(d.getText()))
					.collect(Collectors.joining(" "));
		}

		private List<Object> sources() {
			// one entry per data category named by a source, listing every source that names it
			Map<String, List<Object>> byCategory = new LinkedHashMap<>();
			Map<String, String> labels = new LinkedHashMap<>();
			for (Register register : Selostes.registers(notice)) {
				for (Source source : Selostes.members(register.getMembers(), Source.class)) {
					Map<String, Object> s = Json.object();
					s.put("description", source.getText() != null ? text(source.getText()) : Gdpr.code(source.getKind()));
					s.put("url", "");
					s.put("publiclyAvailable", source.getKind() == SourceKind.PUBLIC);
					List<DataCategory> categories = source.getCategories();
					if (categories.isEmpty()) {
						byCategory.computeIfAbsent(register.getName() + ".*", k -> new ArrayList<>()).add(s);
						labels.putIfAbsent(register.getName() + ".*", "");
					}
					for (DataCategory c : categories) {
						String id = SelosteJsonFormat.qualifiedId(c);
						byCategory.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
						labels.putIfAbsent(id, text(c.getLabel()));
					}
				}
			}
			List<Object> result = new ArrayList<>();
			byCategory.forEach((id, list) -> {
				Map<String, Object> o = Json.object();
				o.put("_id", id);
				o.put("dataCategory", labels.get(id));
				o.put("sources", list);
				result.add(o);
			});
			return result;
		}
	}
}
