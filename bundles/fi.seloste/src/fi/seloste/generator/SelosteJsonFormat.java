package fi.seloste.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import fi.seloste.law.Gdpr;
import fi.seloste.model.Dates;
import fi.seloste.model.Selostes;
import fi.seloste.model.Texts;
import fi.seloste.model.resolved.LegalBases;
import fi.seloste.model.resolved.Location;
import fi.seloste.model.resolved.ResolvedNotice;
import fi.seloste.model.resolved.ResolvedPurpose;
import fi.seloste.model.resolved.ResolvedRegister;
import fi.seloste.model.resolved.ResolvedTransfer;
import fi.seloste.model.resolved.RetentionFact;
import fi.seloste.seloste.AutomatedDetail;
import fi.seloste.seloste.AutomatedProcessing;
import fi.seloste.seloste.Change;
import fi.seloste.seloste.Controller;
import fi.seloste.seloste.Cookie;
import fi.seloste.seloste.CookieLifetime;
import fi.seloste.seloste.CookiePolicy;
import fi.seloste.seloste.CookieProvider;
import fi.seloste.seloste.CookiePurpose;
import fi.seloste.seloste.CookieType;
import fi.seloste.seloste.CriteriaPeriod;
import fi.seloste.seloste.DataCategory;
import fi.seloste.seloste.DataRefs;
import fi.seloste.seloste.DateEntry;
import fi.seloste.seloste.Detail;
import fi.seloste.seloste.DetailKind;
import fi.seloste.seloste.DurationPeriod;
import fi.seloste.seloste.Exercise;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.LegalBasis;
import fi.seloste.seloste.NoDpo;
import fi.seloste.seloste.NoRecipients;
import fi.seloste.seloste.NoTransfers;
import fi.seloste.seloste.Notice;
import fi.seloste.seloste.Party;
import fi.seloste.seloste.Period;
import fi.seloste.seloste.Person;
import fi.seloste.seloste.Provision;
import fi.seloste.seloste.Purpose;
import fi.seloste.seloste.PurposeMarker;
import fi.seloste.seloste.PurposeRefs;
import fi.seloste.seloste.Register;
import fi.seloste.seloste.ResponseTime;
import fi.seloste.seloste.Retention;
import fi.seloste.seloste.Right;
import fi.seloste.seloste.Rights;
import fi.seloste.seloste.Role;
import fi.seloste.seloste.Safeguard;
import fi.seloste.seloste.Security;
import fi.seloste.seloste.SecurityMeasure;
import fi.seloste.seloste.SessionPeriod;
import fi.seloste.seloste.Source;
import fi.seloste.seloste.SpecialCondition;
import fi.seloste.seloste.SubjectGroup;
import fi.seloste.seloste.SubjectRefs;
import fi.seloste.seloste.SupervisoryAuthority;
import fi.seloste.seloste.Text;
import fi.seloste.seloste.Title;
import fi.seloste.seloste.Transfer;
import fi.seloste.seloste.TransferRecipient;
import fi.seloste.seloste.UntilPeriod;
import fi.seloste.seloste.Version;

/**
 * Seloste JSON: the whole notice, all languages, as one document described by
 * {@code docs/schema/seloste.schema.json}. Texts are objects keyed by language; legal bases, Art 9(2)
 * conditions, rights and safeguards carry GDPR article codes and DPV IRIs; periods are ISO 8601
 * durations; dates are ISO dates. Names are the notice's own (Xtext) names, so entries refer to each
 * other by name.
 * <p>
 * Each element says what the notice states where it states it. What that means for a purpose is read
 * from the {@link ResolvedNotice}, never decided here: a purpose's {@code applies} lists the legal bases,
 * retention, recipients and transfers that apply to it, each with where it was stated ({@code origin})
 * or whom it serves ({@code scope}: the purpose, its register as a whole, or the notice as a whole). A
 * party's {@code location} is the resolved third-country status, saying whether a country is stated or
 * only inferred from a well-known provider's name.
 */
public class SelosteJsonFormat implements NoticeFormat {

