package fi.seloste.tests.random;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import fi.seloste.keywords.BilingualKeywords;
import fi.seloste.keywords.KeywordLanguage;
import fi.seloste.seloste.Anchor;
import fi.seloste.seloste.Language;
import fi.seloste.seloste.RightKind;
import fi.seloste.seloste.TimeUnit;
import fi.seloste.tests.random.NoticePlan.Basis;
import fi.seloste.tests.random.NoticePlan.Category;
import fi.seloste.tests.random.NoticePlan.Group;
import fi.seloste.tests.random.NoticePlan.Party;
import fi.seloste.tests.random.NoticePlan.Purpose;
import fi.seloste.tests.random.NoticePlan.Register;
import fi.seloste.tests.random.NoticePlan.Transfer;

/**
 * Writes a {@link NoticePlan} as {@code .seloste} source in its keyword language, in the formatter's
 * layout. Keywords are written in Finnish here and translated through the grammar's own pairs, so that
 * an English notice is the same notice. A text is plain or has a variant for each output language
 * (a single-language notice uses both forms).
 */
final class NoticeSourceWriter {

	private static final Map<TimeUnit, String> PLURAL = Map.of(TimeUnit.DAY, "päivää", TimeUnit.WEEK, "viikkoa",
			TimeUnit.MONTH, "kuukautta", TimeUnit.YEAR, "vuotta");

	private final BilingualKeywords keywords;
	private final NoticePlan plan;
	private final Random random;
	private final boolean withNoDpoStatement;
	private final StringBuilder out = new StringBuilder();
	private int indent;

	/** @param seed decides plain or multilingual texts, so that writing a plan twice gives the same text */
	NoticeSourceWriter(BilingualKeywords keywords, NoticePlan plan, long seed, boolean withNoDpoStatement) {
		this.keywords = keywords;
		this.plan = plan;
		this.random = new Random(seed);
		this.withNoDpoStatement = withNoDpoStatement;
	}

	String write() {
		open(k("seloste") + " " + plan.name());
		line(k("otsikko"), text(plan.title()));
		line(k("kielet"), plan.languages().stream().map(Language::getLiteral).collect(Collectors.joining(", ")));
		if (plan.created() != null) {
			line(k("laadittu"), plan.created());
		}
		if (plan.effective() != null) {
			line(k("voimassa"), plan.effective());
		}
		line(k("päivitetty"), plan.updated());
		if (plan.version() != null) {
			line(k("versio"), quote(plan.version()));
		}
		if (plan.change()) {
			line(k("muutos"), plan.updated(), text(Phrases.CHANGE));
		}
		if (plan.description() != null) {
			line(k("kuvaus"), text(plan.description()));
		}
		controller();
		plan.parties().forEach(this::party);
		plan.retention().forEach(this::retention);
		plan.registers().forEach(this::register);
		if (plan.provision() != null) {
			provision(plan.provision());
		}
		rights();
		authority();
		automated("automaattinen-päätöksenteko", plan.decisions(), Phrases.ADM_USED, Phrases.ADM_NOT_USED);
		automated("profilointi", plan.profiling(), Phrases.PROFILING_USED, Phrases.PROFILING_NOT_USED);
		if (plan.security()) {
			open(k("suojaus"));
			line(k("tekninen"), text(Phrases.TECHNICAL));
			line(k("organisatorinen"), text(Phrases.ORGANISATIONAL));
			close();
		}
		close();
		return out.toString();
	}

	private void controller() {
		NoticePlan.Controller c = plan.controller();
		open(k("rekisterinpitäjä") + " " + c.name());
		line(k("nimi"), quote(c.displayName()));
		line(k("y-tunnus"), quote(c.businessId()));
		line(k("osoite"), quote("Esimerkkikatu 1, 00100 Helsinki"));
		line(k("puhelin"), quote("+358 9 123 4567"));
		line(k("sähköposti"), quote(c.email()));
		line(k("verkkosivu"), quote(c.website()));
		close();
		if (plan.contact() != null) {
			open(k("yhteyshenkilö") + " " + plan.contact().name());
			line(k("nimi"), quote(plan.contact().displayName()));
			line(k("sähköposti"), quote(plan.contact().email()));
			close();
		}
		NoticePlan.Dpo dpo = plan.dpo();
		if (dpo.kind() == NoticePlan.Dpo.Kind.NAMED) {
			open(k("tietosuojavastaava") + " " + dpo.name());
			line(k("nimi"), quote(dpo.displayName()));
			line(k("sähköposti"), quote("dpo@" + c.website().substring("https://www.".length())));
			close();
		} else if (dpo.kind() == NoticePlan.Dpo.Kind.STATED_ABSENT) {
			// written in both cases, so that the texts after it come out the same
			String statement = k("ei-tietosuojavastaavaa") + (dpo.reason() == null ? "" : " " + text(dpo.reason()));
			if (withNoDpoStatement) {
				line(statement);
			}
		}
	}