	public static final String SCHEMA_ID = "https://seloste.fi/schema/2026/seloste.schema.json";

	@Override
	public String id() {
		return "json";
	}

	@Override
	public List<OutputFile> render(Notice notice, List<Language> languages) {
		return List.of(OutputFile.text(notice.getName() + ".json", Json.pretty(document(notice))));
	}

	/** The document as an ordered JSON tree. */
	public Map<String, Object> document(Notice notice) {
		Map<String, Object> doc = Json.object();
		doc.put("$schema", SCHEMA_ID);
		doc.put("notice", notice.getName());
		doc.put("languages", Texts.outputLanguages(notice).stream().map(Language::getLiteral).toList());
		members(notice.getMembers(), Title.class).stream().findFirst().ifPresent(t -> doc.put("title", text(t.getText())));
		Map<String, Object> dates = Json.object();
		for (DateEntry entry : members(notice.getMembers(), DateEntry.class)) {
			dates.putIfAbsent(Gdpr.code(entry.getKind()), date(entry.getDate()));
		}
		doc.put("dates", dates);
		members(notice.getMembers(), Version.class).stream().findFirst().ifPresent(v -> doc.put("version", v.getVersion()));
		doc.put("changes", members(notice.getMembers(), Change.class).stream().map(c -> {
			Map<String, Object> o = Json.object();
			o.put("date", date(c.getDate()));
			o.put("text", text(c.getText()));
			return (Object) o;
		}).toList());
		doc.put("details", details(notice.getMembers()));
		doc.put("controllers", Selostes.members(notice.getMembers(), Controller.class).stream().map(this::controller).toList());
		doc.put("persons", Selostes.members(notice.getMembers(), Person.class).stream().map(this::person).toList());
		ResolvedNotice resolved = ResolvedNotice.of(notice);
		if (resolved.dataProtectionOfficers().absence() instanceof NoDpo noDpo) {
			doc.put("noDataProtectionOfficer", statement(noDpo.getText()));
		}
		doc.put("supervisoryAuthorities", Selostes.members(notice.getMembers(), SupervisoryAuthority.class).stream()
				.map(a -> {
					Map<String, Object> o = Json.object();
					o.put("id", a.getName());
					o.put("details", details(a.getDetails()));
					return (Object) o;
				}).toList());
		doc.put("parties", Selostes.parties(notice).stream().map(this::party).toList());
		doc.put("registers", resolved.registers().stream().map(this::register).toList());
		doc.put("retention", resolved.retention().stream().map(this::retention).toList());
		doc.put("cookies", members(notice.getMembers(), Cookie.class).stream().map(this::cookie).toList());
		members(notice.getMembers(), CookiePolicy.class).stream().findFirst()
				.ifPresent(p -> doc.put("cookiePolicy", text(p.getText())));
		doc.put("rights", Selostes.members(notice.getMembers(), Rights.class).stream().map(this::rights).toList());
		doc.put("automatedProcessing", members(notice.getMembers(), AutomatedProcessing.class).stream()
				.map(this::automated).toList());
		doc.put("provisionOfData", members(notice.getMembers(), Provision.class).stream().map(this::provision).toList());
		doc.put("security", Selostes.members(notice.getMembers(), Security.class).stream().map(this::security).toList());
		return doc;
	}

	private Object controller(Controller c) {
		Map<String, Object> o = Json.object();
		o.put("id", c.getName());
		o.put("kind", Gdpr.code(c.getKind()));
		o.put("details", details(c.getDetails()));
		Selostes.detail(c.getDetails(), DetailKind.COUNTRY).ifPresent(code -> {
			o.put("country", code);
			thirdCountry(o, Location.stated(code));
		});
		return o;
	}

	private Object person(Person p) {
		Map<String, Object> o = Json.object();
		o.put("id", p.getName());
		o.put("role", Gdpr.code(p.getRole()));
		o.put("details", details(p.getDetails()));
		return o;
	}

	private Object party(Party p) {
		Map<String, Object> o = Json.object();
		o.put("id", qualifiedId(p));
		o.put("kind", Gdpr.code(p.getKind()));
		if (p.getLabel() != null) {
			o.put("label", text(p.getLabel()));
		}
		o.put("details", details(p.getMembers()));
		Location location = Location.of(p);
		Selostes.detail(p.getMembers(), DetailKind.COUNTRY).ifPresent(code -> {
			o.put("country", code);
			thirdCountry(o, location);
		});
		Map<String, Object> lo = Json.object();
		lo.put("status", Gdpr.code(location.status()));
		if (location.code() != null) {
			lo.put("country", location.code());
		}
		o.put("location", lo);
		o.put("data", dataRefs(members(p.getMembers(), DataRefs.class)));
		o.put("purposes", purposeRefs(p.getMembers()));
		return o;
	}

	/** Whether a stated country is outside the EU/EEA; nothing for a country that is not an ISO code. */
	private static void thirdCountry(Map<String, Object> o, Location location) {
		if (location.status() == Location.Status.STATED_THIRD_COUNTRY || location.status() == Location.Status.STATED_EEA) {
			o.put("thirdCountry", location.isThirdCountry());
		}
	}

	/** The purposes named with {@code tarkoituksiin}, as {@code Register.Purpose}. */
	private static List<Object> purposeRefs(List<? extends EObject> members) {
		return members(members, PurposeRefs.class).stream().flatMap(r -> r.getPurposes().stream())
				.map(p -> (Object) qualifiedId(p)).toList();
	}

	private Object register(ResolvedRegister resolved) {
		Register r = resolved.register();
		Map<String, Object> o = Json.object();
		o.put("id", r.getName());
		o.put("label", text(r.getLabel()));
		members(r.getMembers(), Role.class).stream().findFirst().ifPresent(role -> {
			o.put("role", Gdpr.code(role.getRole()));
			if (role.getOnBehalfOf() != null) {
				o.put("onBehalfOf", text(role.getOnBehalfOf()));
			}
		});
		o.put("details", details(r.getMembers()));
		o.put("legalBases", resolved.bases().stream().map(this::basis).toList());
		o.put("dataSubjects", Selostes.members(r.getMembers(), SubjectGroup.class).stream().map(g -> {
			Map<String, Object> s = Json.object();
			s.put("id", qualifiedId(g));
			s.put("label", text(g.getLabel()));
			if (g.getMinimumAge() > 0) {
				s.put("minimumAge", g.getMinimumAge());
			}
			return (Object) s;
		}).toList());
		o.put("dataCategories", Selostes.categories(r).stream().map(this::category).toList());
		o.put("purposes", resolved.purposes().stream().map(p -> purpose(resolved, p)).toList());
		o.put("sources", members(r.getMembers(), Source.class).stream().map(s -> {
			Map<String, Object> so = Json.object();
			so.put("kind", Gdpr.code(s.getKind()));
			if (s.getText() != null) {
				so.put("text", text(s.getText()));
			}
			so.put("data", s.getCategories().stream().map(SelosteJsonFormat::qualifiedId).toList());
			return (Object) so;
		}).toList());
		o.put("recipients", Selostes.members(r.getMembers(), Party.class).stream().map(SelosteJsonFormat::qualifiedId).toList());
		o.put("transfers", resolved.transfers().items().stream().map(t -> transfer(t.transfer())).toList());
		members(r.getMembers(), NoTransfers.class).stream().findFirst().ifPresent(n -> o.put("noTransfers", statement(n.getText())));
		members(r.getMembers(), NoRecipients.class).stream().findFirst().ifPresent(n -> o.put("noRecipients", statement(n.getText())));
		o.put("retention", members(r.getMembers(), Retention.class).stream().map(this::retention).toList());
		o.put("provisionOfData", members(r.getMembers(), Provision.class).stream().map(this::provision).toList());
		o.put("rights", Selostes.members(r.getMembers(), Rights.class).stream().map(this::rights).toList());
		return o;
	}

	private Object statement(Text text) {
		Map<String, Object> o = Json.object();
		o.put("stated", true);
		if (text != null) {
			o.put("text", text(text));
		}
		return o;
	}