	private void register(Register r) {
		open(k("rekisteri") + " " + r.name() + " " + text(r.label()));
		if (r.roleStated()) {
			line(k("rooli"), k("rekisterinpitäjä"));
		}
		for (Group g : r.groups()) {
			line(k("rekisteröidyt"), g.name(), text(g.label()) + (g.minimumAge() > 0 ? " " + k("vähimmäisikä") + " " + g.minimumAge() : ""));
		}
		for (Category c : r.categories()) {
			String header = k("tietoryhmä") + " " + c.name() + " " + text(c.label())
					+ c.flags().stream().map(f -> " " + k(f.getLiteral())).collect(Collectors.joining());
			if (c.retention().isEmpty()) {
				line(header);
			} else {
				open(header);
				c.retention().forEach(this::retention);
				close();
			}
		}
		r.bases().forEach(this::basis);
		r.purposes().forEach(this::purpose);
		for (NoticePlan.Source s : r.sources()) {
			line(k("lähde"), k(s.kind().getLiteral()) + (s.text() == null ? "" : " " + text(s.text()))
					+ (s.data().isEmpty() ? "" : " " + k("tiedot") + " " + String.join(", ", s.data())));
		}
		r.parties().forEach(this::party);
		r.transfers().forEach(this::transfer);
		if (r.noRecipients()) {
			line(k("ei-vastaanottajia") + (r.noRecipientsText() == null ? "" : " " + text(r.noRecipientsText())));
		}
		if (r.noTransfers()) {
			line(k("ei-siirtoja") + (r.noTransfersText() == null ? "" : " " + text(r.noTransfersText())));
		}
		r.retention().forEach(this::retention);
		if (r.provision() != null) {
			provision(r.provision());
		}
		close();
	}

	private void purpose(Purpose p) {
		open(k("tarkoitus") + " " + p.name() + " " + text(p.label()));
		if (p.directMarketing()) {
			line(k("suoramarkkinointi"));
		}
		if (p.profiling()) {
			line(k("profilointi"));
		}
		p.bases().forEach(this::basis);
		p.conditions().forEach(c -> line(k("erityisperuste"), k(c.getLiteral())));
		if (!p.data().isEmpty()) {
			line(k("tiedot"), String.join(", ", p.data()));
		}
		if (!p.subjects().isEmpty()) {
			line(k("koskee"), String.join(", ", p.subjects()));
		}
		p.retention().forEach(this::retention);
		close();
	}

	private void basis(Basis b) {
		line(k("peruste"), k(b.kind().getLiteral()) + (b.text() == null ? "" : " " + text(b.text()))
				+ (b.statute() == null ? "" : " " + k("laki") + " " + variants(b.statute())));
	}

	private void party(Party p) {
		String header = k(p.kind().getLiteral()) + " " + p.name() + (p.label() == null ? "" : " " + text(p.label()));
		if (p.displayName() == null && p.country() == null && p.data().isEmpty() && p.purposes().isEmpty()) {
			line(header);
			return;
		}
		open(header);
		if (p.displayName() != null) {
			line(k("nimi"), quote(p.displayName()));
		}
		if (p.country() != null) {
			line(k("maa"), quote(p.country()));
		}
		if (!p.data().isEmpty()) {
			line(k("tiedot"), String.join(", ", p.data()));
		}
		if (!p.purposes().isEmpty()) {
			line(k("tarkoituksiin"), String.join(", ", p.purposes()));
		}
		close();
	}

	private void transfer(Transfer t) {
		open(k("siirto") + (t.name() == null ? "" : " " + t.name()));
		t.recipients().forEach(r -> line(k("vastaanottaja"), r));
		if (t.country() != null) {
			line(k("maa"), quote(t.country()));
		}
		for (NoticePlan.Safeguard s : t.safeguards()) {
			line(k("suojatoimi"), k(s.kind().getLiteral()) + (s.text() == null ? "" : " " + text(s.text()))
					+ (s.copy() == null ? "" : " " + k("kopio") + " " + text(s.copy())));
		}
		if (!t.purposes().isEmpty()) {
			line(k("tarkoituksiin"), String.join(", ", t.purposes()));
		}
		close();
	}

	private void retention(PeriodPlan period) {
		line(k("säilytys"), period(period) + (period.rationale() == null ? "" : " " + k("perustelu") + " " + text(period.rationale())));
	}