	private Object category(DataCategory c) {
		Map<String, Object> o = Json.object();
		o.put("id", qualifiedId(c));
		o.put("label", text(c.getLabel()));
		o.put("flags", c.getFlags().stream().map(Gdpr::code).toList());
		o.put("details", details(c.getMembers()));
		o.put("retention", members(c.getMembers(), Retention.class).stream().map(this::retention).toList());
		return o;
	}

	private Object purpose(ResolvedRegister register, ResolvedPurpose resolved) {
		Purpose p = resolved.purpose();
		Map<String, Object> o = Json.object();
		o.put("id", p.getName());
		o.put("label", text(p.getLabel()));
		o.put("markers", members(p.getMembers(), PurposeMarker.class).stream().map(m -> Gdpr.code(m.getKind())).toList());
		o.put("legalBases", members(p.getMembers(), LegalBasis.class).stream().map(this::basis).toList());
		o.put("specialConditions", members(p.getMembers(), SpecialCondition.class).stream().map(s -> {
			Map<String, Object> so = Json.object();
			so.put("code", Gdpr.specialCode(s.getKind()));
			so.put("kind", Gdpr.code(s.getKind()));
			String iri = Gdpr.specialEuGdpr(s.getKind());
			if (iri != null) {
				so.put("euGdpr", iri);
			}
			if (s.getText() != null) {
				so.put("text", text(s.getText()));
			}
			return (Object) so;
		}).toList());
		o.put("data", dataRefs(members(p.getMembers(), DataRefs.class)));
		o.put("dataSubjects", members(p.getMembers(), SubjectRefs.class).stream().flatMap(s -> s.getGroups().stream())
				.map(SelosteJsonFormat::qualifiedId).toList());
		o.put("retention", members(p.getMembers(), Retention.class).stream().map(this::retention).toList());
		o.put("details", details(p.getMembers()));
		o.put("applies", applies(register, resolved));
		return o;
	}

	/**
	 * What applies to a purpose, from the resolved notice: legal bases and retention with where they were
	 * stated, and the recipients and transfers that serve it with whom they serve (a recipient of the
	 * register as a whole is listed with scope {@code register}, not as the purpose's own).
	 */
	private Map<String, Object> applies(ResolvedRegister register, ResolvedPurpose resolved) {
		Map<String, Object> o = Json.object();
		o.put("legalBases", resolved.bases().stream().map(b -> {
			Map<String, Object> bo = Json.object();
			bo.put("code", Gdpr.basisCode(b.value().getKind()));
			bo.put("origin", Gdpr.code(b.origin()));
			LegalBases.statute(b.value()).ifPresent(statute -> bo.put("statute", text(statute)));
			return (Object) bo;
		}).toList());
		o.put("retention", resolved.retention().stream().map(this::appliedRetention).toList());
		o.put("recipients", resolved.recipients().stream().map(r -> {
			Map<String, Object> ro = Json.object();
			ro.put("id", qualifiedId(r.party()));
			ro.put("scope", Gdpr.code(r.scope()));
			return (Object) ro;
		}).toList());
		List<ResolvedTransfer> transfers = register.transfers().items();
		o.put("transfers", resolved.transfers().stream().map(t -> {
			Map<String, Object> to = Json.object();
			to.put("index", transfers.indexOf(t));
			if (t.transfer().getName() != null) {
				to.put("id", t.transfer().getName());
			}
			to.put("scope", Gdpr.code(t.scope()));
			return (Object) to;
		}).toList());
		return o;
	}

	/** A retention that applies, with where it was stated: the purpose, a data category, the register or the notice. */
	private Object appliedRetention(RetentionFact fact) {
		Map<String, Object> o = Json.object();
		o.put("origin", Gdpr.code(fact.origin()));
		o.put("statedBy", qualifiedId(fact.holder()));
		o.put("period", retention(fact.retention()));
		return o;
	}