	private String period(PeriodPlan period) {
		return switch (period) {
			case PeriodPlan.Duration d -> duration(d);
			case PeriodPlan.Until u -> k("kunnes") + " " + anchor(u.anchor())
					+ (u.extension() == null ? "" : " + " + duration(u.extension()));
			case PeriodPlan.Criteria c -> k("kriteeri") + " " + text(c.text());
		};
	}

	private String duration(PeriodPlan.Duration d) {
		StringBuilder s = new StringBuilder();
		if (d.atMost()) {
			s.append(k("enintään")).append(' ');
		}
		s.append(d.amount());
		if (d.max() > 0) {
			s.append('-').append(d.max());
		}
		int last = d.max() > 0 ? d.max() : d.amount();
		s.append(' ').append(k(last == 1 ? d.unit().getLiteral() : PLURAL.get(d.unit())));
		if (d.from() != null) {
			s.append(' ').append(k("alkaen")).append(' ').append(anchor(d.from()));
		}
		return s.toString();
	}

	private String anchor(Anchor anchor) {
		return k(anchor.getLiteral());
	}

	private void provision(NoticePlan.Provision p) {
		line(k("tietojen-antaminen"), k(p.kind().getLiteral()) + " " + text(p.text())
				+ (p.consequences() == null ? "" : " " + k("seuraukset") + " " + text(p.consequences())));
	}

	private void rights() {
		open(k("oikeudet"));
		for (RightKind right : plan.rights()) {
			line(k("oikeus"), k(right.getLiteral()) + (random.nextBoolean() ? " " + text(Phrases.RIGHT_TEXT) : ""));
		}
		line(k("käyttö"), text(Phrases.EXERCISE));
		line(k("vastausaika"), plan.responseAmount() + " "
				+ k(plan.responseAmount() == 1 ? plan.responseUnit().getLiteral() : PLURAL.get(plan.responseUnit())));
		close();
	}

	/** The Data Protection Ombudsman with its current details (FinnishLawValidator knows the outdated ones). */
	private void authority() {
		open(k("valvontaviranomainen") + " Tietosuojavaltuutettu");
		line(k("nimi"), quote("Tietosuojavaltuutetun toimisto"));
		line(k("osoite"), quote("Lintulahdenkuja 4, 00530 Helsinki"));
		line(k("postiosoite"), quote("PL 800, 00531 Helsinki"));
		line(k("puhelin"), quote("029 566 6700"));
		line(k("sähköposti"), quote("tietosuoja@om.fi"));
		line(k("verkkosivu"), quote("https://tietosuoja.fi"));
		close();
	}

	private void automated(String keyword, NoticePlan.Automated automated, Phrase used, Phrase notUsed) {
		if (automated == null) {
			return;
		}
		if (!automated.used()) {
			line(k(keyword), k("ei-käytössä"), text(notUsed));
			return;
		}
		open(k(keyword) + " " + k("käytössä") + " " + text(used));
		line(k("logiikka"), text(Phrases.LOGIC));
		line(k("merkitys"), text(Phrases.SIGNIFICANCE));
		line(k("seuraukset"), text(Phrases.CONSEQUENCES));
		close();
	}

	// ------------------------------------------------------------ layout

	/** A Finnish keyword in the notice's keyword language; a typo here would mix languages, so it fails. */
	private String k(String finnish) {
		if (keywords.languageOf(finnish) != KeywordLanguage.FINNISH) {
			throw new IllegalArgumentException("not a Finnish keyword: " + finnish);
		}
		return keywords.in(finnish, plan.keywords());
	}

	/** Plain (in the first language) or one variant per output language, each further one on its own line. */
	private String text(Phrase phrase) {
		List<Language> languages = plan.languages();
		if (languages.size() == 1 && random.nextBoolean()) {
			return quote(phrase.in(languages.get(0)));
		}
		String continuation = "\n" + "\t".repeat(indent + 1);
		return languages.stream().map(l -> l.getLiteral() + " " + quote(phrase.in(l)))
				.collect(Collectors.joining(continuation));
	}

	/** One variant per output language, without a draw (see NoticePlanner#basis). */
	private String variants(Phrase phrase) {
		String continuation = "\n" + "\t".repeat(indent + 1);
		return plan.languages().stream().map(l -> l.getLiteral() + " " + quote(phrase.in(l)))
				.collect(Collectors.joining(continuation));
	}

	private static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private void line(String... parts) {
		out.append("\t".repeat(indent)).append(String.join(" ", parts)).append('\n');
	}

	private void open(String header) {
		line(header + " {");
		indent++;
	}

	private void close() {
		indent--;
		line("}");
	}
}