	private Object basis(LegalBasis b) {
		Map<String, Object> o = Json.object();
		o.put("code", Gdpr.basisCode(b.getKind()));
		o.put("kind", Gdpr.code(b.getKind()));
		o.put("dpv", Gdpr.basisDpv(b.getKind()));
		o.put("euGdpr", Gdpr.basisEuGdpr(b.getKind()));
		if (b.getText() != null) {
			o.put("text", text(b.getText()));
		}
		LegalBases.statute(b).ifPresent(statute -> o.put("statute", text(statute)));
		return o;
	}

	private Object transfer(Transfer t) {
		Map<String, Object> o = Json.object();
		if (t.getName() != null) {
			o.put("id", t.getName());
		}
		o.put("recipients", members(t.getMembers(), TransferRecipient.class).stream()
				.map(r -> qualifiedId(r.getRecipient())).toList());
		o.put("purposes", purposeRefs(t.getMembers()));
		o.put("safeguards", members(t.getMembers(), Safeguard.class).stream().map(s -> {
			Map<String, Object> so = Json.object();
			so.put("kind", Gdpr.code(s.getKind()));
			String code = Gdpr.safeguardCode(s.getKind());
			if (code != null) {
				so.put("code", code);
			}
			if (s.getText() != null) {
				so.put("text", text(s.getText()));
			}
			if (s.getCopy() != null) {
				so.put("copy", text(s.getCopy()));
			}
			return (Object) so;
		}).toList());
		o.put("details", details(t.getMembers()));
		return o;
	}

	/** A retention statement: its period and rationale. */
	public Map<String, Object> retention(Retention r) {
		Map<String, Object> o = period(r.getPeriod());
		if (r.getRationale() != null) {
			o.put("rationale", text(r.getRationale()));
		}
		return o;
	}

	/**
	 * A period: {@code {"kind":"duration","duration":"P6Y"}}, a range as {@code min}/{@code max},
	 * {@code atMost}, an {@code anchor}; {@code until} an anchor with an optional {@code extension};
	 * {@code criteria} (no duration) or {@code session}.
	 */
	public Map<String, Object> period(Period period) {
		Map<String, Object> o = Json.object();
		if (period instanceof DurationPeriod d) {
			o.put("kind", "duration");
			duration(o, d);
		} else if (period instanceof UntilPeriod u) {
			o.put("kind", "until");
			o.put("anchor", Gdpr.anchor(u.getAnchor()));
			if (u.getExtension() != null) {
				Map<String, Object> e = Json.object();
				duration(e, u.getExtension());
				o.put("extension", e);
			}
		} else if (period instanceof CriteriaPeriod c) {
			o.put("kind", "criteria");
			o.put("criteria", text(c.getText()));
		} else if (period instanceof SessionPeriod) {
			o.put("kind", "session");
		}
		return o;
	}

	private void duration(Map<String, Object> o, DurationPeriod d) {
		if (d.getMaxAmount() > 0) {
			o.put("min", Gdpr.duration(d));
			o.put("max", Gdpr.maxDuration(d));
		} else {
			o.put("duration", Gdpr.duration(d));
		}
		if (d.isAtMost()) {
			o.put("atMost", true);
		}
		String anchor = Gdpr.anchor(d);
		if (anchor != null) {
			o.put("anchor", anchor);
		}
	}

	private Object cookie(Cookie c) {
		Map<String, Object> o = Json.object();
		o.put("id", c.getName());
		o.put("label", text(c.getLabel()));
		members(c.getMembers(), CookieType.class).stream().findFirst().ifPresent(t -> o.put("type", Gdpr.code(t.getType())));
		o.put("purposes", members(c.getMembers(), CookiePurpose.class).stream().map(p -> text(p.getText())).toList());
		o.put("legalBases", members(c.getMembers(), LegalBasis.class).stream().map(this::basis).toList());
		members(c.getMembers(), CookieLifetime.class).stream().findFirst().ifPresent(l -> o.put("lifetime", period(l.getPeriod())));
		o.put("providers", members(c.getMembers(), CookieProvider.class).stream().map(p -> qualifiedId(p.getProvider())).toList());
		o.put("details", details(c.getMembers()));
		return o;
	}

	private Object rights(Rights r) {
		Map<String, Object> o = Json.object();
		o.put("rights", members(r.getMembers(), Right.class).stream().map(right -> {
			Map<String, Object> ro = Json.object();
			ro.put("code", Gdpr.rightCode(right.getKind()));
			ro.put("kind", Gdpr.code(right.getKind()));
			if (right.getText() != null) {
				ro.put("text", text(right.getText()));
			}
			return (Object) ro;
		}).toList());
		o.put("exercise", members(r.getMembers(), Exercise.class).stream().map(e -> text(e.getText())).toList());
		members(r.getMembers(), ResponseTime.class).stream().findFirst()
				.ifPresent(t -> o.put("responseTime", Gdpr.duration(t.getAmount(), t.getUnit())));
		o.put("details", details(r.getMembers()));
		return o;
	}

	private Object automated(AutomatedProcessing a) {
		Map<String, Object> o = Json.object();
		o.put("kind", Gdpr.code(a.getKind()));
		o.put("used", a.getStatus() == fi.seloste.seloste.UsageStatus.USED);
		if (a.getText() != null) {
			o.put("text", text(a.getText()));
		}
		for (AutomatedDetail d : a.getDetails()) {
			o.putIfAbsent(Gdpr.code(d.getKind()), text(d.getText()));
		}
		return o;
	}

	private Object provision(Provision p) {
		Map<String, Object> o = Json.object();
		o.put("kind", Gdpr.code(p.getKind()));
		if (p.getText() != null) {
			o.put("text", text(p.getText()));
		}
		if (p.getConsequences() != null) {
			o.put("consequences", text(p.getConsequences()));
		}
		return o;
	}

	private Object security(Security s) {
		Map<String, Object> o = Json.object();
		if (s.getName() != null) {
			o.put("id", s.getName());
		}
		o.put("measures", members(s.getMembers(), SecurityMeasure.class).stream().map(m -> {
			Map<String, Object> mo = Json.object();
			mo.put("kind", Gdpr.code(m.getKind()));
			mo.put("text", text(m.getText()));
			return (Object) mo;
		}).toList());
		o.put("details", details(s.getMembers()));
		return o;
	}

	/** Details in order, as {@code {"kind": "email", "value": {...}}}. */
	private List<Object> details(List<? extends EObject> members) {
		List<Object> result = new ArrayList<>();
		for (EObject member : members) {
			if (member instanceof Detail d) {
				Map<String, Object> o = Json.object();
				o.put("kind", Gdpr.code(d.getKind()));
				o.put("value", text(d.getValue()));
				result.add(o);
			}
		}
		return result;
	}

	private static List<Object> dataRefs(List<DataRefs> refs) {
		return refs.stream().flatMap(r -> r.getCategories().stream()).map(c -> (Object) qualifiedId(c)).toList();
	}

	/** A text as an object keyed by language, in the order the text gives them. */
	public static Map<String, Object> text(Text text) {
		Map<String, Object> o = Json.object();
		Texts.variants(text).forEach((language, value) -> o.put(language.getLiteral(), value));
		return o;
	}

	/** {@code 2026-04-23}, whatever spacing the source used. */
	public static String date(String date) {
		return Dates.iso(date);
	}

	/**
	 * The name of a declaration as the notice refers to it: its own name inside the notice, and
	 * {@code Container.Name} when it is declared in an organisation or register elsewhere.
	 */
	static String qualifiedId(EObject element) {
		if (element == null || element.eIsProxy()) {
			return "";
		}
		String name = name(element);
		EObject container = element.eContainer();
		if (container instanceof Notice || container == null) {
			return name;
		}
		String outer = name(container);
		return outer == null ? name : outer + "." + name;
	}

	private static String name(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		return feature == null ? null : (String) element.eGet(feature);
	}

	private static <T extends EObject> List<T> members(List<? extends EObject> members, Class<T> type) {
		return members.stream().filter(type::isInstance).map(type::cast).toList();
	}
}
